"""A person's names joined by dots (a school's or a firm's accounts) are a name wherever
they stand; a host, a file, an abbreviation or a setting with dots is no one."""

from __future__ import annotations

import pytest

from .kit import found

DOTTED = [
    ("a login log's column", "07:55 ronja.ekdahl 198.51.100.9 OK", "ronja.ekdahl"),
    ("an initial and a surname", "Kommentar: h.lindgren försökte logga in fem gånger.",
     "h.lindgren"),
    ("a role's prefix", "Mappen skapades av elev.folke.berglund i går.", "elev.folke.berglund"),
    ("a given name and an initial", "svar från wilma.s i gruppen: nej", "wilma.s"),
    ("in English", "The account astrid.nordin shared the price list.", "astrid.nordin"),
]


@pytest.mark.parametrize(("what", "text", "name"), DOTTED)
def test_dotted_user_names_are_names(what: str, text: str, name: str) -> None:
    assert name in found(text, "PERSON"), what


NOT_DOTTED = [
    ("abbreviations", "Vi såg bl.a. påsar, s.k. knark-kit, t.ex. vågar."),
    ("a school's site", "Läs mer på skolan.se eller i appen."),
    ("a file", "Bilagan protokoll.pdf och lisa.jpg ligger i mappen."),
    ("a machine and a setting", "Servern print.server och inställningen proxy.enabled."),
    ("a space left out after a name", "Jag pratade med lisa.hon var ledsen."),
    ("an e-mail address", "Skriv till ronja.ekdahl@example.com om mötet."),
]


@pytest.mark.parametrize(("what", "text"), NOT_DOTTED)
def test_dotted_words_no_name_makes_are_no_one(what: str, text: str) -> None:
    assert not [n for n in found(text, "PERSON") if "." in n], what
