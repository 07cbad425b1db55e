"""Staff initials that sign a note without a label: two pairs joined by a slash closing a
clause or a line (`Oxynorm 5 mg given enl. vid behov, AK/SB.`, `Kontrollräknat: JV / NB`),
a pair alone on a note's last line (`Avvikelse skriven.⏎LH`), and pairs after the hours of a
signing list's cells (`mån 08 SA | 20 GP`, three at least); then the same initials further
on.

Two staff sign a dose or a count together; a note's writer closes it with their initials.
Offices, agencies, units, grades and countries written so stay readable (`IT/HR`, `SE/NO`,
`ST/läk`, `⏎OK`).
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.names import is_negative
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.initials import BODIES, UNITS, two_capitals
from mailgate.scan.recognizers.signers import NO_SIGNERS
from mailgate.scan.recognizers.staffinitials import _pair, again
from mailgate.scan.recognizers.textindex import indexes_where, positions
from mailgate.scan.recognizers.words import Tok

_NO_STAFF: Final = NO_SIGNERS | BODIES | UNITS | frozenset({"ST", "AT", "BT", "UL", "OP", "PM"})
# What may stand right before the first pair and right after the second: a clause's edges.
_OPENS: Final = frozenset({",", ":", ";", "."})
_CLOSES: Final = frozenset({",", ";", "."})
# A signing list's cell, bounded by `|` or `;`: an hour (`08`, `20:30`), then who gave the dose.
_HOUR: Final = re.compile(r"(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?")
_CELL_ENDS: Final = frozenset({"|", ";"})
_FEWEST_CELLS: Final = 3  # one or two hours and capitals may be a timetable's codes


def cosigned_initials(toks: list[Tok]) -> list[Hit]:
    """Initials signing together after a slash, or alone on the last line, and again later."""
    found = {t.text for t in _slash_pairs(toks) + _last_line_pair(toks) + _signed_cells(toks)}
    return again(toks, found)


def _staff(tok: Tok) -> bool:
    return _pair(tok) and tok.text not in _NO_STAFF and not is_negative(tok.folded)


def _slash_pairs(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    last = len(toks) - 1
    for i in positions(toks).get("/", ()):  # the text's slashes: no pass over every token
        if not 1 <= i < last:
            continue
        first, second = toks[i - 1], toks[i + 1]
        if not (_staff(first) and _staff(second)) or second.line_break_before:
            continue
        opened = first.index == 0 or first.line_break_before or toks[i - 2].text in _OPENS
        closed = i + 1 == last or toks[i + 2].line_break_before or toks[i + 2].text in _CLOSES
        if opened and closed:
            out += [first, second]
    return out


def _last_line_pair(toks: list[Tok]) -> list[Tok]:
    """Two capitals alone on the text's last line, after a line of prose."""
    end = len(toks) - 1
    if end >= 0 and toks[end].text == ".":
        end -= 1
    if end < 1 or not toks[end].line_break_before or not _staff(toks[end]):
        return []
    return [] if toks[end - 1].line_is_shouting else [toks[end]]


def _signed_cells(toks: list[Tok]) -> list[Tok]:
    """Pairs right after an hour, each closing its cell or line, three or more in the text."""
    out: list[Tok] = []
    last = len(toks) - 1
    for i in indexes_where(toks, two_capitals):  # the few pairs of capitals: no pass
        tok = toks[i]
        if i == 0 or tok.line_break_before or not _staff(tok) or not (
                _HOUR.fullmatch(toks[i - 1].text)):
            continue  # the length first: asked of every token of every text
        closes = i == last or toks[i + 1].line_break_before
        if (i < last and toks[i + 1].text in _CELL_ENDS) or (
                closes and i > 1 and toks[i - 2].text in _CELL_ENDS):
            out.append(tok)  # a cell of a table, not a timetable's line (`07.10 SK`)
    return out if len(out) >= _FEWEST_CELLS else []
