"""ID_NUMBER in the shapes hurried typing, word processors and OCR give, and the identity
numbers of the Nordic neighbours and Poland, beside numbers of the same shapes that are not
a person's. Every number is synthetic, its check digit computed (or deliberately wrong).
"""

from __future__ import annotations

import pytest

from .kit import fodselsnummer, found, henkilotunnus, pesel, pnr

BAD = {"valid": False}
TAIL = pnr("780412", "123")[-4:]
BAD_TAIL = pnr("780412", "123", **BAD)[-4:]

# (what, text with the number in it, the number)
FLAGGED = [
    ("en dash", "Mannen {n} kom in.", pnr("780412", "123", sep="–")),
    ("em dash", "Mannen {n} kom in.", pnr("780412", "123", sep="—", **BAD)),
    ("minus sign", "Mannen {n} kom in.", pnr("780412", "123", sep="−")),
    ("dot", "Mannen {n} kom in.", pnr("780412", "123", sep=".", **BAD)),
    ("spaces round the dash (OCR)", "Mannen {n} kom in.", f"19780412 - {BAD_TAIL}"),
    ("date written with spaces", "Mannen {n} kom in.", f"1978 04 12-{TAIL}"),
    ("date written with dots", "Mannen {n} kom in.", f"78.04.12-{BAD_TAIL}"),
    ("split by a line break", "Mannen 780412-\n{n} kom in.", TAIL),
    ("after a slash", "Namn/pnr: Erik/{n}", pnr("780412", "123", **BAD)),
    ("after a cue and a dot", "Pnr.{n} noterat.", pnr("780412", "123", century="19")),
    ("after a comma, no space", "Erik,{n},kom in.", pnr("780412", "123", **BAD)),
    ("in square brackets", "Mannen [{n}] kom in.", pnr("780412", "123", **BAD)),
    ("a slash", "Petar Ivanović {n}. Inloggningen", pnr("551105", "875", sep="/", **BAD)),
    ("'nr' before a dashed number", "Hans nr {n} stod på remissen.", pnr("780412", "123", **BAD)),
    ("a case word, not right before", "Ärendet gäller {n}.", pnr("780412", "123", **BAD)),
    ("a seizure word, not right before", "Beslaget gjordes hos {n}.", pnr("780412", "123")),
    ("reservnummer, letter in the tail", "Patienten fick {n} på akuten.", "19780412-T345"),
    ("reservnummer after its cue", "Reservnr: {n} (tillfälligt).", "991234-5678"),
    ("the last four hidden", "pat. Berglund, Olof, {n}", "470812-xxxx"),
    ("twelve digits, the last four hidden", "Personnr {n} enligt remissen.", "19470812-XXXX"),
    ("the last two hidden", "Mannen {n} kom in.", "780412-12**"),
    ("the century typed apart", "Personnummer {n} enligt journalen.",
     "19 " + pnr("750701", "833")),
    ("ten bare digits after 'nummer', no phone's 0", "sa ett svenskt nummer: {n}.",
     pnr("650762", "102", sep="", **BAD)),
    ("Finnish, 1900s", "Finsk man {n} kom in.", henkilotunnus("131052", "308")),
    ("Finnish, 2000s, sign A", "Flickan {n} hittades.", henkilotunnus("010105", "123", sign="A")),
    ("Finnish, wrong check letter", "Flickan {n} hittades.",
     henkilotunnus("010105", "123", sign="A", **BAD)),
    ("Finnish after hetu", "hetu {n}", henkilotunnus("131052", "308", **BAD)),
    ("Danish CPR, no Swedish date", "Dansk kvinna {n} kom in.", "311299-1234"),
    ("Danish CPR after its cue", "CPR-nr. {n}", "311299-1234"),
    ("Norwegian fødselsnummer", "Norsk man {n} kom in.", fodselsnummer("011299")),
    ("Norwegian D-nummer", "Norsk man {n} kom in.", fodselsnummer("411299")),
    ("Polish PESEL", "Polsk man {n} kom in.", pesel("440514")),
    ("PESEL after its cue, wrong digit", "PESEL: {n}", pesel("440514", **BAD)),
]


@pytest.mark.parametrize(("what", "template", "number"), FLAGGED)
def test_identity_numbers_in_every_shape_are_flagged(what: str, template: str,
                                                     number: str) -> None:
    text = template.format(n=number)
    hits = found(text, "ID_NUMBER")
    assert len(hits) == 1 and number in hits[0], what


NOT_FLAGGED = [
    ("diary number right after its label", "Dnr {ok} gäller ärendet."),
    ("case number with 'nr'", "Ärende nr {bad} är avslutat."),
    ("Danish shape after a label", "Dnr 311299-1234 gäller ärendet."),
    ("seizure number with a letter", "Beslag 20240315-A123 vägdes."),
    ("organisation number", "Org.nr 556677-8899 för bolaget."),
    ("a date and a number after a slash", "Ärende 2024/{bare} i diariet."),
    ("a decimal", "Värdet 1.{bare} i tabellen."),
    ("a period between two dates", "Perioden 2024-03-15-2024-04-01 gällde."),
    ("eleven digits that pass no check", "Summa 12345678901 kr."),
    ("a PESEL with a wrong digit and no cue", "Koden {badpesel} på påsen."),
    ("a date with a time", "Loggat 2024-03-15 14:30 i systemet."),
    ("a longer code", "Kod 311299-1234-5 på kartongen."),
    ("a phone number with a cue", "Ring mobil {phone} i kväll."),
    ("a diary number with its last four hidden", "Dnr 470812-xxxx gäller ärendet."),
    ("hidden digits after no date", "Kod 991399-XXXX på påsen."),
    ("a compound naming another number", "Lab-nummer {bare} avser beslaget."),
    ("a commission number", "Uppdragsnummer {ok} hos tolkservice."),
]


@pytest.mark.parametrize(("what", "template"), NOT_FLAGGED)
def test_numbers_of_the_same_shapes_that_are_no_identity_stay_unflagged(
        what: str, template: str) -> None:
    text = template.format(
        ok=pnr("780412", "123"), bad=pnr("780412", "123", **BAD),
        bare=pnr("780412", "123", sep=""), badpesel=pesel("440514", **BAD),
        phone=pnr("070123", "456", sep="", **BAD),
    )
    assert found(text, "ID_NUMBER") == [], what


@pytest.mark.parametrize("label", ["CPR", "PESEL", "Hetu"])
def test_the_name_of_an_identity_number_is_no_persons_name(label: str) -> None:
    text = f"Dansk man, {label} 311299-1234, kom in."
    assert found(text, "PERSON") == []


def test_ten_bare_digits_a_landline_could_be_keep_both_readings_when_mistyped() -> None:
    from mailgate.scan import scan

    number = pnr("050312", "234", sep="", **BAD)  # born 2005; 0503 is also an area code
    assert {f.type for f in scan(f"Numret {number} stod på lappen.")} == {"ID_NUMBER", "PHONE"}


def test_six_and_four_digits_with_a_valid_date_are_an_identity_number_not_a_phone() -> None:
    from mailgate.scan import scan

    number = pnr("050312", "234", sep=" ", **BAD)
    assert {f.type for f in scan(f"Numret {number} stod på lappen.")} == {"ID_NUMBER"}


def test_a_bare_number_in_brackets_keeps_its_identity_reading() -> None:
    from mailgate.scan import scan

    number = pnr("091028", "327", sep="", **BAD)
    found_types = {f.type: f.text for f in scan(f"Intagne ALI HASSAN ({number}) sa att det var G.")}
    assert found_types.get("ID_NUMBER") == number


@pytest.mark.parametrize("template", ["hans fnr er {n}, sa han", "Norsk f.nr. {n}",
                                      "fødselsnummeret var {n}"])
def test_a_mistyped_fodselsnummer_after_its_cue_is_flagged_and_only_the_number(
        template: str) -> None:
    good = fodselsnummer("150590")
    typed = good[:6] + " " + good[6:-1] + str((int(good[-1]) + 1) % 10)  # last digit wrong
    assert found(template.format(n=typed), "ID_NUMBER") == [typed]
