"""spaCy's tokens cut further for PERSON: punctuation spaCy leaves on a word's front
(`/Shirin`, `-Erik`), and a CSV row's cells glued by commas (`2026-11-21,Mikael`) or a word
and Arabic script's comma (`علی،`)."""

from __future__ import annotations

import re
from typing import Final

_LEADING: Final = "/\\|*•>+~(["


def split_tokens(words: list[str], starts: list[int]) -> tuple[list[str], list[int]]:
    """spaCy keeps `/Shirin` and `-Erik` whole; split the punctuation off, drop spaces.
    The tokens' texts and starts as two lists, not a pair per token (a dense MB has 215 000)."""
    texts: list[str] = []
    at: list[int] = []
    for word, start in zip(words, starts, strict=True):
        if word[0] not in _LEADING:  # most words: nothing to split (lstrip would cut nothing)
            if ("," in word or ";" in word or "،" in word) and _CELLS.search(word):
                _cells(word, start, texts, at)  # 2026-11-21,Mikael: a CSV row's cells
            elif not word.isspace():
                texts.append(word)
                at.append(start)
            continue
        rest = word.lstrip(_LEADING)
        cut = len(word) - len(rest)
        if 0 < cut < len(word) and rest.replace("-", "").isalpha():  # /Ulla-Britt too
            texts += [word[:cut], rest]
            at += [start, start + cut]
        else:
            texts.append(word)
            at.append(start)
    return texts, at


# A comma or semicolon inside a word with a letter on one side: a CSV row's cells glued
# (`Jonsson,600619-3444`), not a decimal comma (`3,5`); Arabic script's comma after a word.
_CELLS = re.compile(r"[^\W\d_][,;،؛]|[,;،؛][^\W\d_]")
_CELL_SPLIT = re.compile(r"[,;،؛]")  # and Arabic script's comma: علی، مهدی


def _cells(word: str, start: int, texts: list[str], at: list[int]) -> None:
    """Append the cells of `word` and the separators between them to `texts` and `at`."""
    done = 0
    for sep in _CELL_SPLIT.finditer(word):
        if sep.start() > done:
            texts.append(word[done : sep.start()])
            at.append(start + done)
        texts.append(sep.group())
        at.append(start + sep.start())
        done = sep.end()
    if done < len(word):
        texts.append(word[done:])
        at.append(start + done)
