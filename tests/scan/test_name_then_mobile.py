"""A listed given name opening a line or sentence, then a mobile number with no comma (a
contact line, a signature: `Jannik 070-174 06 12`), is someone's; a brand or an office word
before a number is not, nor a given name that is also a word before a landline."""

from __future__ import annotations

import pytest

from .kit import found

SIDE_BY_SIDE = [
    ("a Swedish mobile", "Tack för hjälpen.\nJannik 070-174 06 12", "Jannik",
     "Tack för hjälpen.\nTesla 070-174 06 12", "Tesla"),
    ("a mobile with its country code", "That is all I know. Giacinto +44 7700 900154",
     "Giacinto", "That is all I know. Kundtjänst +44 7700 900154", "Kundtjänst"),
    ("after a list's dash", "mån – Chibuzo 070/174 06 90", "Chibuzo",
     "mån – Nova 08-123 45 67", "Nova"),
]


@pytest.mark.parametrize(("voice", "person_text", "person", "thing_text", "thing"),
                         SIDE_BY_SIDE)
def test_a_given_name_before_a_mobile(voice: str, person_text: str, person: str,
                                      thing_text: str, thing: str) -> None:
    assert person in found(person_text, "PERSON"), voice
    assert thing not in found(thing_text, "PERSON"), voice
