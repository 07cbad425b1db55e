"""A word in a list with a found name is no name when the list qualifies a plural noun after
it; a given name standing alone or before its surname in the same frames is still found."""

from __future__ import annotations

import pytest

from .kit import found

THINGS = [
    ("a list before a plural noun", "Vi har Cabrinha och North drakarna i boden.", "Cabrinha"),
]

PEOPLE = [
    ("alone in the list", "Hälsningar Maja Ström, Tindra och Oskar.", "Tindra"),
    ("before a surname", "Kaffe: Ida Holm och Lova Nyström, Erik Ek", "Lova"),
    ("before a comma", "Ansvariga: Jonas Ek, Nilla, Petra Holm.", "Nilla"),
    ("before a verb", "Sara Lind och Moa hade passet.", "Moa"),
]


@pytest.mark.parametrize(("frame", "text", "word"), THINGS)
def test_a_things_word_in_a_list_is_no_name(frame: str, text: str, word: str) -> None:
    assert not any(word in name for name in found(text, "PERSON")), frame


@pytest.mark.parametrize(("frame", "text", "word"), PEOPLE)
def test_a_name_in_the_list_is_found(frame: str, text: str, word: str) -> None:
    assert any(word in name for name in found(text, "PERSON")), frame
