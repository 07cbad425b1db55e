"""Initials kept for someone anonymous: before an age in a case note (`Patient (J.S., 41
år)`) and after a signature's or an attestant's word (`signatur: "LS"`); a firm's jubilee
and an office's letters stay unmasked."""

from __future__ import annotations

import pytest

from .kit import found

PEOPLE = [
    ("dotted, in brackets, an age", "Flickan (A.K., 15 år) fick naloxon i bussen.", "A.K."),
    ("capitals between commas, an age", "En kvinna, BV, 61 år, hittades i tvättstugan.", "BV"),
    ("in English", "The caller's son (D.M., 19 years) was taken to hospital.", "D.M."),
    ("after a signature's word", 'Nyckeln lämnades ut, signatur "TK".', "TK"),
    ("after an attestant's word", "Beloppet godkändes av attestant RL i går.", "RL"),
]


@pytest.mark.parametrize(("voice", "text", "initials"), PEOPLE)
def test_initials_of_someone_are_masked(voice: str, text: str, initials: str) -> None:
    assert initials in found(text, "PERSON"), voice


def test_a_firms_jubilee_stays() -> None:
    assert found("SJ, 25 år i trafiken, bjuder på fika.", "PERSON") == []


def test_an_offices_letters_stay() -> None:
    assert found("Kontakta IT, 24 år av erfarenhet, eller HR (2 år).", "PERSON") == []
