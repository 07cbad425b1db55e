"""A surname that is also a town's name, right after a title or role, is the person
(`dr Lund`); the town after a preposition or alone stays a place."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Återbesök hos företagsläkare dr Lund på torsdag.", "Lund"),
        ("Enligt överläkare Berg var det fentanyl i pulvret.", "Berg"),
        ("Han pratade länge med sköterskan Lund om doserna.", "Lund"),
        ("Remiss skickad till doktor Sala i går.", "Sala"),
    ],
)
def test_a_titled_surname_is_the_person(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Hon flyttade till Lund förra året.",
        "Läkare i Lund varnar för nitazener.",
        "Kuratorn Malmö ringde om mötet.",
        "Enligt polisen i Sala var det fentanyl.",
        "Akademiska sjukhuset Lund har fått in tre fall.",
        "Fritidsledaren har pratat med Sala kommuns uppsökare.",
        "Ungdomsarbetet i församlingen, Lund – anteckning från lägret.",
    ],
)
def test_the_town_stays_a_place(text: str) -> None:
    assert found(text, "PERSON") == []
