"""A make and a model named like a person, with a vehicle's word before it or a plate after
it, is the car, and an act in its bill's slot with its time is the act; people named like a
make and the crew beside the act are still found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Fordon: Mercedes Marco Polo, RNH 80E, 12 500 km.", "Marco Polo"),
        ("Husbilen Mercedes James Cook var olåst när vi kom fram.", "James Cook"),
        # `van` the vehicle, not a particle joining a name, before its make
        ("Rebalancing van Renault Master REM 137 back from the garage.", "Renault Master"),
    ],
)
def test_a_model_named_like_a_person_is_no_one(text: str, model: str) -> None:
    assert not [p for p in found(text, "PERSON") if model in p]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Bilen ägs av Mercedes Lina Berg enligt registret.", "Mercedes Lina Berg"),
        ("Parkeringslogg: Mercedes García, ABC 123, in 22:40.", "Mercedes García"),
        ("Guidad tur med Vincent van Gogh-experten Anna van Dijk.", "Anna van Dijk"),
    ],
)
def test_a_person_named_like_a_make_stays(text: str, person: str) -> None:
    assert any(person in p for p in found(text, "PERSON"))


@pytest.mark.parametrize(
    ("text", "act", "person"),
    [
        ("Rider: doors 18:30, support Maja Morgon 19:45, tour manager Sara Lind on site.",
         "Maja Morgon", "Sara Lind"),
        ("Affischtext: headliner Nina Natt 22:00, kontakt Eva Holm 070-174 06 33.",
         "Nina Natt", "Eva Holm"),
    ],
)
def test_an_act_in_its_bill_slot_is_no_one(text: str, act: str, person: str) -> None:
    names = found(text, "PERSON")
    assert not [p for p in names if act in p]
    assert any(person in p for p in names)
