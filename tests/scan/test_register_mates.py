"""A register's lines of surname and initial beside lines found (registermates.py)."""

from __future__ import annotations

from .kit import found

RESULTS = (
    "Resultat, labbsäkerhetskurs vt 2027\n"
    "Lindgren K – godkänd\n"
    "Backman T – godkänd\n"
    "Papadaki E – ej närvarande\n"
    "Moreno I – godkänd\n"
)


def test_lines_of_a_register_beside_found_lines_are_people() -> None:
    names = found(RESULTS, "PERSON")
    assert "Papadaki E" in names and "Moreno I" in names


def test_a_list_of_the_same_shape_found_nowhere_stays() -> None:
    text = "Beställning\nVolvo V – 3 st\nSaab S – 2 st\nAudi A – 1 st\n"
    assert found(text, "PERSON") == []
