"""A room, hall or venue named after someone is told by a neuter state after it (`är bokat`);
a person takes the common gender (`är bokad`) and stays found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text", [
    "Kan vi flytta mötet? Greta Garbo är bokat hela eftermiddagen.",
    "Salen är stor men Alfred Nobel var fullbokat i fredags.",
    "Vi tar det andra rummet, för Selma Lagerlöf är avstängt för städning.",
])
def test_a_place_in_a_neuter_state_is_no_person(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, names", [
    ("Anna Berg är bokad hela eftermiddagen, ring Per Ek i stället.", ["Anna Berg", "Per Ek"]),
    ("Karin Lund var öppet kritisk till beslutet.", ["Karin Lund"]),
    ("Samtalet med Lisa Åkesson är bokat till tisdag.", ["Lisa Åkesson"]),
    ("Jonas Holm är låst i sitt rum och svarar inte.", ["Jonas Holm"]),
])
def test_a_person_in_the_common_gender_is_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
