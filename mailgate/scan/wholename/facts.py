"""What the name lists say of a word beside a found name, with OCR's `1` and `|` read as l."""

from __future__ import annotations

import functools
import re
from typing import Final

from mailgate.scan import lexicon, names
from mailgate.scan.recognizers.wordfacts import STOP_WORDS

# Particles a name carries between its parts: Rhys ap Gwilym, Kurt von der Lahr, Samira Bou
# Saab, Jasmin dela Peña.
PARTICLES: Final = names.PARTICLES | {"zu", "ap", "bou", "abou", "dela", "della", "ter", "ten"}
# What may follow a register's given name: the line's end, a cell's or a list's mark, a
# bracket, a dash with blanks, a number, a tag.
REGISTER_AFTER: Final = re.compile(r"[ \t]*(?:\Z|\n|[;|(\[\t<]|[–—-][ \t]|,?[ \t]*\d)")
_OCR: Final = str.maketrans({"1": "l", "|": "l"})
_ONE_WORD: Final = re.compile(r"[\w'’-]+")


@functools.lru_cache(maxsize=1 << 14)
def facts(word: str) -> names.Word:
    return names.lookup(word.translate(_OCR), STOP_WORDS)


def plain_word(word: str) -> bool:
    """Neither a place, thing or calendar word, nor a function word, nor a greeting."""
    folded = word.casefold()
    return not (facts(word).negative or folded in STOP_WORDS or folded in names.NEVER_ALONE)


def function_word(word: str) -> bool:
    return word.casefold() in STOP_WORDS


def surname_like(word: str) -> bool:
    """A word that may close a name after a given name: a listed or shaped name, or a word
    no list knows (Sommar, Öhrn, Nikolaidis), as Swedish capitalises only names inside a
    sentence; never an English word or a German noun no list holds as a name (`Mutter`)."""
    if not plain_word(word):
        return False
    info = facts(word)
    if info.name:
        return True
    folded = word.casefold()
    return not (info.common or folded in lexicon.entries("english_words")
                or folded in lexicon.entries("german_nouns"))


def given_name(word: str) -> bool:
    return facts(word).first


def one_word(text: str, start: int, end: int) -> bool:
    return _ONE_WORD.fullmatch(text, start, end) is not None


def words(text: str, start: int, end: int) -> int:
    """How many blank-separated words the stretch holds."""
    return text.count(" ", start, end) + 1


def last_word(text: str, at: int) -> str | None:
    """The word (letters, maybe joined by a hyphen) ending just before the blanks before
    `at`."""
    i = at
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalpha() or (text[j - 1] == "-" and text[j - 2:j - 1].isalpha()
                                                and j < i)):
        j -= 1
    return text[j:i] if j < i else None


def opens_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 40):at].rstrip(" \t")
    return not before or before[-1] in ".!?:\n>\"”-–•*"
