"""A list's or a label's lettered item is no initial and surname (`Bilagor: A. Avtal, B.
Karta`, `riskklass C. Hög`, `betyg A. Bra`); an initial and a surname in the same frames
stay a person's (`Handläggare: A. Berg`, `A. Berg ringde`)."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "word"), [
    ("Bilagor till ansökan: A. Hyresavtal, B. Karta, C. Fotografier", "Karta"),
    ("Larmet är av typ A. Sot i köket.", "Sot"),
    ("Terminsbetyg: A. Bra arbete under hela kursen.", "Bra"),
    ("Försäkringen, del C. Resa, gäller inte utomlands.", "Resa"),
    ("Option B. Stone floors were chosen for the hall.", "Stone"),
])
def test_a_lettered_item_stays(text: str, word: str) -> None:
    assert not any(word in name for name in found(text, "PERSON"))


@pytest.mark.parametrize(("text", "name"), [
    ("A. Berg ringde om nyckeln i morse.", "A. Berg"),
    ("Handläggare: A. Berg, socialtjänsten i Kalmar.", "A. Berg"),
    ("Vittnet B. Blom såg bilen köra iväg.", "B. Blom"),
])
def test_an_initial_and_a_surname_stay_a_persons(text: str, name: str) -> None:
    assert name in found(text, "PERSON")
