"""A unit's, region's or event series' branch by its compass word (`Förarprov Syd`, `Sjöbod
Nord`, `Konvent Väst`) names no one; a given name before the same word is someone's surname
(`Kasper Nord`)."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

BRANCHES = [
    ("a test centre", "Intyget kom från Förarprov Syd i går.", "Förarprov Syd"),
    ("a boathouse", "Hyran för Sjöbod Nord är betald för året.", "Sjöbod Nord"),
    ("a convention", "Hej igen från Konvent Nord! Vi har en fråga.", "Konvent Nord"),
]


@pytest.mark.parametrize(("what", "text", "branch"), BRANCHES)
def test_a_branch_by_its_compass_word_is_no_one(what: str, text: str, branch: str) -> None:
    assert branch in mask(text, scan(text)), what


PEOPLE = [
    ("a surname after a given name", "Jag ringde Kasper Nord i morse.", "Kasper Nord"),
    ("a person from the branch", "Trafikinspektör Barbro Hjort, Förarprov Nord, ringde.",
     "Barbro Hjort"),
]


@pytest.mark.parametrize(("what", "text", "name"), PEOPLE)
def test_people_named_so_stay_masked(what: str, text: str, name: str) -> None:
    assert name not in mask(text, scan(text)), what
