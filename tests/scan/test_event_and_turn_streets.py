"""An event held or a turn before a bare street and number names a venue or a landmark, no
one's home (workplace.py); a home in the same frames is found (a building's shared part is
left an address: corpora annotate `tvättstugan på …` as one), and so is a street one stood
outside: the house may be someone's (`greps utanför Bruksgatan 44, där han bor`)."""

from __future__ import annotations

import pytest

from .kit import found

NOT_A_HOME = [
    ("an event held", "Informationskvällen hålls på Stationsgatan 3 i aulan."),
    ("an event takes place", "Träffen äger rum på Lövgatan 10 på onsdag."),
    ("an English event", "The meeting was held at Hamnvägen 27 on Monday."),
    ("a turn", "Sväng höger vid Furuvägen 8 och kör till slutet."),
    ("an English turn", "Turn left after Skogsgatan 12 and park by the fence."),
]

A_HOME = [
    ("a flat in the same building", "Lägenheten på Björkvägen 30 var full av sprutor.",
     "Björkvägen 30"),
    ("a home beside a stairwell", "Hon bor på Ängsgatan 7 och sover i trapphuset ibland.",
     "Ängsgatan 7"),
    ("an event at home", "Festen hölls hemma hos Nora på Stationsgatan 3.",
     "Stationsgatan 3"),
    ("a home on the way", "Han bor på Furuvägen 8, sväng höger vid skolan.", "Furuvägen 8"),
    ("a home after a person", "Kontakt: Lina Ek, Bruksgatan 44, lgh 1101.", "Bruksgatan 44"),
    ("outside one's home", "Han greps utanför Bruksgatan 44, där han bor.", "Bruksgatan 44"),
]


@pytest.mark.parametrize(("voice", "text"), NOT_A_HOME)
def test_an_events_or_a_turns_street_is_no_ones_home(voice: str, text: str) -> None:
    assert found(text, "ADDRESS") == [], voice


@pytest.mark.parametrize(("voice", "text", "home"), A_HOME)
def test_a_home_in_the_same_frames_is_found(voice: str, text: str, home: str) -> None:
    assert any(home in hit for hit in found(text, "ADDRESS")), voice
