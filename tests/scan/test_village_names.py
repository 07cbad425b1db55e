"""A farm, village, island or block named by one word after its own noun is a place, even
when the word is a surname and a word that cues a person stands before; the people who live
or work there stay found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, names", [
    ("Bussen vänder i byn Sandberg klockan sju, säger Eva Lund.", ["Eva Lund"]),
    ("Vi kom till byn Norlin sent.", []),
    ("röstmemo: tömde tanken på gården Västanbäck fem över fem", []),
    ("Polisen sökte igenom torpet Granlund i morse.", []),
])
def test_a_village_named_like_a_surname_is_no_one(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, names", [
    ("Ute på gården sprang Olle Ekholm runt.", ["Olle Ekholm"]),
    ("Bonden på gården, Per Granlund, ringde.", ["Per Granlund"]),
    ("På gården Anna Berg och hennes man bor.", ["Anna Berg"]),
])
def test_people_there_stay_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
