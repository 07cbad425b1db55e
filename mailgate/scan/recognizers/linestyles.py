"""Which lines of a text are written in capitals (a shouted line's words are no names by
their capitals alone) and which in Title Case (a heading's words are no names either):
asked once per text, from the facts of the words on them."""

from __future__ import annotations

import functools
import re
import threading
from itertools import chain
from typing import Final

from mailgate.scan.recognizers.germantext import a_german_text
from mailgate.scan.recognizers.wordfacts import word_facts

# A capital letter, roughly: any letter but the small ones of Latin, Greek, Cyrillic and
# Armenian and the letters of scripts with no capitals (Arabic, Hebrew, Thai, Georgian,
# Ge'ez, CJK), whose lines are no shouting.
_UPPER: Final = re.compile(
    "[^\\W\\d_a-zåäöéüæøß\u03ac-\u03ce\u0430-\u045f\u0561-\u0587\u0590-\u08ff"
    "\u0e00-\u0e7f\u10d0-\u10ff\u1200-\u139f\u3040-\u9fff\uac00-\ud7af]")
_LETTER: Final = re.compile(r"[^\W\d_]")
_TITLE_WORD: Final = re.compile(r"[^\W\d_]{3,}")


def line_styles(text: str) -> tuple[set[int], set[int]]:
    """Numbers of the lines written in capitals, and of those in Title Case (4+ words each)."""
    shouting, titles = set(), set()
    for n, (line, words) in enumerate(zip(*lines_and_words(text), strict=True)):
        if len(words) < 4:
            continue
        # The line's capitals and letters are counted only where the words' own (kept per
        # word) leave shouting possible: capitals at most those of the words and every
        # character beside them; letters at least the words'.
        spread = sum(map(len, words))
        most = sum(map(_capitals, words)) + len(line) - spread
        upper = len(_UPPER.findall(line)) if most > 8 and most > 0.8 * spread else -1
        if upper > 8 and upper > 0.8 * len(_LETTER.findall(line)):
            shouting.add(n)
        elif _title_case(words) and (upper := upper if upper >= 0 else len(
                _UPPER.findall(line))) >= 3 and upper >= 0.4 * len(words):
            # A capitalised word's first letter is one of `upper`: with fewer, too few of
            # them for Title Case (a line of names and numbers has five in fifteen words).
            titles.add(n)
    # German capitalises its nouns: a German text has no Title Case (`Herr Brenninkmeyer sagt,
    # seine Tochter habe das Auto gefahren`).
    return shouting, titles if not titles or not a_german_text(text) else set()


class _Last(threading.local):
    """The lines and words of the text last asked about, in this thread."""

    text: str | None = None
    lines: list[str]
    words: list[list[str]]

    def __init__(self) -> None:
        self.lines, self.words = [], []


_last: Final = _Last()


def lines_and_words(text: str) -> tuple[list[str], list[list[str]]]:
    """The lines of `text` and the words of three letters or more on each, found once per
    text: the line styles read them, and the streets' endings are looked for among them
    (address.streets): one pass over the text, not two."""
    last = _last
    if last.text is not text:
        last.lines = text.split("\n")
        last.words = [_TITLE_WORD.findall(line) for line in last.lines]
        last.text = text
    return last.lines, last.words


def words_of(text: str) -> set[str]:
    """The distinct words of three letters or more in `text` (address.streets)."""
    return set(chain.from_iterable(lines_and_words(text)[1]))


@functools.lru_cache(maxsize=1 << 16)
def _capitals(word: str) -> int:
    return len(_UPPER.findall(word))


def _title_case(words: list[str]) -> bool:
    """Title Case: three or more capitalised words past the first that are neither names
    nor known places, and they make at least 40% of the line. Acronyms say nothing of a
    title (`Supporterpolis Oscar Malmsten, SLO Petra Åhs` is a signature)."""
    capitalised = 0  # counted first: an odd word is one of these, and most lines have few
    for word in words[1:]:
        capitalised += word[0].isupper()
    if capitalised < 3 or capitalised < 0.4 * len(words):
        return False
    odd = sum(map(_odd, words[1:]))
    return odd >= 3 and odd >= 0.4 * len(words)


@functools.lru_cache(maxsize=1 << 16)
def _odd(word: str) -> bool:
    """A title word that says Title Case: capitalised, no acronym, neither name nor place
    (kept per word: a dense text's lines are all asked, and their words repeat)."""
    return word[0].isupper() and not word.isupper() and not _known(word)


def _known(word: str) -> bool:
    info = word_facts(word)[4]   # lookup's answer, kept per word (a title word has letters)
    return info.name or info.negative
