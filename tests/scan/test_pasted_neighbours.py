"""Numbers pasted into Swedish mail from the neighbours' forms and scans (bench/pii/
structured_pasted2.py): the neighbours' own words for an identity number as cues, not as a
label of some other number; blanks a PDF sets round a dash; OCR's S for 5 and B for 8;
Åland's plates; a German area code's slash set apart and a Polish landline's bracketed area
code. Beside each, the look-alikes that stay unflagged: the neighbours' business registers,
amounts and codes of the same shapes.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .kit import flagged, fodselsnummer, found, luhn_digit, pnr

FNR = fodselsnummer("020966", "230")
CPR = "280797-2606"  # a Danish CPR has no check digit: any date and four digits
SPACED_FNR = FNR[:6] + " " + FNR[6:]

CUED = [
    ("Norwegian fødselsnr. with its dot", f"Fødselsnr.: {FNR} – sagbruket", FNR),
    ("fødselsnummer before a word", f"Hans fødselsnummer {SPACED_FNR} enligt NAV.", SPACED_FNR),
    ("Danish cpr.nr.", f"Sundhedskort: cpr.nr. {CPR}, læge i Hillerød", CPR),
    ("Danish CPR-nr.", f"CPR-nr. {CPR}", CPR),
    ("Finland-Swedish personbeteckning", "Elevens personbeteckning 280797-260X.", "280797-260X"),
]


@pytest.mark.parametrize(("what", "text", "number"), CUED)
def test_the_neighbours_words_for_an_identity_number_cue_it(what: str, text: str,
                                                            number: str) -> None:
    assert found(text, "ID_NUMBER") == [number], what


def test_a_cued_number_takes_no_word_after_it() -> None:
    assert found(f"fødselsnummer {SPACED_FNR} nu.", "ID_NUMBER") == [SPACED_FNR]


@pytest.mark.parametrize("blank", ["\u2009", "\u202f", "\u2007", "\xa0"])
def test_a_pdfs_blanks_round_the_dash(blank: str) -> None:
    number = pnr("630616", "076", sep=f"{blank}-{blank}", century="19")
    assert found(f"Pnr {number} (intyg skannat)", "ID_NUMBER") == [number]


@pytest.mark.parametrize(("letter", "digit", "number"), [
    ("S", "5", pnr("730525", "107")), ("B", "8", pnr("780412", "123"))])
def test_ocrs_capital_s_and_b_for_digits_after_a_cue(letter: str, digit: str,
                                                     number: str) -> None:
    misread = number.replace(digit, letter)
    assert found(f"Födelsenummer {misread} Sida 1 av 2", "ID_NUMBER") == [misread]


@pytest.mark.parametrize("text", ["Provnr S2612-044931 analyseras.", "Klass 8B, sal 12.",
                                  "Vitamin B12 och D3 enligt doktorn"])
def test_codes_with_an_s_or_b_by_their_digits_stay_unflagged(text: str) -> None:
    assert found(text, "ID_NUMBER") == [] and found(text, "PHONE") == []


FIRMS = [
    ("Polish REGON", "NIP 526-104-08-28, REGON 012100784"),
    ("Finnish Y-tunnus", "Y-tunnus 2345678-9, Vasa"),
    ("Danish CVR", "CVR-nr. 31256487 (udlejer)"),
    ("Polish KRS", "KRS 0000123456"),
]


@pytest.mark.parametrize(("what", "text"), FIRMS)
def test_the_neighbours_business_registers_stay_unflagged(what: str, text: str) -> None:
    assert flagged(text) == [], what


def test_an_aland_plate_after_its_cue() -> None:
    assert found("Åland-bil ÅL 12345 på färjan.", "PLATE") == ["ÅL 12345"]
    assert found("en åländsk bil, ÅL 4821, vid hamnen", "PLATE") == ["ÅL 4821"]


def test_a_capital_a_ring_word_and_a_year_stay_unflagged() -> None:
    assert flagged("ÅR 2026 var bra för föreningen.") == []


PHONES = [
    ("a German area code's slash set apart", "Telefon 030 / 123 45 679 (Kita)", "030 / 123 45 679"),
    ("a Munich landline so", "Tel 089 / 1234 5678", "089 / 1234 5678"),
    ("a Polish landline's bracketed area code", "tel. stacjonarny (22) 123 45 68",
     "(22) 123 45 68"),
]


@pytest.mark.parametrize(("what", "text", "number"), PHONES)
def test_landlines_written_as_at_home_abroad(what: str, text: str, number: str) -> None:
    assert found(text, "PHONE") == [number], what


@pytest.mark.parametrize("text", [
    "Pris (22) 123 45 68 kr", "Rum (22) 123 45 68", "Ordernr 030 / 123 45 679",
    "Sida 030 / 123 45 679"])
def test_the_same_shapes_without_a_phone_cue_stay_unflagged(text: str) -> None:
    assert found(text, "PHONE") == []


def test_a_recycling_centres_code_is_no_aland_plate() -> None:
    assert found("Lämna skåpet på ÅVC-2 vid bilen.", "PLATE") == []


@pytest.mark.parametrize("address", [
    "198.51.100[.]77", "203[.]0[.]113[.]45", "192(.)0(.)2(.)1", "198[dot]51[dot]100[dot]7"])
def test_a_defanged_address_is_an_address(address: str) -> None:
    assert found(f"IOC från CERT: {address} kopplad till forumet", "IP") == [address]


@pytest.mark.parametrize("text", ["Avsnitt 3[.]1[.]2[.]4 i rapporten", "version 10.2.0[.]1",
                                  "Kapitel 1[.]2 och 3"])
def test_defanged_sections_and_versions_stay_unflagged(text: str) -> None:
    assert found(text, "IP") == []


def _stamp(days_back: int) -> str:
    """A date `days_back` before today and a time of day whose check digit fails."""
    day = (dt.date.today() - dt.timedelta(days=days_back)).strftime("%Y%m%d")
    time = next(t for t in ("2114", "2115", "2116") if luhn_digit(day[2:] + t[:3]) != t[3])
    return f"{day}-{time}"


@pytest.mark.parametrize("text", ["?sid={stamp}&page=2", "backup_{stamp}.tar",
                                  "Loggen {stamp} visar felet"])
def test_a_recent_date_and_a_time_is_a_machines_stamp(text: str) -> None:
    assert found(text.format(stamp=_stamp(3)), "ID_NUMBER") == []


def test_the_same_shape_after_a_cue_or_older_is_a_number() -> None:
    stamp, older = _stamp(3), _stamp(800)
    assert found(f"pnr {stamp}", "ID_NUMBER") == [stamp]
    assert found(f"Barnet {older} skrevs in.", "ID_NUMBER") == [older]


def _iban(country: str, bban: str) -> str:
    """An IBAN with its check digits computed (ISO 13616), in groups of four."""
    check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
    flat = f"{country}{check:02d}{bban}"
    return " ".join(flat[i : i + 4] for i in range(0, len(flat), 4))


def test_a_scanned_ibans_o_and_l_are_read_as_digits() -> None:
    scanned = _iban("SE", "50000000058398257466").replace("0", "O").replace("1", "l")
    assert found(f"IBAN {scanned} (inskannad blankett)", "IBAN") == [scanned]


def test_a_scanned_iban_that_fails_its_check_read_so_stays_unflagged() -> None:
    good = _iban("SE", "50000000058398257466")
    broken = (good[:-1] + str((int(good[-1]) + 1) % 10)).replace("0", "O")
    assert found(f"Kod {broken} på lådan", "IBAN") == []


@pytest.mark.parametrize("plate", ["KPR l23", "KPR I23", "HTX 4O1"])
def test_a_scanned_plates_misread_digit_after_a_cue(plate: str) -> None:
    assert found(f"Regnr {plate} enligt protokollet", "PLATE") == [plate]


@pytest.mark.parametrize("text", ["Bilen var en Kia i30 i grått.", "bil: KIA I30",
                                  "Bilen ska till ABC l2 i morgon.", "Ring kl l23."])
def test_a_cars_model_and_short_codes_are_no_scanned_plate(text: str) -> None:
    assert found(text, "PLATE") == []
