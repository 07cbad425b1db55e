"""Long texts scanned in overlapping pieces, with the findings of a whole scan.

Scanning a whole text at once holds every token of it in memory (1.5 GB for 10 MB), so a
text longer than `CORE + 2 * MARGIN` characters is cut into pieces. Each piece owns a core
(cut at a blank line, else a line end) and reads `MARGIN` characters of context on either
side, widened to whole lines; it keeps only the findings that start in its core. Every
recognizer looks at most a few words or a line around a match, far less than the margin, so
a finding and everything that decides it lie inside the piece that owns it.

Two facts come from the whole text (whole.py): whether ages are quasi-identifiers, known
before the first piece, and the name words found anywhere, known after the last. A piece
whose repeats would differ with the whole text's names is scanned once more with them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from mailgate.scan.finding import Finding
from mailgate.scan.recognizers.quasi import ages_matter, has_age
from mailgate.scan.whole import Whole

CORE: Final = 100_000  # characters a piece owns: per-piece memory is ~100 times this
MARGIN: Final = 2_000  # context read on each side; recognizers look at most a line around a match
LONG_LINE: Final = 2_000  # a margin is widened to a line end at most this far, else to a space

# A piece's text and Whole -> the findings that start in its core, placed in the whole
# text (Whole.offset): engine.analyze.
Analyze = Callable[[str, Whole], list[Finding]]


@dataclass(frozen=True)
class Piece:
    start: int  # what the piece reads
    end: int
    core_start: int  # what it owns
    core_end: int


def is_long(text: str, core: int = CORE, margin: int = MARGIN) -> bool:
    return len(text) > core + 2 * margin


def cut(text: str, core: int = CORE, margin: int = MARGIN) -> list[Piece]:
    """Pieces whose cores tile `text` in order; cores end at blank lines or line ends."""
    bounds = [0]
    while len(text) - bounds[-1] > core + core // 4:
        bounds.append(_boundary(text, bounds[-1] + core, core // 4))
    bounds.append(len(text))
    return [
        Piece(_widen_back(text, max(0, a - margin)), _widen_on(text, min(len(text), b + margin)),
              a, b)
        for a, b in itertools.pairwise(bounds)
    ]


def _boundary(text: str, pos: int, slack: int) -> int:
    """A cut at or before `pos` (no further back than `slack`): after a blank line, else
    after a line end, else after a space, else `pos` itself."""
    lo = pos - slack
    for sep in ("\n\n", "\n", " "):
        at = text.rfind(sep, lo, pos)
        if at != -1:
            return at + len(sep)
    return pos


def _widen_back(text: str, pos: int) -> int:
    """The start of the line holding `pos`, or of the word when the line is very long."""
    if pos == 0:
        return 0
    for sep in ("\n", " "):
        at = text.rfind(sep, max(0, pos - LONG_LINE), pos)
        if at != -1:
            return at + 1
    return pos


def _widen_on(text: str, pos: int) -> int:
    """The end of the line holding `pos` (after its newline), or of the word."""
    for sep in ("\n", " "):
        at = text.find(sep, pos, pos + LONG_LINE)
        if at != -1:
            return at + 1
    return min(len(text), pos)


def scan_long(text: str, analyze: Analyze, core: int = CORE, margin: int = MARGIN
              ) -> list[Finding]:
    """The findings of `analyze` over the whole text, computed piece by piece."""
    pieces = cut(text, core, margin)
    matter = has_age(text) and ages_matter(text)
    wholes = [Whole(_core_of(p), matter, offset=p.start, ends_text=p.end == len(text))
              for p in pieces]
    pairs = list(zip(pieces, wholes, strict=True))
    found = [analyze(text[p.start : p.end], w) for p, w in pairs]
    names = frozenset().union(*(w.names_in_core for w in wholes))
    for i, (p, w) in enumerate(pairs):
        if w.needs_rescan(names):
            again = Whole(_core_of(p), matter, names, p.start, p.end == len(text))
            found[i] = analyze(text[p.start : p.end], again)
    return [f for part in found for f in part]


def _core_of(p: Piece) -> tuple[int, int]:
    return (p.core_start - p.start, p.core_end - p.start)
