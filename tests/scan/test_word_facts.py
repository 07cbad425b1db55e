"""Facts about words that the PERSON recognizer computes once per distinct word."""

from __future__ import annotations

import re

import pytest

from mailgate.scan.recognizers import wordfacts
from scan.kit import pnr

NUMBERS = ["070-990", pnr("810422", "150"), "1177", "1177-12", "12-1177", "-", "--", "(", "45",
           "1.5", "08-123", "2024-01-02", "3/4", "100%"]


@pytest.mark.parametrize("word", NUMBERS)
def test_a_number_is_looked_up_as_the_lists_would(
        word: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Numbers skip the list look-ups unless a list holds one (1177 is an agency)."""
    wordfacts.lookup.cache_clear()
    quick = wordfacts.lookup(word)
    monkeypatch.setattr(wordfacts, "_NUMERIC", re.compile("(?!)"))  # every word the long way
    wordfacts.lookup.cache_clear()
    assert quick == wordfacts.lookup(word)
    wordfacts.lookup.cache_clear()


def test_digits_have_the_facts_the_general_steps_give(monkeypatch: pytest.MonkeyPatch) -> None:
    """ASCII digits, alone or joined by dashes, skip the patterns and look-ups of word_facts
    unless a list holds them."""
    words = [str(n) for n in range(0, 1300)] + ["0701234567", "1177", "112", "٣٤٥", "²3"]
    words += [pnr("810422", "150"), "070-123", "08-123", "1177-12", "12-1177", "-5", "5-",
              "--5--", "-", "--", "2024-01-02", "5-x", "٣-٤", "070–123"]
    quick = [wordfacts.word_facts.__wrapped__(word) for word in words]
    assert sum(map(wordfacts._plain_number, words)) > 1000
    monkeypatch.setattr(wordfacts, "_plain_number", lambda text: False)  # the general steps
    wordfacts.lookup.cache_clear()
    assert quick == [wordfacts.word_facts.__wrapped__(word) for word in words]
    wordfacts.lookup.cache_clear()


def test_words_of_letters_have_the_facts_the_general_steps_give() -> None:
    """A word of letters alone skips the patterns of numbers, codes and particle names."""
    words = ["Anna", "anna", "A", "Å", "a", "É", "Berg", "Bergs", "Klas", "klass", "von", "Von",
             "Al", "al", "Abu", "STOCKHOLM", "Malmös", "Xanax", "Xanaxs", "Mälarsjukhuset",
             "polisen", "Polisen", "ملک", "محمد", "Оксана", "Ivanov", "MacLeod", "Mcdonald",
             "Hjalmarsson", "Kovačević", "Zîlan", "Tina", "tina", "Molly", "Ålands", "ß", "İ",
             "ǅ", "personnummer", "Pnr", "legitimation", "Lund"]
    wordfacts.lookup.cache_clear()
    for word in words:
        assert word.isalpha(), word
        assert wordfacts._letters_facts(word) == wordfacts._any_facts(word), word
    wordfacts.lookup.cache_clear()
