"""At a sentence's or a line's start, a listed given name in no other use before a listed
surname that is also a word (`– Petronella Vall`, `Tindra Sten kom sen`) is a full name; a
given name that is a word or a place before such a surname stays unmasked."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(("text", "name"), [
    ("Bilderna är vackra. – Petronella Vall", "Petronella Vall"),
    ("Vi åt middag. Tindra Sten kom sen.", "Tindra Sten"),
])
def test_a_given_name_in_no_other_use_before_a_word_surname(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize(("text", "words"), [
    ("Vi åt middag. Rosa Sten låg i trädgården.", "Rosa Sten"),
    ("Festen var slut. Nova Sten heter skulpturen.", "Nova Sten"),
])
def test_a_word_before_a_word_surname_stays(text: str, words: str) -> None:
    assert words not in found(text, "PERSON")
