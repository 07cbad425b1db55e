"""Unlisted places shaped like surnames (-berg, -borg) are places when a place preposition or
a listed place beside them says so; a listed surname in the same place is still a name."""

from __future__ import annotations

import pytest

from .kit import found

PAIRS = [
    ("joined to a listed place",
     "Han levererar också till Strömstad och Charlottenberg enligt tullen.",
     "Han levererar också till Strömstad och Lindberg enligt tullen."),
    ("joined to a place after a preposition",
     "Patienterna kom från Årby och Lagersberg med opioidförgiftning.",
     "Patienterna kom från Årby och Lindqvist med opioidförgiftning."),
    ("a city's region after a person cue and a preposition",
     "Polisen i Storgöteborg uppger att tabletterna sålts via Telegram.",
     "Polisen Karin Storgren uppger att tabletterna sålts via Telegram."),
]


@pytest.mark.parametrize(("family", "place", "person"), PAIRS, ids=[p[0] for p in PAIRS])
def test_shaped_place_stays_and_surname_is_masked(family: str, place: str, person: str) -> None:
    assert found(place, "PERSON") == [], family
    assert found(person, "PERSON") != [], family
