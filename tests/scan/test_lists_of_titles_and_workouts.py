"""Quoted songs under a song list's label, workouts a gloss calls workouts, and a lab's or
clinic's account are no one; the people written beside them stay names."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

THINGS = [
    ("songs under a list's label", 'Låtlista (fredag) "Agnetha", "Gunnel" och "Sommarvals".',
     '"Gunnel"'),
    ("a playlist in English", 'Playlist for the bus: "Rosie", "Marlene" and "Home".',
     '"Marlene"'),
    ("workouts glossed", "Sedan kör vi Fran och Helen – det är workouts.",
     "Fran och Helen"),
    ("holds glossed", "Vi drillar Ezekiel och Kimura – grepp, alltså.", "Ezekiel och Kimura"),
    ("a lab's account", "Flaskorna kom från @musclelabs_eu enligt etiketten.",
     "@musclelabs_eu"),
    ("a clinic's account", "Hon bokade via @glowclinic_gbg på Instagram.", "@glowclinic_gbg"),
]


@pytest.mark.parametrize(("what", "text", "thing"), THINGS)
def test_a_title_workout_or_page_is_left(what: str, text: str, thing: str) -> None:
    assert thing in mask(text, scan(text)), what


PEOPLE = [
    ("who made the list", "Låtlistan gjordes av Ebbe Lund och Gunnel Rask.", "Gunnel Rask"),
    ("coaches named in the same words", "Sedan kör vi med Fran Ek och Helen Lind, våra coacher.",
     "Helen Lind"),
    ("a person's handle", "Flaskorna såldes av @kalle_berg92 enligt etiketten.",
     "@kalle_berg92"),
]


@pytest.mark.parametrize(("what", "text", "name"), PEOPLE)
def test_people_beside_them_stay_masked(what: str, text: str, name: str) -> None:
    assert name not in mask(text, scan(text)), what
