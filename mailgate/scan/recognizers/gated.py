"""Patterns that cannot match without a needle: a rare character or word inside every match.

For patterns that start at any word (an e-mail's local part) but need a rare character or
word inside (`@`, `[at]`, `.com/`): a text without the needle is skipped. With `reach` (the
most characters a match holds before its needle), the pattern is searched only from `reach`
before each needle on: an e-mail's pattern starts at every word, its `@` is rare; with
`apart` (characters no match holds before its needle: a line break, a comma), only from
after the last of them there.
A needle that opens with plain words (`skola|gymnasi`, `(?:rue|quai) `) is first looked for
with `str.find` (`literal_words`), quicker than `re` trying each word's first letters.
`GATED` keeps every one made; tests/scan/test_leading.py compares each with its pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final


class Gated:
    """A pattern that cannot match in a text without `needle`, written first-character-first
    (tests/scan/test_leading.py checks that it stands inside every match of the pattern)."""

    def __init__(self, pattern: re.Pattern[str], needle: str, reach: int | None = None,
                 apart: str = "") -> None:
        self.pattern = pattern
        self.needle = re.compile(needle)
        self.reach = reach
        self.apart = apart
        # A needle led by plain words (`skola|gymnasi`, `(?:rue|quai)\s`): a text holding none
        # of them is skipped by `str.find`, which runs along a text many times quicker than
        # `re` trying the words' first letters (a lower-case one stands every few characters).
        self.words = literal_words(needle)
        GATED.append(self)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.words is not None and not any(word in text for word in self.words):
            return iter(())
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
        while (match := search(text, max(pos, self._after_apart(text, first, reach)))
               ) is not None:
            yield match
            pos = match.end()  # never empty: every match holds its needle
            after = needle(text, pos)
            if after is None:
                return
            first = after.start()

    def _after_apart(self, text: str, needle: int, reach: int) -> int:
        """Where a match holding the needle at `needle` (or a later one) may start: `reach`
        before it, and after the last character there that no match holds before its
        needle (str.rfind, quicker than `re` trying every word of the stretch)."""
        start = max(0, needle - reach)
        for character in self.apart:
            start = text.rfind(character, start, needle) + 1 or start
        return start


GATED: Final[list[Gated]] = []



_PLAIN: Final = re.compile(r"(?:[^\\\[\](){}.*+?^$|]|\\[.\-/])+")  # a word, `\.` allowed
_OPTIONAL_END: Final = re.compile(r"(?:\\.|[^\\])\?$")  # `Blvd\.?`: the dot may be missing


def literal_words(needle: str) -> tuple[str, ...] | None:
    """Words one of which every match of `needle` holds, when it opens with plain words
    joined by `|` (alone or as a group), case kept; else None."""
    source = needle
    if source.startswith("(?:"):
        end = source.find(")")
        if end < 0 or "(" in source[3:end]:
            return None
        source = source[3:end]
    elif "(" in source or ")" in source:
        return None
    words = [_OPTIONAL_END.sub("", word) for word in source.split("|")]
    if not all(_PLAIN.fullmatch(word) for word in words):
        return None
    return tuple(word.replace("\\", "") for word in words)
