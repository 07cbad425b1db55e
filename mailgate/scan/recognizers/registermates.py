"""A register's lines of surnames and initials beside lines already found: `Hallin A –
godkänd`, `Korhonen J – godkänd` found, so `Vlachou D – godkänd` and `Ortega I – godkänd` on
the lines between are people too, though no list holds Vlachou and `I` reads as a word; and
a ward round's `Sal 3: Sund, Lärka –` beside `Sal 1: Payne, Rowan –` found.

Attendance, results and duty lists write one person a line, surname first; the lines that a
listed surname makes found vouch for the rest of the same shape. Two found lines at least,
and at least half of the list's lines, so a list of products or places (`Volvo V – 3 st`)
found nowhere stays.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.base import Hit, furthest_ends
from mailgate.scan.recognizers.scores import SCORE_ALONE

# A line opening with a capitalised word and one capital (its dot and a number before it
# allowed), then a dash, a colon, a bar, a comma or the line's end; or, after a bed's or a
# room's label (`Sal 3:`), a surname, a comma and a given name (`Sund, Lärka –`).
_LINE: Final = re.compile(
    r"(?m)^[ \t]*(?:\d{1,3}[.)][ \t]*)?([A-ZÅÄÖ][a-zåäöéüøæ'-]{2,}[ \t]+[A-ZÅÄÖ]\.?)"
    r"(?=[ \t]*(?:[–—:|,-]|$))"
    r"|^[ \t]*[A-ZÅÄÖ][a-zåäö]{1,8}[ \t]+\d{1,3}[ \t]*:[ \t]*"
    r"([A-ZÅÄÖ][a-zåäöéüøæ'-]{2,},[ \t]+[A-ZÅÄÖ][a-zåäöéüøæ'-]{1,})(?=[ \t]*(?:[–—|-]|$))")
_FEWEST_FOUND: Final = 2


def register_mates(text: str, found: list[Hit]) -> list[Hit]:
    """The lines of a register's shape beside two or more such lines found."""
    lines = [m.span(m.lastindex or 1) for m in _LINE.finditer(text)]
    if len(lines) <= _FEWEST_FOUND:
        return []  # most texts: no such list
    reach = furthest_ends(found)
    done = [(s, e) for s, e in lines if reach.get(s, -1) >= e - 1]
    if len(done) < _FEWEST_FOUND or 2 * len(done) < len(lines):
        return []
    return [Hit(s, e, SCORE_ALONE) for s, e in lines if (s, e) not in done]
