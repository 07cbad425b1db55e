"""Two kinds of number starts found in one scan of a text, not in two.

ID_NUMBER's patterns start at six digits in a row (PATTERN, HIDDEN_TAIL and the Nordic
numbers share their places, idshapes.SIX) or at a date written with separators (DASHED:
`85.03.12-`, `1985-03-12 `). Both prefixes open with the same digit and the same guards
behind it, and `re` stops at every digit of a text to try either: a dense text is a third
digits. One pattern, the shared opening and then a look-ahead for the rest of each, stops
there once and tells which rest follows. The two never start at one place: six digits in a
row have a digit where a date's separator stands (its third or fifth character).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

from mailgate.scan.recognizers.leading import Starts


class PairedStarts(Starts):
    """`Starts` of `starts`, whose scan also finds the places of `other`; both begin with
    `lead`, a single character and zero-width guards (a match of either consumes no more
    than one character of the other's places: each place is found)."""

    def __init__(self, starts: str, other: str, lead: str) -> None:
        assert starts.startswith(lead) and other.startswith(lead)
        super().__init__(starts)
        self.other = re.compile(other)
        self._both = re.compile(lead + "(?:(?=" + starts[len(lead):] + ")|(?P<other>(?="
                                + other[len(lead):] + ")))")
        self._pair = threading.local()

    def positions(self, text: str) -> list[int]:
        return self._places(text)[0]

    def others(self, text: str) -> list[int]:
        """Every place `other` matches in `text`, in order."""
        return self._places(text)[1]

    def _places(self, text: str) -> tuple[list[int], list[int]]:
        pair = self._pair
        if getattr(pair, "text", None) is not text:
            first: list[int] = []
            second: list[int] = []
            for match in self._both.finditer(text):
                (first if match.lastindex is None else second).append(match.start())
            pair.places, pair.text = (first, second), text
        places: tuple[list[int], list[int]] = pair.places
        return places


class AtOthers:
    """A pattern tried only where its prefix, the `other` of `shared`, matches: the matches
    `Prefiltered(pattern, other).finditer` gives, from the places `shared` found."""

    def __init__(self, pattern: re.Pattern[str], shared: PairedStarts) -> None:
        self.pattern = pattern
        self.shared = shared

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        match, pos = self.pattern.match, 0
        for at in self.shared.others(text):
            if at < pos:
                continue  # inside the last match: Prefiltered's search looks on from its end
            found = match(text, at)
            if found is not None:
                yield found
                pos = max(found.end(), at + 1)
