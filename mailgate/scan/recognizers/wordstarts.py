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
from itertools import accumulate
from typing import Final

_WORD: Final = re.compile(r"(\w+)")  # a group: re.split keeps the words
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
        # The words' starts from re.split's parts and their lengths summed (in C), not from a
        # match object per word; each start's pair's bits read from those of the pairs met
        # before (a text's pairs were mostly met in texts before), spread in one loop.
        parts = _WORD.split(text)  # between, word, between, ..., between
        masks = _masks
        for at in list(accumulate(map(len, parts)))[:-1:2]:  # each word's: what precedes it
            pair = text[at : at + 2]
            mask = masks.get(pair)
            if mask is None:  # a pair new to the process (another thread may clear _masks:
                mask = _mask(pair)  # the mask made is used, not read back)
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
