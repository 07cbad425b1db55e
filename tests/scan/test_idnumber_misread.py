"""Identity numbers as OCR and foreign habits give them: a digit read as the letter like it
(O for 0, l or I for 1), a Norwegian number with a dash; beside them words and codes with the
same letters next to digits that stay unflagged. Every number is synthetic (BAD: check digit
deliberately wrong).
"""

from __future__ import annotations

import pytest

from .kit import fodselsnummer, found, pnr

BAD = {"valid": False}
SCANNED = pnr("700315", "402")  # 700315-402C: zeros and ones to misread
SCANNED_BAD = pnr("700315", "402", **BAD)


def _misread(number: str, *swaps: tuple[int, str]) -> str:
    chars = list(number)
    for at, letter in swaps:
        chars[at] = letter
    return "".join(chars)


FLAGGED = [
    ("a zero read as O", "Faxet gällde {n} och hans sambo.", _misread(SCANNED, (1, "O"))),
    ("a one read as l", "Faxet gällde {n} och hans sambo.", _misread(SCANNED, (4, "l"))),
    ("several letters", "Faxet gällde {n} och hans sambo.",
     _misread(SCANNED, (1, "O"), (4, "I"), (8, "O"))),
    ("twelve digits, the century misread", "Faxet gällde {n} och hans sambo.",
     _misread("19" + SCANNED, (0, "l"))),
    ("after its cue, wrong check digit", "Pnr: {n}", _misread(SCANNED_BAD, (1, "o"))),
    ("Norwegian with a dash", "Norsk kvinna {n} greps i Kiel.",
     fodselsnummer("150388")[:6] + "-" + fodselsnummer("150388")[6:]),
]


@pytest.mark.parametrize(("what", "template", "number"), FLAGGED)
def test_misread_and_foreign_shaped_identity_numbers_are_flagged(what: str, template: str,
                                                                 number: str) -> None:
    hits = found(template.format(n=number), "ID_NUMBER")
    assert hits == [number], what


NOT_FLAGGED = [
    ("a misread number with a wrong check digit and no cue",
     "Faxet gällde {bad} och hans sambo."),
    ("a model name", "Mobilen var en Nokia lO2 med kontantkort."),
    ("a word glued to a date", "Tablettlo 700315-stämpeln syntes."),
    ("a sum with O for zero", "Summan var 1O 000 kr i kontanter."),
    ("a diary number misread", "Dnr {dnr} gäller tillsynen."),
]


@pytest.mark.parametrize(("what", "template"), NOT_FLAGGED)
def test_letters_beside_digits_that_make_no_identity_number_stay_unflagged(
        what: str, template: str) -> None:
    text = template.format(bad=_misread(SCANNED_BAD, (1, "O")), dnr=_misread(SCANNED, (1, "O")))
    assert found(text, "ID_NUMBER") == [], what


@pytest.mark.parametrize(("cue", "number"), [
    ("Pnr", SCANNED), ("personnummer", "19" + SCANNED), ("P-nr", SCANNED_BAD),
    ("samordningsnr", pnr("700375", "402", sep="")),
])
def test_a_cue_typed_onto_the_number_still_cues_it(cue: str, number: str) -> None:
    assert found(f"Anteckning: {cue}{number} enligt kortet.", "ID_NUMBER") == [number]


@pytest.mark.parametrize("label", ["Labnr", "Ordernr", "Beslagsnr", "Art.nr"])
def test_another_numbers_label_typed_onto_digits_flags_nothing(label: str) -> None:
    assert found(f"Anteckning: {label}{SCANNED} enligt kortet.", "ID_NUMBER") == []
