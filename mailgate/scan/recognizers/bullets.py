"""Names opening the items of a list of people: when two other items of a bulleted or
numbered list open with a name found, an item opening with listed names is someone's too,
even if each of them is also a word (`- Viola Ek, Stadsmissionen` among `- Amra Hodžić,
Socialtjänsten` and `- Kwabena Asante, Kriminalvården`).
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.words import Tok

BULLETS: Final = frozenset({"-", "–", "—", "•", "*", "·", "▪"})
_NUMBERED: Final = re.compile(r"^\d{1,2}[.)]$")
_SIBLINGS: Final = 2  # other items opening with a name found
_LONGEST_NAME: Final = 3  # words


def listed_people(toks: list[Tok], found: list[Hit]) -> list[Hit]:
    items = [i + 1 for i, t in enumerate(toks)
             if t.line_break_before and _a_bullet(t) and i + 1 < len(toks)]
    if len(items) <= _SIBLINGS:
        return []  # most texts: no list of three items
    starts = {h.start for h in found}
    named = {i for i in items if toks[i].start in starts}
    if len(named) < _SIBLINGS:
        return []
    out = []
    for i in items:
        if i in named:
            continue
        words = _opening_names(toks, i)
        if words and sum(1 for j in named if j != i) >= _SIBLINGS:
            out.append(Hit(words[0].start, words[-1].end, SCORE_WEAK))
    return out


def _a_bullet(tok: Tok) -> bool:
    return tok.text in BULLETS or _NUMBERED.match(tok.text) is not None


def _opening_names(toks: list[Tok], i: int) -> list[Tok]:
    """The item's opening words when every one is a listed name and they end at a comma, a
    bracket or the line's end (`Viola Ek,`)."""
    words: list[Tok] = []
    j = i
    while j < len(toks) and len(words) < _LONGEST_NAME and toks[j].capital and (
            (toks[j].alpha and not toks[j].line_break_before) or j == i):
        words.append(toks[j])
        j += 1
    ends = j >= len(toks) or toks[j].line_break_before or toks[j].text in (",", "(", "–", "-")
    if not words or not ends or not any(w.info.first for w in words) or any(
            not w.info.name or w.info.negative or w.drug_word for w in words):
        return []
    return words
