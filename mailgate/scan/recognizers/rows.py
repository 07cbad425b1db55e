"""`Surname, Given` opening a row of an export or list, with a surname in no list:
`Farahani, Arash<TAB>20031210-…`, `Rahimi, Arash;1965…`. A row's shape stands in for the
person label a register line would have: the name opens the line or a cell, and what follows
the given name is the next cell (a separator, or a long number after a tab).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.words import Tok

CELL_MARKS: Final = frozenset({";", "|"})


def opens_a_row(tok: Tok, toks: list[Tok]) -> bool:
    """`tok`, an unlisted capitalised word before `, Given`, opens a row of cells."""
    i = tok.index
    if not (tok.capital and tok.alpha and len(tok.text) >= 3) or (
            tok.info.common or tok.info.negative or tok.label or tok.drug_word):
        return False
    starts = tok.line_break_before or i == 0 or toks[i - 1].text in CELL_MARKS
    return starts and i + 3 <= len(toks) and _cell_ends(toks, i + 3)


def _cell_ends(toks: list[Tok], j: int) -> bool:
    """After the given name at toks[j - 1]: a cell mark, or a number of six digits or more
    (a personnummer's or phone's cell after a tab); a line's end alone is no row
    (`Grattis, Anna`)."""
    if j >= len(toks) or toks[j].line_break_before:
        return False
    text = toks[j].text
    return text in CELL_MARKS or sum(ch.isdigit() for ch in text[:8]) >= 6
