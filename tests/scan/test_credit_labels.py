"""A credit's label for the script (`Manus:`, `Script sup:`) names who wrote or kept it,
a person; a phrase about the script's characters before a colon (`Figurer i manuset:`) lists
the characters, who are no one."""

from __future__ import annotations

import pytest

from .kit import found

SIDE_BY_SIDE = [
    ("Manus: Olle Tornberg · Bild: Lykke Hagström", "Olle Tornberg",
     "Figurer i manuset: Olle Tornberg, Lisa Berg", "Olle Tornberg"),
    ("Script sup: Marit Hallgren", "Marit Hallgren",
     "Characters in the script: Marit Hallgren, Olle Lind", "Marit Hallgren"),
]


@pytest.mark.parametrize(("credit", "writer", "cast", "character"), SIDE_BY_SIDE)
def test_a_credit_label_names_a_person(credit: str, writer: str, cast: str,
                                       character: str) -> None:
    assert writer in found(credit, "PERSON")
    assert character not in found(cast, "PERSON")
