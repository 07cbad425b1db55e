"""A party's label opening a line of a judgment, a decision or a booking names a person,
also one no list holds; an authority or a word after the same label names no one."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "name"), [
    ("Dom i tingsrätten\nTilltalad: Vornek Stälbrid, 31. Åtal för narkotikabrott.",
     "Vornek Stälbrid"),
    ("Beslut om bistånd\nBeslutande: Kimra Tollvest, jurist", "Kimra Tollvest"),
    ("Tåg 412 Sundsvall–Stockholm\nResenär: Orbel Frikvist, rullstol.", "Orbel Frikvist"),
])
def test_a_party_label_names_a_person(text: str, name: str) -> None:
    assert found(text, "PERSON") == [name]


@pytest.mark.parametrize("text", [
    "Beslut om bistånd\nBeslutande: Socialnämnden",
    "Tåg 412 Sundsvall–Stockholm\nResenär: Vuxen, rullstol",
    "Ärende 4\nSökande: Socialnämnden",
])
def test_an_authority_or_a_word_after_the_label_names_no_one(text: str) -> None:
    assert found(text, "PERSON") == []
