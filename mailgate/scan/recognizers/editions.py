"""A product's edition or colourway in quotes after its make and model: `Air Jordan 4
"Bred"`, `Yeezy 350 "Zebra"`, `Nike SB Dunk "Jarritos"`, `Leica M6 "Titan"`.

Resellers, pawnshops and marketplaces list goods so; the quoted word is whatever the maker
called the edition, a word or a name no list holds, and a name list takes it for a nickname.
It follows a model's number after a capitalised make (`Jordan 4`, `New Balance 990`) or a
run of capitals holding a listed make (`Nike SB Dunk`). A quoted name the lists hold as a
person's stays (`Bord 12 "Johansson"`, `Rum 214 "Svensson"`: a booking's guest).
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import english_words

_QUOTES: Final = "\"'“”„«»‘’"
# A model's number: 4, 350, 990, 97, M6, 15 Pro's 15; not a year or a long number.
_MODEL_NUMBER: Final = re.compile(r"[A-Z]{0,2}\d{1,4}[A-Za-z]{0,2}")
_CAPITALISED: Final = re.compile(r"[A-Z][\w-]*|[a-z]+[A-Z]\w*")  # Dunk, SB, iPhone
_MAKE_WORDS: Final = 4  # words of a make and model before the quote
_REACH: Final = 50  # characters read back from the opening quote


def editions_out(text: str, found: list[Hit]) -> list[Hit]:
    """`found` without the quoted editions of products."""
    if not found:
        return found
    return [h for h in found if not _an_edition(text, h)]


def _an_edition(text: str, hit: Hit) -> bool:
    start, end = hit.start, hit.end
    if start < 2 or end >= len(text) or text[start - 1] not in _QUOTES or (
            text[end] not in _QUOTES) or text[start - 2] != " ":
        return False
    line_start = text.rfind("\n", max(0, start - _REACH), start - 2) + 1
    words = text[max(line_start, start - _REACH) : start - 2].split()[-_MAKE_WORDS:]
    if not words or _a_persons_name(text[start:end]):
        return False
    if _MODEL_NUMBER.fullmatch(words[-1]):
        return len(words) >= 2 and _CAPITALISED.fullmatch(words[-2]) is not None
    make = []
    for word in reversed(words):
        if _CAPITALISED.fullmatch(word) is None:
            break
        make.append(word)
    return any(names.is_negative(w.casefold()) for w in make)


def _a_persons_name(quoted: str) -> bool:
    """Every word of the quoted stretch a listed given name or surname and no word
    (`Johansson`; not `Grey Day`, `Triple White`)."""
    words = quoted.split()
    english = english_words()
    return bool(words) and all(
        (w := names.lookup(word, frozenset())).name and not (w.negative or w.common) and (
            word.casefold() not in english) for word in words)
