"""Patterns that cannot match without a needle: a rare character or word inside every match.

For patterns that start at any word (an e-mail's local part) but need a rare character or
word inside (`@`, `[at]`, `.com/`): a text without the needle is skipped. With `reach` (the
most characters a match holds before its needle), the pattern is searched only from `reach`
before each needle on: an e-mail's pattern starts at every word, its `@` is rare.
`GATED` keeps every one made; tests/scan/test_leading.py compares each with its pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final


class Gated:
    """A pattern that cannot match in a text without `needle`, written first-character-first
    (tests/scan/test_leading.py checks that it stands inside every match of the pattern)."""

    def __init__(self, pattern: re.Pattern[str], needle: str, reach: int | None = None
                 ) -> None:
        self.pattern = pattern
        self.needle = re.compile(needle)
        self.reach = reach
        GATED.append(self)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        needle = self.needle.search(text)
        if needle is None:
            return iter(())
        if self.reach is None:
            return self.pattern.finditer(text)
        return self._near_needles(text, needle.start(), self.reach)

    def _near_needles(self, text: str, first: int, reach: int) -> Iterator[re.Match[str]]:
        """finditer's matches: the next one starts at or after `pos` and holds a needle
        within `reach` of its start, so none starts before the next needle less `reach`."""
        search, needle, pos = self.pattern.search, self.needle.search, 0
        while (match := search(text, max(pos, first - reach))) is not None:
            yield match
            pos = match.end()  # never empty: every match holds its needle
            after = needle(text, pos)
            if after is None:
                return
            first = after.start()


GATED: Final[list[Gated]] = []
