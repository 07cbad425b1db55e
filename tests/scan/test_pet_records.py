"""A vet's record names its patient in quotes before the animal it is (`"Kurt", African grey
parrot`): no person; the owner beside it, and a quoted person's name, stay masked."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

RECORDS = [
    ("an English exotics note", 'Clinical note\nPatient: "Kurt", African grey parrot, 22 yrs.',
     "Kurt"),
    ("a Swedish journal with a breed", 'Journal: "Bella", schäfer, 4 år, haltar vänster bak.',
     "Bella"),
    ("a cat in a ward list", 'Inlagda i dag: "Mimmi", katt, 12 år (njurar).', "Mimmi"),
    ("a dog described after its name", 'Vi kallar henne "Greta", vår nya hund.', "Greta"),
]


@pytest.mark.parametrize(("what", "text", "pet"), RECORDS)
def test_a_quoted_patient_before_its_animal_is_no_person(what: str, text: str, pet: str) -> None:
    assert pet not in [f.text for f in scan(text) if f.type == "PERSON"], what


PEOPLE = [
    ("the owner after the pet", 'Patient: "Mimmi", katt, 12 år. Ägare: Lars Holm', "Lars Holm"),
    ("a person before a clause about the dog", 'Hon heter "Anna", hunden heter Rex.', "Anna"),
    ("a quoted person with an age", 'Patient: "Sara Lind", 34 år, kom in.', "Sara Lind"),
]


@pytest.mark.parametrize(("what", "text", "name"), PEOPLE)
def test_people_beside_a_pet_record_stay_masked(what: str, text: str, name: str) -> None:
    assert name not in mask(text, scan(text)), what
