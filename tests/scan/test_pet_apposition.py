"""An animal's name set off by commas right after the animal's word is no person; a name
after a comma that follows an animal governed by a preposition, or a person's noun, is."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, pet", [
    ("Vår katt, Astrid, har slutat äta.", "Astrid"),
    ("Den lilla valpen, Gunnar, bet sönder kopplet.", "Gunnar"),
    ("Hennes häst, Linnea (12 år), står i box 4.", "Linnea"),
    ("Grannens hund, Harald, skäller hela nätterna.", "Harald"),
])
def test_a_pet_between_commas_is_no_person(text: str, pet: str) -> None:
    assert not any(pet in name for name in found(text, "PERSON"))


@pytest.mark.parametrize("text, name", [
    ("Fråga om katten, Majken, när du ringer.", "Majken"),
    ("Valpen bet brevbäraren, Otto, i handen.", "Otto"),
    ("Han lekte med hunden, Elvis satt inne.", "Elvis"),
    ("Hunden, Saga Lind och jag gick ut.", "Saga Lind"),
])
def test_a_person_after_an_animal_stays_found(text: str, name: str) -> None:
    assert any(name in found_name for found_name in found(text, "PERSON"))
