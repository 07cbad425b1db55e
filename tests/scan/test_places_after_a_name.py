"""A place named after someone right after a person's name and a comma (`Rut Engdahl, Selma
Lagerlöfs skola`) is no register's `Surname, Given` and no one more person of a list; the
person before it, register lines and lists of people stay found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, names", [
    ("Skolsköterska Rut Engdahl, Selma Lagerlöfs skola, ringde om pillren.", ["Rut Engdahl"]),
    ("Vi träffade Nils Ekdahl, Gustav Adolfs torg, vid niotiden.", ["Nils Ekdahl"]),
    ("Avsändare: rektor Maja Lindblad, Anna Whitlocks gymnasium.", ["Maja Lindblad"]),
    # one word in the genitive before a noun in the definite: a home's name
    ("Samtal om hans mor Ester Engdahl, Karl-Johans hemmet, avdelning 2.", ["Ester Engdahl"]),
])
def test_the_place_after_the_comma_is_no_one(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, names", [
    ("Vittnen: Ekdahl, Nils, Sara Holm och Erik Berg.",
     ["Ekdahl, Nils", "Sara Holm", "Erik Berg"]),
    ("Från: Lindblad, Maja\nÄmne: rektorns brev", ["Lindblad, Maja"]),
    ("Jourhavande Sofia Berg, Ellen Ek, såg två langare.", ["Sofia Berg", "Ellen Ek"]),
])
def test_people_after_a_comma_stay_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
