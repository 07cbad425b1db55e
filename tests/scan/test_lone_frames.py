"""A listed name alone whose frame makes it a month abroad, a title's word or an act's name
(after a noun such as `utställningen`) is no person;
the same names in a person's frames stay found (loneframes.py)."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, word", [
    ("Am 14. Mai öffnet der Markt wieder.", "Mai"),
    ("Nos vemos el 9 de Julio en la plaza.", "Julio"),
    ("Stängt från 5. April till påsk.", "April"),
    ("Medlemskortet gäller för La Carmen i Sevilla.", "Carmen"),
    ("Affischen för Die Helene hänger i hallen.", "Helene"),
    ("Kollektionen Margit säljs från maj.", "Margit"),
    ("Vi läste om produktionen Rut, den går på Stadsteatern.", "Rut"),
])
def test_a_month_or_a_title_word_is_no_person(text: str, word: str) -> None:
    assert not any(word in name for name in found(text, "PERSON"))


@pytest.mark.parametrize("text, name", [
    ("Talare: 1. Lisa Berg 2. Henrik från föreningen.", "Henrik"),
    ("Den 3 maj ringde Julio från stationen.", "Julio"),
    ("Mötet den 12. Sedan kom Carmen in.", "Carmen"),
    ("La mamma di Helene ha chiamato.", "Helene"),
    ("Hon bor hos Rosa i Málaga.", "Rosa"),
    ("Drottningen Margit öppnar i mars.", "Margit"),
    ("Efter utställningen ringde Rut hem.", "Rut"),
])
def test_the_same_names_as_people_stay_found(text: str, name: str) -> None:
    assert any(name in found_name for found_name in found(text, "PERSON"))
