"""Numbers a line break cuts in two: `pnr 195303` at the end of one line, `19-4095` at the
start of the next, as mail clients wrap long lines and replies quote them (`> 19-4095`).

A recognizer reads the two halves joined: a short piece of the text with the break taken
out, its matches that cross the break mapped back to the text's own offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

_BREAK = re.compile(r"[ \t]*\r?\n[ \t>]*")
# A number's last character before the break and its first after it.
_ENDS_NUMBER = frozenset("0123456789+-./‐‑‒–—−")
_STARTS_NUMBER = frozenset("0123456789+-‐‑‒–—−xX*")
# Characters kept either side of a break: a cue word and label before, the rest after.
BEFORE, AFTER = 64, 24


class Joined(NamedTuple):
    piece: str  # the text around the break, the break taken out
    offset: int  # where the piece starts in the text
    joint: int  # where the break stood in the piece
    removed: int  # how many characters the break was

    def origin(self, at: int) -> int:
        """The text's offset of the piece's offset `at` (an end at the joint stays before)."""
        return self.offset + at + (self.removed if at > self.joint else 0)


def joins(text: str) -> Iterator[Joined]:
    """Each line break with a number's end before it and a number's start after it."""
    at = text.find("\n")
    while at != -1:
        brk = _BREAK.match(text, _blank_start(text, at))
        if brk is not None and _numeric_edges(text, brk.start(), brk.end()):
            lo, hi = max(0, brk.start() - BEFORE), brk.end() + AFTER
            yield Joined(text[lo : brk.start()] + text[brk.end() : hi], lo,
                         brk.start() - lo, brk.end() - brk.start())
        at = text.find("\n", at + 1)


def _blank_start(text: str, newline: int) -> int:
    """Where the blanks before a line break start."""
    start = newline
    while start > 0 and text[start - 1] in " \t\r":
        start -= 1
    return start


def _numeric_edges(text: str, start: int, end: int) -> bool:
    return start > 0 and end < len(text) and text[start - 1] in _ENDS_NUMBER and (
        text[end] in _STARTS_NUMBER)


def across(joined: Joined, matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The matches (in the piece) that have characters on both sides of the break."""
    return (m for m in matches if m.start() < joined.joint < m.end())
