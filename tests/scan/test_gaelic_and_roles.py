"""Gaelic and Norman surnames with a capital inside, and roles that name the person after them.

MacLeod, McAllister, O'Neill are masked whole wherever they stand (before a colon too); a
brand of the same shape (MacBook, McDonald's) is not. A child after `Barn:`, a cook or a
deckhand after their role is a person, and a sentence's imperative before a name (`Ring`,
`Page`) is no part of it; a place or a drug after the same word is not.
"""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

NAMED = [
    ("Mac surname before a colon", "Inklistrat av vår kontakt Isla MacPherson:\n\nTexten",
     ["Isla MacPherson"]),
    ("Mc surname mid-sentence", "Ring Declan McAteer om beslaget.", ["Declan McAteer"]),
    ("O' surname, English", "Reported by Niamh O'Donovan, outreach.", ["Niamh O'Donovan"]),
    ("Mac surname alone after a cue", "Vi pratade med MacAulay i går.", ["MacAulay"]),
    ("child after a label", "Barn: Vilja (född 2016)\nMamma: Sanna Ek", ["Vilja", "Sanna Ek"]),
    ("cook after the role, Swedish", "Kocken, Ernesto, säljer piller ombord.", ["Ernesto"]),
    ("imperative that is a surname, before a name", "Ring Tilde Borg om beslaget.",
     ["Tilde Borg"]),
    ("English imperative before a name", "Page Oskar Lindh when the samples arrive.",
     ["Oskar Lindh"]),
    ("deckhand after the role, English", "The deckhand Arvid passed strips to the bosun Leif.",
     ["Arvid", "Leif"]),
]

KEPT = [
    ("a laptop of the Mac shape", "Han sålde en MacBook för att köpa kokain.", ["MacBook"]),
    ("a burger chain", "Vi möttes utanför McDonald's vid stationen.", ["McDonald's"]),
    ("a place after the child label", "Barn: Uppsala kommun har ansvaret.", ["Uppsala"]),
    ("a drug after the cook", "The cook Tramadol-strips were found in the galley.",
     ["Tramadol"]),
]


@pytest.mark.parametrize(("voice", "text", "names"), NAMED)
def test_name_is_found(voice: str, text: str, names: list[str]) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names, voice


@pytest.mark.parametrize(("voice", "text", "kept"), KEPT)
def test_word_in_the_same_place_is_kept(voice: str, text: str, kept: list[str]) -> None:
    masked = mask(text, scan(text))
    for word in kept:
        assert word in masked, voice


BRAND_SURNAMES = [
    ("sentence start, Italian surname that is a car", "Matteo Ferrari sålde tabletterna.",
     ["Matteo Ferrari"]),
    ("in a cell", "Entré;Rocco Ferrari;avvisad", ["Rocco Ferrari"]),
]
BRANDS_ALONE = [
    ("the car alone", "Han kom i en Ferrari och sålde Lyrica.", "Ferrari"),
    ("a pill after a given name", "Matteo Tesla-piller sprids.", "Tesla"),
]


@pytest.mark.parametrize(("voice", "text", "names"), BRAND_SURNAMES)
def test_given_name_and_brand_surname(voice: str, text: str, names: list[str]) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names, voice


@pytest.mark.parametrize(("voice", "text", "kept"), BRANDS_ALONE)
def test_brand_alone_stays(voice: str, text: str, kept: str) -> None:
    assert kept in mask(text, scan(text)), voice
