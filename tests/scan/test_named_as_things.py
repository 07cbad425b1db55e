"""A name given to `den`, `det` or `it` (`vi kallar den "Zambo-Greta"`), or to a site, an app or
a bar that is the naming verb's subject (`a site called "Mycoshop"`, `appen som heter Stina`),
names a thing; a name given to someone (`kallar honom`, `en kille som heter`, `Killen på
baren som heter Omar`) stays a person."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text", [
    'Sopmaskinen är från 1998, vi kallar den "Rostiga Rut" på jobbet.',
    "Vi har en gammal husbil. Vi döpte den till Gullan.",
    "The van is old, we call it Big Bertha.",
    'He buys capsules from a site called "Mycoshop" every week.',
    "Föreningen har en app som heter Stina för bokningarna.",
    "Vi kallar det Tina på avdelningen, det är metamfetamin.",
])
def test_names_given_to_things_are_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, names", [
    ('Vi kallar honom "Zorro" ibland.', ["Zorro"]),
    ("Hon köper av en kille som heter Tompa.", ["Tompa"]),
    ("Killen på baren som heter Omar sålde pillren.", ["Omar"]),
    ("Jag kallar den killen Tompa.", ["Tompa"]),
])
def test_names_given_to_people_are_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
