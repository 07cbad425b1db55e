"""A make and model before the model's bare three-digit number is a product (`Kabe Royal
560`); a listed person before a room's number, or an amount owed, stays a person."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

PRODUCTS = [
    ("a caravan traded in", "Inbytesvagn Kabe Royal 560 (reg saknas) stod vid grinden.",
     "Kabe Royal"),
    ("helmets on an invoice", "Nya hjälmar Bauer Re-Akt 150 x 6 till juniorerna.",
     "Bauer Re-Akt"),
    ("a boat's engine in a log", "Motorn, en Yamaha Enduro 200, startade inte i morse.",
     "Yamaha Enduro"),
]


@pytest.mark.parametrize(("what", "text", "product"), PRODUCTS)
def test_a_make_before_a_model_number_is_no_person(what: str, text: str, product: str) -> None:
    assert product not in [f.text for f in scan(text) if f.type == "PERSON"], what


PEOPLE = [
    ("people before their rooms", "Lista: Anna Berg 312, Erik Lind 314", "Anna Berg"),
    ("a person before a number and a verb", "Kim Berg 450 följer med på resan.", "Kim Berg"),
]


@pytest.mark.parametrize(("what", "text", "name"), PEOPLE)
def test_people_before_a_number_stay_masked(what: str, text: str, name: str) -> None:
    assert name not in mask(text, scan(text)), what
