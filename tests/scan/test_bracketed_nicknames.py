"""A nickname quoted in brackets beside a name (`Magnus Berg ("Maggen")`, `"Ghost" (Serhat
Kaya, …)`) is masked with the name; a work cited with its maker and year, a drug and a brand
in the same place are not."""

from __future__ import annotations

import pytest

from .kit import found

PEOPLE = [
    ("after a full name", 'Deltagare: Kerstin Alm ("Kotten") och två till.', "Kotten"),
    ("after a given name, words after it", 'Stefan ("Snickarn" på bygget) sålde piller.',
     "Snickarn"),
    ("before the name in brackets", 'Föraren "Rallyt" (Jonas Wiik, 22) klarade sig.',
     "Rallyt"),
]


@pytest.mark.parametrize(("voice", "text", "nickname"), PEOPLE)
def test_a_bracketed_nickname_is_masked(voice: str, text: str, nickname: str) -> None:
    assert nickname in found(text, "PERSON"), voice


THINGS = [
    ("a work with its maker and year", 'Vi visar "Abstinensen" (Lea Holm, 2021) i aula.',
     "Abstinensen"),
    ("a drug in the brackets", 'Kim Ek ("Tina" i påsar) greps vid stationen.', "Tina"),
    ("several words", 'Ola Berg ("Svenska Dagbladet") skrev om saken.', "Svenska Dagbladet"),
]


@pytest.mark.parametrize(("voice", "text", "word"), THINGS)
def test_other_quoted_words_stay(voice: str, text: str, word: str) -> None:
    assert all(word not in name for name in found(text, "PERSON")), voice
