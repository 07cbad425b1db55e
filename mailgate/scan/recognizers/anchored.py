"""Patterns that start at a word of letters yet hold a digit a few characters on: found from
the digit back.

A plate (`ABC 123`) or an IBAN (`SE45 …`) starts with letters, so `re` tries it at nearly
every letter of a text, case folded at each when the pattern ignores case: a tenth of a
report's regex time went to two such patterns. Digits are rare in prose. `candidates` is
searched instead: a digit, and before it, in lookbehinds, the letters the pattern starts
with; its last matched group begins where the pattern may start, and the pattern decides
there with `match()`. The matches are the pattern's own (`match.re` is it), in the order
`finditer` gives. tests/scan/test_leading.py compares each with the pattern alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final


class Anchored:
    """`pattern`, tried only where a match of `candidates` says one may start.

    Every match of `pattern` must start where a match of `candidates` has its last group
    begin, and no two candidates may name one start (the test checks both on the corpora)."""

    def __init__(self, pattern: re.Pattern[str], candidates: str) -> None:
        self.pattern = pattern
        self.candidates = re.compile(candidates, pattern.flags)
        ANCHORED.append(self)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        match, pos = self.pattern.match, 0
        for candidate in self.candidates.finditer(text):
            at = candidate.start(candidate.lastindex or 0)
            if at < pos:
                continue
            found = match(text, at)
            if found is not None:
                yield found
                pos = max(found.end(), at + 1)


ANCHORED: Final[list[Anchored]] = []
