"""A register's surname and initials: `Provet togs av Ahlroos, C. kl 08:10`, `Närvarande:
Ahlroos, C., Myrén, T.`, also when no list holds the surname.

Rolls, lab sheets and minutes write people surname first, a comma, then the initials with
their full stops. A capitalised word of four letters or more before `, C.` is such a surname
when the lists hold it or shape it so, or when two such rows make a roll (`Bilaga, B.`
alone is an attachment's), and it is no ordinary word, place or given name alone; the
initials end the row's field (a line's end, a comma, a bracket, a dash, or the sentence
going on in lower case or digits); before a capitalised word the letter may open a list's
next item (`Betyg, B. Engelska`), and it is left alone.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon, names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.vouched import DEFINITE_NOUN, WORD_ENDING
from mailgate.scan.recognizers.wordfacts import STOP_WORDS

# A register's comma and one or two initials with their full stops: `, C.`, `, E.-M.` (also
# what wholename/after.py lets a surname found alone take with it).
INITIALS: Final = r",[ \t][A-ZÅÄÖ]\.(?:-?[A-ZÅÄÖ]\.)?"
# The surname, its initials, then the field's end.
_SURNAME_INITIALS: Final = re.compile(
    r"(?<![\w.\-'’])([A-ZÅÄÖÉ][a-zåäöéèüø]{3,}(?:-[A-ZÅÄÖÉ][a-zåäöéèüø]+)?)" + INITIALS
    + r"(?=[ \t]*(?:\Z|\n|[,;)\]–—]|[ \t]-[ \t]|[ \t]+(?:[a-zåäö]|\d)))")
_GATE: Final = re.compile(INITIALS)
# Languages and school subjects listed with their grades: Svenska, B., Engelska, A.
_ADJECTIVE_ENDINGS: Final = ("ska", "isk")


def register_initials(text: str) -> list[Hit]:
    """The surnames with their initials, as registers write them."""
    if _GATE.search(text) is None:
        return []  # most texts
    rows = [m for m in _SURNAME_INITIALS.finditer(text) if _a_surname(m.group(1))]
    # unlisted surnames only in a roll of two or more: `Bilaga, B.` alone is an attachment's
    roll = len({m.group(1) for m in rows}) >= 2
    return [Hit(m.start(), m.end(), SCORE_WEAK) for m in rows
            if roll or names.lookup(m.group(1), STOP_WORDS).name]


def _a_surname(word: str) -> bool:
    folded = word.casefold()
    info = names.lookup(word, STOP_WORDS)
    if info.negative or info.common or (info.first and not info.last):
        return False  # Stockholm, S.; Olle, B.: a place, a word, a given name
    return info.name or not (
        folded.endswith(_ADJECTIVE_ENDINGS) or folded in STOP_WORDS
        or folded in english_words() or folded in lexicon.entries("german_nouns")
        or WORD_ENDING.search(folded) or DEFINITE_NOUN.search(folded))
