"""Where a text's words start, sorted by the word lists whose patterns may match there: the
places a word list's prefilter is asked at, found with one scan of the text for every list.

A word list's prefilter (prefilter.py) begins with a class of most letters, so `re` tried it
at nearly every letter of a text, once per list: a twelfth of a report's scan. Its guard
refuses a word character before a match, so a match starts where a word does. The words are
found once per text; each word's first two characters say which lists' matches may begin
there (`PairTest`, one regex per list; the answers for all lists kept per pair, as bits: a
text's pairs were mostly met in texts before). A list's prefilter then decides at its places.
"""

from __future__ import annotations

import re
import threading
from typing import Final

_WORD: Final = re.compile(r"\w+")
_KNOWN_LIMIT: Final = 50_000  # pairs kept; a long-running worker meets new ones for ever
_TESTS: Final[list[re.Pattern[str]]] = []
_masks: dict[str, int] = {}  # a pair -> the bits of the lists whose matches may begin so


class PairTest:
    """A word list's test: `pairs` matches the two first characters (or the lone first one)
    its matches can begin with."""

    def __init__(self, pairs: re.Pattern[str]) -> None:
        self.pairs = pairs
        self.number = len(_TESTS)
        _TESTS.append(pairs)
        _masks.clear()  # the bits of every pair known so far lack this list's

    def positions(self, text: str) -> list[int]:
        """The starts of the words of `text` that may begin a match, in order."""
        return _places(text)[self.number]


class _Index(threading.local):
    """The places of each list in the text last asked about, in this thread."""

    text: str | None = None
    places: list[list[int]]

    def __init__(self) -> None:
        self.places = []


_index: Final = _Index()


def _places(text: str) -> list[list[int]]:
    index = _index
    if index.text is not text or len(index.places) != len(_TESTS):  # a list added since
        places: list[list[int]] = [[] for _ in _TESTS]
        masks = _masks
        for word in _WORD.finditer(text):
            at = word.start()
            pair = text[at : at + 2]
            mask = masks.get(pair)
            if mask is None:
                mask = _mask(pair)
            while mask:
                low = mask & -mask
                places[low.bit_length() - 1].append(at)
                mask ^= low
        index.text, index.places = text, places
    return index.places


def _mask(pair: str) -> int:
    if len(_masks) >= _KNOWN_LIMIT:
        _masks.clear()
    mask = _masks[pair] = sum(1 << n for n, test in enumerate(_TESTS) if test.match(pair))
    return mask
