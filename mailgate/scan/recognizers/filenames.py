"""A person's name inside a file's name (`lisa_holm.docx`, `intervju_ahmed_y.mp3`,
`Omar_Hassan_CV.pdf`): the name's part masked, the rest of the file's name left readable.
A given name counts when the lists hold it and it is no word, place or drug; a surname or
an initial beside it joins it (`karin_lindqvist`, `ahmed_y`). Words, places and dates in a
file's name stay (`rapport_2026-12-03.csv`, `kallelse_malmo_stad.docx`)."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon, names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.words import STOP_WORDS

# A file's extension, found first (a dot before a few letters is rare elsewhere).
_EXTENSION: Final = re.compile(
    r"\.(?i:docx?|pdf|xlsx?|csv|txt|odt|rtf|mp3|m4a|wav|ogg|mp4|mov|jpe?g|png|heic|zip|msg"
    r"|eml|pptx?)(?![\w])")
_STEM_CHAR: Final = re.compile(r"[\w-]")
_PART: Final = re.compile(r"[^\W\d_]+")
_SHORTEST_GIVEN: Final = 3
_LONGEST_STEM: Final = 80


def names_in_file_names(text: str) -> list[Hit]:
    out: list[Hit] = []
    for m in _EXTENSION.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < _LONGEST_STEM and _STEM_CHAR.match(
                text[start - 1]):
            start -= 1
        stem = text[start : m.start()]
        if "_" in stem or "-" in stem:  # a name alone (`Ida.pdf`) is a name PERSON reads
            out += _names_in(stem, start)
    return out


def _names_in(stem: str, offset: int) -> list[Hit]:
    """The stretches of a stem's parts that name someone: a given name, and a surname or an
    initial right after it."""
    parts = [(p.start(), p.end(), p.group()) for p in _PART.finditer(stem)]
    out = []
    k = 0
    while k < len(parts):
        start, end, word = parts[k]
        if not _a_given_name(word):
            k += 1
            continue
        if k + 1 < len(parts) and _a_surname_or_initial(parts[k + 1][2]):
            k += 1
            end = parts[k][1]
        out.append(Hit(offset + start, offset + end, SCORE_WEAK))
        k += 1
    return out


def _a_given_name(word: str) -> bool:
    folded = word.casefold()
    if len(word) < _SHORTEST_GIVEN or folded in lexicon.drugs() or folded in STOP_WORDS:
        return False
    info = names.lookup(word, STOP_WORDS)
    return info.first and not (info.common or info.negative)


def _a_surname_or_initial(word: str) -> bool:
    if len(word) == 1:
        return word.isalpha()
    info = names.lookup(word, STOP_WORDS)
    return (info.last or info.shaped) and not info.negative
