"""A given name after a memorial's farewell (`RIP …`, `vila i frid …`) and a word-surname
named in full earlier, repeated as a list's item after a colon: masked. A brand or a place
after a farewell, and the word as a subject or beside an amount, stay."""

from __future__ import annotations

import pytest

from .kit import found

PEOPLE = [
    ("RIP and a listed name", "RIP Melvin 💔 saknar dig varje dag", "Melvin"),
    ("vila i frid", "Vi samlades vid skolan. Vila i frid Tuva.", "Tuva"),
    ("an unlisted name, a heart after", "R.I.P. Zindo ❤️", "Zindo"),
    ("with the surname", "Minnesstund: RIP Aron Vikberg (2008–2026)", "Aron Vikberg"),
    ("a poem's dedication", 'Hennes bror läste dikten "Till Sixten" vid graven.', "Sixten"),
    ("a list's item", "Bouppteckning för Anders Rask klar.\nVeckans bon: Rask (klar), Ödlund",
     "Rask"),
]


@pytest.mark.parametrize(("voice", "text", "person"), PEOPLE)
def test_the_person_is_masked(voice: str, text: str, person: str) -> None:
    assert person in found(text, "PERSON"), voice


STAYS = [
    ("a brand after RIP", "RIP Myspace, du var bättre än allt efter", "Myspace"),
    ("a place after a farewell", "sov gott Göteborg, vi ses i morgon", "Göteborg"),
    ("a campaign", "RIP Fentanyl-kampanjen, den fick ingen budget", "Fentanyl"),
    ("a song to a country", 'Vi sjöng sången "Till Norge" på slutet.', "Norge"),
    ("a subject's word", "Boken om Anders Rask kom i maj. Ämne: Rask och långsam", "Rask"),
]


@pytest.mark.parametrize(("voice", "text", "word"), STAYS)
def test_the_word_stays(voice: str, text: str, word: str) -> None:
    texts = found(text, "PERSON")
    assert not any(word in f for f in texts if f not in ("Anders Rask",)), voice


def test_a_word_named_full_name_after_a_labels_colon_is_masked() -> None:
    text = "Vakthavande i natt: Vilja Strand, sedan Eva."
    assert "Vilja Strand" in found(text, "PERSON")


def test_a_ship_after_a_topics_colon_stays() -> None:
    assert found("Rubrik: Viking Grace", "PERSON") == []


@pytest.mark.parametrize("text, again", [
    ("vpl Isak Grön kom in. Uppgifterna kommer från Grön.", "Grön"),
    ("Malin Ros svarade. Ett sms från Ros kom sen.", "Ros"),
])
def test_a_found_surname_after_from_is_the_person(text: str, again: str) -> None:
    assert found(text, "PERSON")[-1] == again


@pytest.mark.parametrize("text", [
    "Anna Lund ringde. Hon kommer från Lund.",
    "Per Berg ringde. Han flyttade från Berg i fjol.",
    "Isak Grön kom in. Vi fick en lapp från Grön Ungdom.",
])
def test_a_place_or_a_name_opened_after_from_stays(text: str) -> None:
    assert len(found(text, "PERSON")) == 1
