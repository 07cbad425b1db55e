"""Structured identifiers in forms mail writes them that the recognizers once missed, each
beside the look-alike of the same shape that must stay unflagged: a personnummer in a file's
name joined by underscores (not a photo's timestamp), named by a misspelt or other word for
it (not by a case label), an area code in brackets glued to the number (not a numbered
point), a country code followed by a dot, an e-mail address encoded in a link (not a
percentage), the tail of a longer code that is no number from abroad, a course code shaped
as a plate. Every number is synthetic (a computed or deliberately wrong check digit, PTS
and Ofcom fiction ranges, US 555-01xx, example.com).
"""

from __future__ import annotations

import pytest

from .kit import flagged, found, pnr

TWELVE = pnr("840714", "599", sep="", century="19")
DASHED = pnr("820219", "850")
BAD_DASHED = pnr("670424", "066", valid=False)


@pytest.mark.parametrize(("text", "number"), [
    (f"Bifogar intyg_{TWELVE}.pdf", TWELVE),
    (f"Ansökan_{DASHED}_komplettering.docx", DASHED),
    (f"Sökväg: arkiv/elev_{TWELVE}/beslut.pdf", TWELVE),
])
def test_a_personnummer_in_a_files_name(text: str, number: str) -> None:
    assert found(text, "ID_NUMBER") == [number]


@pytest.mark.parametrize("text", [
    "Bilden heter IMG_20260412143055.jpg",
    "Loggen file_20260412_1430.txt är bifogad.",
    "Exporten rapport_2026-04-12_1430.csv kom i går.",
])
def test_a_files_timestamp_is_no_personnummer(text: str) -> None:
    assert found(text, "ID_NUMBER") == []


@pytest.mark.parametrize("cue", [
    "prsnr", "Personummer:", "presonnummer", "personnnummer", "födelsenr",
    "Identitetsnummer", "identitetsnr:", "Socialförsäkringsnummer",
])
def test_misspelt_and_other_names_of_the_number_are_cues(cue: str) -> None:
    assert found(f"{cue} {BAD_DASHED}", "ID_NUMBER") == [BAD_DASHED]


@pytest.mark.parametrize("label", ["Ärendenummer", "Ordernr", "Kursdeltagarnummer", "Labnr"])
def test_other_numbers_labels_still_label(label: str) -> None:
    assert found(f"{label} {BAD_DASHED}", "ID_NUMBER") == []


@pytest.mark.parametrize(("text", "number"), [
    ("Mobil (070)174 06 05 efter fem.", "(070)174 06 05"),
    ("Ring hem (08)465 004 12", "(08)465 004 12"),
    ("tel +46(70)1740606", "+46(70)1740606"),
    ("Call me at (202)555-0143.", "(202)555-0143"),
    ("Phone +1.202.555.0152", "+1.202.555.0152"),
])
def test_an_area_code_in_brackets_glued_and_a_country_code_with_a_dot(
        text: str, number: str) -> None:
    assert found(text, "PHONE") == [number]


@pytest.mark.parametrize("text", [
    "Se punkt (1)2 och (3)4 i protokollet.",
    "Inkom (2)2026-04-12 enligt stämpeln.",
    "Summa (2)12 345 kr att betala.",
])
def test_a_numbered_point_in_brackets_stays_unflagged(text: str) -> None:
    assert flagged(text) == []


def test_an_address_encoded_in_a_link() -> None:
    text = "Avregistrera: https://example.org/ut?email=anna.berg%40example.com"
    assert found(text, "EMAIL") == ["anna.berg%40example.com"]
    assert found("Full bredd: anna.berg＠example．com", "EMAIL") == ["anna.berg＠example．com"]


def test_a_percentage_before_forty_is_no_address() -> None:
    assert flagged("Rabatten var 50%40 kr billigare än i fjol.") == []


def test_the_tail_of_a_longer_code_is_no_number_from_abroad() -> None:
    assert flagged("Recept nr 8812 4471 2209 hämtas på apoteket.") == []
    assert found("Mobil 412 34 567 (norskt nummer)", "PHONE") == ["412 34 567"]


def test_a_course_code_is_no_plate() -> None:
    assert flagged("Kurskod TNK101 ges i höst.") == []
    assert flagged("Kurs MVE 123 startar i vecka 36.") == []
    assert found("Regnr TNK 101 stod felparkerad.", "PLATE") == ["TNK 101"]


@pytest.mark.parametrize(("text", "plates"), [
    ("Parkering:\nKXT 482 22:41 in\nBNP 33A 23:05 ut", ["KXT 482", "BNP 33A"]),
    ("Bil ABC 123 2026-04-12 22:41", ["ABC 123"]),
    ("Chaufför Nora Lind KXT 482 070-174 06 05", ["KXT 482"]),
    ("bil KXT 482 2 personer", ["KXT 482"]),
    ("Nr\tNamn\tFordon\tTid\n1\tNora\tKXT 482\t22:41\n2\tBo\tBNP 33A\t23:05",
     ["KXT 482", "BNP 33A"]),
])
def test_a_plate_in_a_logs_or_lists_row_before_a_time_date_or_count(
        text: str, plates: list[str]) -> None:
    assert found(text, "PLATE") == plates


@pytest.mark.parametrize("text", [
    "Ett tyskt tåg, biljettnr TKT 7718 2290 41.",
    "ERR 404 2026-12-04 02:02 timeout",
    "Logg 2026-12-04\nINC 123 02:02 öppnat",
    "bil ABC 123 456 är artikelns kod",
])
def test_a_codes_head_before_more_digits_is_no_plate(text: str) -> None:
    assert found(text, "PLATE") == []


@pytest.mark.parametrize("vehicle", ["hyrbilen", "tjänstebil", "polisbilar", "ambulansen",
                                     "moppen", "minibuss"])
def test_a_plate_in_lower_case_after_a_kind_of_car(vehicle: str) -> None:
    assert found(f"Den vita {vehicle} kxt 482 stod kvar.", "PLATE") == ["kxt 482"]


def test_a_lower_case_code_after_a_phone_is_no_plate() -> None:
    assert found("Min mobil kxt 482 laddar inte.", "PLATE") == []


SLASHED = pnr("080721", "815", sep="/", valid=False)  # born 2008, its check digit wrong
SPACED_NINETIES = pnr("941207", "896", sep=" ", valid=False)


@pytest.mark.parametrize(("text", "number"), [
    (f"Barnet ({SLASHED}) placerades.", SLASHED),
    (f"Nummer {SLASHED}", SLASHED),
    (f"Ringde från {SPACED_NINETIES} i går", SPACED_NINETIES),
    (f"Nr {SPACED_NINETIES}", SPACED_NINETIES),
])
def test_a_personnummer_after_a_slash_or_six_and_four_is_no_phone_from_abroad(
        text: str, number: str) -> None:
    assert found(text, "ID_NUMBER") == [number]
    assert found(text, "PHONE") == []


@pytest.mark.parametrize(("text", "number"), [
    ("Ring 08/465 004 12 i morgon.", "08/465 004 12"),
    ("Tel 0980/319 212", "0980/319 212"),
    ("Call (202) 555-0143 tonight.", "(202) 555-0143"),
])
def test_an_area_code_before_a_slash_stays_a_phone(text: str, number: str) -> None:
    assert found(text, "PHONE") == [number]


SAID = pnr("811012", "422", sep="")


@pytest.mark.parametrize("dash", ["streck", "bindestreck"])
def test_a_personnummer_whose_dash_speech_to_text_wrote_as_a_word(dash: str) -> None:
    text = f"ja mitt personnummer är {SAID[:6]} {dash} {SAID[6:]} tror jag"
    assert found(text, "ID_NUMBER") == [f"{SAID[:6]} {dash} {SAID[6:]}"]


def test_an_amount_minus_another_is_no_personnummer() -> None:
    assert flagged("Summa 850412 minus 1234 kr i avdrag.") == []


def test_a_number_in_a_click_to_chat_link() -> None:
    text = "Skriv till mig på https://wa.me/46701740679 så svarar jag."
    assert found(text, "PHONE") == ["46701740679"]
    assert found("Se https://example.com/46701740679 för ordern.", "PHONE") == []
