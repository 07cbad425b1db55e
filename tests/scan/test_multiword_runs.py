"""Runs of capitals that name things: a Title Case run capitalising a link word (`Och`,
`Mot`, `Of`) is a title, and a word joined to a found name that opens a longer run of
capitals ending its line or sentence is a thing's first word; names in the same frames are
still found."""

from __future__ import annotations

import pytest

from .kit import found

THINGS = [
    ("a link word capitalised", "Vi fick en inbjudan från Fri Och Stark i går.", "Fri"),
    ("a link word capitalised", "Föreläsningen Vera Mot Strömmen hölls i aulan.", "Vera"),
    ("an English title", "They screened Songs Of The River at the centre.", "Songs"),
    ("a list's last word opens a run", "Handläggare Hiba, Team Trygghet.", "Team"),
    ("a list's last word opens a run", "Hälsningar Olle, Salong Mira Söder", "Salong"),
]

PEOPLE = [
    ("a title ending in a full name", "Samtal Med Tova Lindgren om hyran.", "Tova Lindgren"),
    ("linked names, all listed", "Vi träffade Anna Och Erik i parken.", "Anna"),
    ("a full name ending the list", "Vakterna såg Jonas Berg och Kawa Doski där.", "Kawa"),
    ("a list of names going on", "Närvaro: Eva Holm, Sten Is, Maja Ek.", "Sten"),
    ("a lone name in a list", "Hälsningar Maja Ström, Tindra och Oskar.", "Tindra"),
]


@pytest.mark.parametrize(("frame", "text", "word"), THINGS)
def test_a_things_run_is_no_name(frame: str, text: str, word: str) -> None:
    assert not any(word in name for name in found(text, "PERSON")), frame


@pytest.mark.parametrize(("frame", "text", "word"), PEOPLE)
def test_a_name_in_the_same_frame_is_found(frame: str, text: str, word: str) -> None:
    assert any(word in name for name in found(text, "PERSON")), frame
