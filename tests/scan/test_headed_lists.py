"""Names listed after a phrase about animals or fictional characters are no people's."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text", [
    "New characters: El Jefe, La Madrina, Doctor Blanco. Platforms: PC, PlayStation 5.",
    'Fictional names in the script: Inspector Malin Holm, the Dutchman, Mama Kokos, "Snow".',
    "Spelets karaktärer: Erik Stål, Nora Kniv och Kapten Snö.",
    "Två andra hundar i klassen, Ronja och Zeus, hade samma ägare.",
])
def test_a_list_after_characters_or_animals_names_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, names", [
    ("Deltagare: Anna Berg, Erik Lind.", ["Anna Berg", "Erik Lind"]),
    ("Vi har två hundar och barnen, Erik och Anna, är hemma.", ["Erik", "Anna"]),
    ("The characters were played by locals: Sara Holm and Jonas Ek.", ["Sara Holm", "Jonas Ek"]),
])
def test_people_listed_elsewhere_are_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
