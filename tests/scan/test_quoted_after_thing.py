"""A quoted word right after a thing's noun in the definite is the thing's title; after a
person's noun, or with a cue of someone, it stays a nickname."""

from __future__ import annotations

import pytest

from .kit import found

TITLES = [
    ("a routine's name", "Rutinen \"Solgläntan\" gäller från och med nästa vecka.", "Solgläntan"),
    ("a leaflet's name", "Ta gärna med broschyren \"Fyrljus\" hem.", "Fyrljus"),
    ("a noun in -ern", "Vi satte upp postern \"Andrum\" i korridoren.", "Andrum"),
    ("a noun in -eln", "Han skrev artikeln \"Skymning\" för tidningen.", "Skymning"),
    ("a project's name", "Sedan i höstas driver vi projektet \"Hamnljus\" i Gävle.", "Hamnljus"),
]

NICKNAMES = [
    ("a person's noun", "Typen \"Skuggan\" stod vid kiosken hela kvällen.", "Skuggan"),
    ("a person cue", "Vi såg killen \"Bulten\" vid stationen.", "Bulten"),
    ("a role's ending", "Langaren \"Pricken\" har flyttat till Borås.", "Pricken"),
    ("no noun before it", "Igår ringde \"Snurran\" till jouren tre gånger.", "Snurran"),
]


@pytest.mark.parametrize(("frame", "text", "word"), TITLES)
def test_a_things_title_is_no_name(frame: str, text: str, word: str) -> None:
    assert not any(word in name for name in found(text, "PERSON")), frame


@pytest.mark.parametrize(("frame", "text", "word"), NICKNAMES)
def test_a_nickname_stays_found(frame: str, text: str, word: str) -> None:
    assert any(word in name for name in found(text, "PERSON")), frame
