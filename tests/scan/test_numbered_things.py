"""A word that is also a name, numbered in a series (`Bana 2`, `Kajak 3`, `17 Prinsen`), is one
of the things; people beside a number (an age, a time, an amount) stay people."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text", [
    "Vi tränade på Bana 2 hela kvällen, sedan på Bana 5.",
    "Kanotuthyrning i dag: Kajak 3 och Kajak 6 är lagade.",
    "Banguide: 1 Starten, 9 Hemma, 17 Prinsen, 18 Klubbhuset.",
    "Leveransbilar: Bil 4, Bil 7 och Kylbil 2.",
])
def test_numbered_things_are_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, names", [
    ("Efter matchen hade Hampe 40 i puls.", ["Hampe"]),
    ("Min kusin Merhawi 17 år bor i Katrineholm.", ["Merhawi"]),
    ("På lappen stod Kim 5 g och Sara 10 g.", ["Kim", "Sara"]),
    ("Tove 02:11: gästen i rum 18 svarar inte.", ["Tove"]),
    ("Ring Lena Kajak 070-174 06 52 om båtarna.", ["Lena Kajak"]),
])
def test_people_beside_a_number_are_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
