"""A name spelt another way beside the whole name (variants.py): another spelling is the
same person; a word one letter off that is a word, a place or a firm's name is not."""

from __future__ import annotations

import pytest

from mailgate.scan import scan


def _people(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(("text", "variant"), [
    ("Kunden Zubair Rahimi kallas Zobair på Instagram.", "Zobair"),
    ("Chauffören hette typ Oskar Hagglund eller Häggund, han pratade otydligt.", "Häggund"),
    ("Mirsad Hodzic kom förbi i går. Hodzik betalade kontant.", "Hodzik"),
])
def test_another_spelling_of_a_name_is_masked(text: str, variant: str) -> None:
    assert variant in _people(text)


@pytest.mark.parametrize(("text", "word"), [
    ("Jonas Krona ringde i morse. Kronan har fallit mot euron.", "Kronan"),  # a word
    ("Ida Kalmerr ringde från Kalmar i går.", "Kalmar"),  # a place
    ("Göran Sandell ringde. Sandells Bageri har stängt.", "Sandells"),  # a firm's name
    ("Tolk: Rezan Soran. Frågor på Sorani går bra.", "Sorani"),  # a language
])
def test_a_word_one_letter_off_stays(text: str, word: str) -> None:
    assert not any(word in p for p in _people(text))
