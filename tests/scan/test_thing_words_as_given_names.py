"""Given names that are also the word of a thing named after people (`Calle`, a street abroad;
`Ros`, a rose) are people before a surname common here; the things stay things."""

from __future__ import annotations

import pytest

from .kit import found

PEOPLE = [
    ("Calle Andersson ringde i går och frågade efter sin bror.", "Calle Andersson"),
    ("Jag är Ros Edström, jag ringer från festivalen.", "Ros Edström"),
    ("Kassören Calle Lindqvist räknade biljetterna.", "Calle Lindqvist"),
]

THINGS = [
    ("Vi bodde på Calle Lopez 12 i Sevilla.", "Lopez"),
    ("Rosen Ingrid Bergman blommar i rabatten.", "Ingrid Bergman"),
    ("Stormen Gudrun fällde skogen.", "Gudrun"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_a_given_name_that_is_a_things_word_before_a_surname(text: str, name: str) -> None:
    assert name in found(text, "PERSON"), text


@pytest.mark.parametrize(("text", "name"), THINGS)
def test_the_things_named_after_people_stay(text: str, name: str) -> None:
    assert not any(name in f for f in found(text, "PERSON")), text
