"""Whether a word ends in one of many endings, asked of every new word of a text.

`word.endswith(ENDINGS)` compares the word with each ending in turn: with 90 or 160 endings
that is most of what a street's, an institution's or a role's gate costs per word. Grouped
by their last two letters, a word is compared only with the few endings that share its own
(tests/scan/test_endings.py holds the answers to `str.endswith` over every ending's tail).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


class Endings:
    """A fixed set of endings; `of(word)` answers `word.endswith(endings)`."""

    def __init__(self, endings: Iterable[str]) -> None:
        self.endings = tuple(endings)
        groups: defaultdict[str, list[str]] = defaultdict(list)
        for ending in self.endings:
            if len(ending) >= 2:
                groups[ending[-2:]].append(ending)
        self.by_tail = {tail: tuple(group) for tail, group in groups.items()}
        self.short = tuple(e for e in self.endings if len(e) < 2)  # `s`, or none

    def of(self, word: str) -> bool:
        tails = self.by_tail.get(word[-2:])
        if tails is not None and word.endswith(tails):
            return True
        return bool(self.short) and word.endswith(self.short)
