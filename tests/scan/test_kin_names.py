"""Families named by their surname and contacts saved as a kinship word are people."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, name", [
    ("Guests Familie Schulte in pitch C42 complained about the music.", "Schulte"),
    ("Familjen Kowalczyk i stuga 4 klagade på röken.", "Kowalczyk"),
    ("The Brennan family left a day early.", "Brennan"),
    ("A phone with the message: If found call Mum +44 7700 900487.", "Mum"),
    ("På lappen stod: ring Pappa 070-174 06 12.", "Pappa"),
])
def test_a_family_or_a_saved_contact_is_a_person(text: str, name: str) -> None:
    assert any(name in found_name for found_name in found(text, "PERSON"))


@pytest.mark.parametrize("text", [
    "Familjen fick hjälp av Socialtjänsten i Malmö.",
    "Familjen Helsingborg är en förening för anhöriga.",
    "Familjen Grannarna kom inte.",
    "Han ringde mamma igår och sedan 112.",
])
def test_family_and_kin_words_alone_name_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("det står på en lapp ring lina på 070 174 06 66 så jag tog en bild", "lina"),
    ("Text Jonna at 070-174 06 61 if you find it.", "Jonna"),
])
def test_the_one_to_call_at_a_number_is_a_person_in_any_case(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


def test_a_pronoun_to_call_is_no_one() -> None:
    assert found("Ring mig på 070-174 06 12 eller oss på 08-465 004 20.", "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ('He introduced me to "Tant Tjack", an older woman who sells Ritalin.', "Tant Tjack"),
    ('I anteckningsboken stod "Dr Snö" och ett nummer.', "Dr Snö"),
])
def test_a_titled_nickname_in_quotes_is_a_person(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    'Han frågade efter "Dr Feelgood" i baren.',
    'Pills stamped "Dr Who" were found in the toilets.',
])
def test_a_drug_or_stamp_so_named_stays_a_thing(text: str) -> None:
    assert found(text, "PERSON") == []
