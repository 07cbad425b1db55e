"""A word no given name that opens a longer capitalised name is no person listed beside one
(`Handläggare Nermin, Team Bedrägeri`, `Ronny, Nejlika Blomsterhandel`): the rules for runs
judged the whole name no one's. Given names beside a name stay people, also when their
surname is a word or a place (`Lisa Rättvik`)."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

THINGS = [
    ("a team after its officer", "Handläggare Nermin, Team Bedrägeri.", "Team"),
    ("a florist after its contact", "Kontakt: Ronny, Nejlika Blomsterhandel.", "Nejlika"),
]


@pytest.mark.parametrize(("what", "text", "word"), THINGS)
def test_a_word_opening_a_longer_name_is_no_one_listed(what: str, text: str, word: str) -> None:
    assert word in mask(text, scan(text)), what


PEOPLE = [
    ("the officer", "Handläggare Nermin, Team Bedrägeri.", "Nermin"),
    ("the contact", "Kontakt: Ronny, Nejlika Blomsterhandel.", "Ronny"),
    ("a given name before a place surname", "Jag ringde Anna Berg och Lisa Rättvik i går.",
     "Lisa"),
    ("a name in no list beside a given name", "Nilla och Ronny var där.", "Nilla"),
]


@pytest.mark.parametrize(("what", "text", "name"), PEOPLE)
def test_people_listed_beside_them_stay_masked(what: str, text: str, name: str) -> None:
    assert name not in mask(text, scan(text)), what
