"""Numbers as machines hand them on: OCR reads 0 as O and 1 as l, speech-to-text spells the
digits out, a PDF's text layer spaces them letter by letter, and a page's columns or a form's
field break a personnummer apart. Each is still the number, found whole; lists of counts and
ordinary numbers stay unflagged. Personnummer here are made with kit.pnr."""

from __future__ import annotations

import pytest

from mailgate.scan import scan

from .kit import pnr

VALID = pnr("930106", "120")  # check digit computed
WRONG = pnr("811112", "851", valid=False)  # a slip in the check digit


def found(text: str) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in scan(text) if f.type in ("PHONE", "ID_NUMBER")]


def test_an_ocr_misread_phone_number_after_its_cue() -> None:
    assert found("Faxet: Tel O7O-l74 O6 O6, ring efter kl 17.") == [("PHONE", "O7O-l74 O6 O6")]


@pytest.mark.parametrize("spoken", [
    "noll sju noll ett sju fyra noll sex två sex",
    "noll sju noll, ett sju fyra, noll sex, tjugo sex",
    "zero seven seven zero zero nine zero zero three one seven",
])
def test_a_spoken_phone_number_is_a_phone_number(spoken: str) -> None:
    text = f"röstmeddelande: hej det är pappa ring mig på {spoken} tack hej"
    assert found(text) == [("PHONE", spoken)]


def test_a_letter_spaced_personnummer_and_phone() -> None:
    spaced_id = " ".join(VALID.replace("-", "-"))
    spaced_phone = "0 7 0 - 1 7 4 0 6 1 7"
    text = f"Personnummer {spaced_id} Telefon {spaced_phone}"
    assert found(text) == [("ID_NUMBER", spaced_id), ("PHONE", spaced_phone)]


def test_a_personnummer_broken_by_a_pages_columns_or_paired() -> None:
    broken = f"{WRONG[:4]} {WRONG[4:9]} {WRONG[9:]}"  # YYMM DD-NN NN
    paired = " ".join(VALID.replace("-", "")[i : i + 2] for i in range(0, 10, 2))
    text = f"Pnr enligt blanketten: {broken}. Hennes bror: pnr {paired}."
    assert found(text) == [("ID_NUMBER", broken), ("ID_NUMBER", paired)]


def test_a_personnummer_with_the_dash_a_form_gave_it() -> None:
    odd = VALID.replace("-", "~")
    assert found(f"Kund {odd} hämtade paketet") == [("ID_NUMBER", odd)]


@pytest.mark.parametrize("text", [
    "Vi var sju, noll, tre, två, en, sex och fem på passet.",
    "Resultat: 3 4 5 6 7 8 9 2 1 poäng per omgång.",
    "Tabell 12 34 56 78 90 visar antalet.",
    "Ordernummer 4412 23-45 67 skickat.",
])
def test_counts_and_ordinary_numbers_stay_unflagged(text: str) -> None:
    assert found(text) == []
