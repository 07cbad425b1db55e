"""Texts of the armed forces, rescue services and custody: letters spelt with a spelling
alphabet, exercises' code names and barracks named after kings are no people; people with the
same names beside them stay found, and a rank or a crew's role before a surname names one."""

from __future__ import annotations

import pytest

from mailgate.scan import scan


def _persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize("text", [
    "Regnumret bokstaveras Adam Bertil Cesar, ett två tre.",
    "Plåten läste han som Sigurd Tore Urban över radion.",
    "Spelled Sierra Tango Uniform, then two digits.",
    "Handed to station security, Alfa 1-2, at 02.10.",
    "Charlie 2-10 tar norra entrén.",
    "Du tar område Bertil, jag tar norra delen.",
    "Hemvärnsövning Övning Tor startar 06.00.",
    "Deltagarlista för Övning Aurora.",
    "Han sågs senast vid Gustav Adolfs kasern i går.",
])
def test_spelt_letters_and_code_names_are_no_one(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "person"), [
    ("Väktare Joel Sahlin: bokstaveras Adam Bertil Cesar, ett två tre.", "Joel Sahlin"),
    ("Adam Berg ringde om bilen.", "Adam Berg"),
    ("Vi mötte Martin Olofsson vid porten.", "Martin Olofsson"),
    ("Erik Johan Martin Svensson, född 1971, hittades.", "Erik Johan Martin Svensson"),
    ("Mike met Oscar Lind at the gate.", "Oscar Lind"),
    ("Hemvärnsövning Övning Tor: sjukvårdare Hedvig Sandin.", "Hedvig Sandin"),
])
def test_people_named_like_letters_stay_found(text: str, person: str) -> None:
    assert person in _persons(text)


def test_boys_listed_with_commas_are_not_spelling() -> None:
    assert "Erik" in " ".join(_persons("Med på bilden: Olof, David, Erik och deras tränare."))


@pytest.mark.parametrize(("text", "person"), [
    ("Arrestvakt Bea Lund, 0701740682, hade passet.", "Bea Lund"),
    ("Brandmästare Lind ledde insatsen vid lagret.", "Lind"),
    ("Fänrik Holm och löjtnant Ahlberg var på plats.", "Ahlberg"),
    ("Sgt Okafor took the statement at 03.10.", "Okafor"),
])
def test_a_rank_before_a_surname_names_someone(text: str, person: str) -> None:
    assert person in _persons(text)
