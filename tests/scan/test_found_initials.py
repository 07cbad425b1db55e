"""Initials of a person found in full, where initials sign or speak (foundinitials.py)."""

from __future__ import annotations

import pytest

from .kit import found

INTERVIEW = (
    "Förhör 2026-02-11. Närvarande: utredaren Malin Ekdahl och spelaren Jonatan Rask.\n"
    "ME: När började du låna pengar av honom?\n"
    "JR: I somras, efter Oddset.\n"
    "ME: Och vad ville han ha tillbaka?\n"
    "JR: Att jag skulle köra paket åt honom.\n"
)


def test_a_found_persons_initials_opening_an_interviews_lines() -> None:
    names = found(INTERVIEW, "PERSON")
    assert names.count("ME") == 2 and names.count("JR") == 2


@pytest.mark.parametrize("text, initials", [
    ("Protokollförare: Vilma Strand (VS). Justeras av Hugo Lindahl.\nJusteras:\nHL", "HL"),
    ("Kassan räknades av Gunnel Ahlqvist och Örjan Falk. Sign ÖF / GA", "GA"),
    ("Samtal med Leo Nyberg (LN) om skulden. LN sa att han betalat.", "LN"),
])
def test_initials_of_a_found_name_signing_or_in_brackets(text: str, initials: str) -> None:
    assert initials in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Anna Berg jobbar på Bygg AB sedan i fjol, säger hon.",
    "Karin Dahl röstar på KD och Mats Persson på MP.",
    "Emma Ullman menar att allt som EU beslutar når hit till slut.",
])
def test_capitals_that_only_spell_a_found_names_initials_stay(text: str) -> None:
    names = found(text, "PERSON")
    assert not {"AB", "KD", "MP", "EU"} & set(names)
