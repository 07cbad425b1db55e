"""Slavic feminine surnames and patronymics no list holds are surnames by their ending
(Ostrowska, Zielińska, Wysocka, Sokolovskaja, Petrovna), and so is a Swedish -ström typed
without its ring (Nasstrom); language names ending -ska stay words."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("Vi träffade Ostrowska igår på mottagningen.", ["Ostrowska"]),
    ("Kontakt: Agnieszka Zdrojewska, tel 070-174 06 55", ["Agnieszka Zdrojewska"]),
    ("Tolken Irina Sokolovskaja ringde om tiden.", ["Irina Sokolovskaja"]),
    ("Bilen bargades, foraren Nasstrom var helt slut", ["Nasstrom"]),
])
def test_a_surname_by_its_ending_is_a_name(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


def test_languages_ending_the_same_way_stay_words() -> None:
    assert found("Svenska, Finska och Polska talas på kursen.", "PERSON") == []
