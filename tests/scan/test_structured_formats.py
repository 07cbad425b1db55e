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
