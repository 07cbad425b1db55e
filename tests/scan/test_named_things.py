"""A work, toy, drink or pet first mentioned and named by `som heter` or `called` is no one; a
person so named, or a definite thing that is only the object before the verb, stays found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, names", [
    ("Hon hade en deckare som heter Häxan med sig, sa Lina Berg.", ["Lina Berg"]),
    ("Vi gör en föreställning om en docka som heter Pillrik.", []),
    ("Han har en hund som heter Bruno och bor hos Anna Ek.", ["Anna Ek"]),
    ("They had a dog called Rocky and a son called Sam.", ["Sam"]),
    ("The campaign used a mascot called Freddie at every school.", []),
])
def test_a_thing_named_by_a_naming_verb_is_no_one(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, names", [
    ("Det finns en kille som heter Bruno som säljer i parken.", ["Bruno"]),
    ("killen som gav henne drinken heter typ charlie nånting", ["charlie"]),
    ("Min son har en bok Lisa gav honom.", ["Lisa"]),
])
def test_someone_named_stays_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
