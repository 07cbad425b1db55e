"""A neighbour's plate far down a list of plates whose cue stands before the list's first
item: `Norska bilar i kön: EL 12345, DN 48213, ZE 30418, EK 55123, SU 10427, BR 77312`.

plate.py asks for a vehicle's or country's word among the eight words before a neighbour's
plate (their shapes are as often codes); in a long list the later items have only plates
before them. Each item before is stepped over, back to the list's first, and the cue is
asked before that, in the first item's sentence (a list of flights opening a sentence after
a car's is not so cued: `Norsk bil EL 12345. Flyg SK 1425, …`; a heading's line may stand
above: `Utländska fordon⏎EL 12345, …`). Asked only for a foreign shape no word vouches for,
right after a list's separator, so ordinary text pays nothing.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.numbercues import PLATE_CUES
from mailgate.scan.recognizers.base import has_cue, words_before

# An item of the list right before, then its separator (a comma, `och`, a slash, an
# ampersand, a semicolon), ending where the next item starts: `DN 48213, `. A bracketed
# country may follow an item (`EL 12345 (N), `).
_ITEM_BEFORE: Final = re.compile(
    r"(?<![\w-])([A-ZÄÖÜ][A-ZÄÖÜ0-9 -]{1,10}\d[A-Z]{0,2})[ \t]*(?:\([^()\n]{1,12}\))?"
    r"[ \t]*(?:[,;/&]|och|and|og|und)[ \t]*$")
_LONGEST_ITEM: Final = 36  # an item, its bracket and its separator
_ITEMS: Final = 12  # stepped over at most


def first_of_the_list(text: str, start: int, shape: re.Pattern[str]) -> int:
    """Where the list of plates of `shape` that the item at `start` continues begins:
    `start` itself when no such item stands right before it."""
    at = start
    for _ in range(_ITEMS):
        before = _ITEM_BEFORE.search(text, max(0, at - _LONGEST_ITEM), at)
        if before is None:
            break
        item = shape.match(text, before.start(1))
        if item is None or item.end() != before.end(1):
            break
        at = before.start(1)
    return at


_SENTENCE_END: Final = re.compile(r"[.!?](?:\s|$)")


def cued_by_its_list(text: str, start: int, shape: re.Pattern[str]) -> bool:
    """A vehicle's or country's word among the eight words before the first item of the
    list of plates the item at `start` continues, in that item's sentence."""
    first = first_of_the_list(text, start, shape)
    if first == start:
        return False
    window = text[max(0, first - 60) : first]
    ends = list(_SENTENCE_END.finditer(window))
    window = window[ends[-1].end() :] if ends else window
    return has_cue(words_before(window, len(window), 60), PLATE_CUES, last=8)
