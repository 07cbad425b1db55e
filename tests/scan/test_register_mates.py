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


ROUND = (
    "Rond avd 12, måndag\n"
    "Sal 1: Kowalczyk, Rowan – kvetiapin, sederad.\n"
    "Sal 2: Tran, Duc – litium, efter HD.\n"
    "Sal 3: Strand, Lärka – paracetamol, dag 2.\n"
    "Sal 4: Hägg, Vide – GHB-abstinens.\n"
)


def test_a_ward_rounds_beds_beside_found_beds_are_people() -> None:
    names = found(ROUND, "PERSON")
    assert "Strand, Lärka" in names and "Hägg, Vide" in names


def test_beds_of_places_found_nowhere_stay() -> None:
    text = "Transporter\nBil 1: Gävle, Sandviken – tom.\nBil 2: Falun, Borlänge – full.\n" \
        "Bil 3: Mora, Orsa – tom.\n"
    assert found(text, "PERSON") == []
