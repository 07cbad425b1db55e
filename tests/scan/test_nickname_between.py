"""A nickname in quotes between a given name and a surname: the surname is masked even when
it is also a place (Berg, Mora) and even when the nickname is a pill's or brand's, which
stays readable; single quotes glued to the nickname (`'Netflix'`) close it as well."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

NAMED = [
    ("surname that is also a place", 'Portad: Elias "Sotaren" Mora.', ["Elias", "Sotaren", "Mora"]),
    ("single quotes", "Vi såg Kevin 'Pudeln' Lindroth igen.", ["Kevin", "Pudeln", "Lindroth"]),
    ("nickname ending in x in single quotes", "Säljare: Felix 'Max' Berg.",
     ["Felix", "Max", "Berg"]),
]

KEPT = [
    ("pill stamp as the nickname", "Säljare: Hugo 'Netflix' Falk.", ["Netflix"], ["Hugo", "Falk"]),
    ("drug as the nickname", 'Vi känner Oscar "Kokain" Lindqvist.', ["Kokain"],
     ["Oscar", "Lindqvist"]),
    ("a place in quotes, no given name before", 'Vi åkte till "Systemet" Mora i går.',
     ["Mora"], []),
]


@pytest.mark.parametrize(("voice", "text", "names"), NAMED)
def test_name_and_nickname_are_found(voice: str, text: str, names: list[str]) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names, voice


@pytest.mark.parametrize(("voice", "text", "kept", "names"), KEPT)
def test_drug_or_brand_nickname_stays(voice: str, text: str, kept: list[str],
                                      names: list[str]) -> None:
    findings = scan(text)
    masked = mask(text, findings)
    assert all(word in masked for word in kept), voice
    assert [f.text for f in findings if f.type == "PERSON"] == names, voice
