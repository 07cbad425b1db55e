"""A surname heading a list's row: `Granqvist: fru och dotter`, `Wikander – byta lås i 3B`.

Minutes, rotas and work orders open a row with the surname of whom it concerns, then a colon
or a dash and the row's text. At a line's start a capitalised word says nothing (every line
opens so), and a word before a colon is as often a form's label (`Status:`, `Åtgärd:`): only a
word the lists hold as a surname, or shaped as one (-qvist, -én, -ander), and no ordinary word,
place or given name alone, heads a row as a person.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.words import Tok

# What parts a row's head from its text.
_ROW_MARKS: Final = frozenset({":", "–", "—", "-"})
# A line opening with a capitalised word and a colon or a dash: asked first, in one pass.
_A_ROW: Final = re.compile(r"(?m)^[ \t]*[A-ZÅÄÖÉ][^\W\d_]{3,}[ \t]*[:–—-]")
_SHORTEST: Final = 4  # letters of a surname heading a row (not `Ek:`, an abbreviation's)


def row_heads(text: str, toks: list[Tok]) -> list[Hit]:
    """The surnames opening a line before a colon or a dash."""
    if _A_ROW.search(text) is None:
        return []  # most texts: no line opens with a word and a colon or a dash
    out = []
    for i, tok in enumerate(toks[:-1]):
        if (i == 0 or tok.line_break_before) and toks[i + 1].text in _ROW_MARKS and (
                _a_surname(tok)) and (i + 2 == len(toks) or not toks[i + 2].line_break_before):
            out.append(Hit(tok.start, tok.end, SCORE_WEAK))
    return out


def _a_surname(tok: Tok) -> bool:
    info = tok.info
    return tok.capital and tok.alpha and not tok.text.isupper() and len(tok.text) >= _SHORTEST and (
        info.last or info.shaped) and not (info.first or info.common or info.negative) and not (
        tok.is_cue_word or tok.label or tok.institution or tok.drug_word or tok.stamp_compound)
