"""More of Europe's plates, near a vehicle or country word as plate.py asks of the neighbours'
shapes: Latvia's `KR-4821`, Belgium's `1-KTR-482`, Czechia's `5A2 4821`; and a shape the
neighbours' pattern takes that no plate is written as (`FH16 750`, a truck's model and power)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from mailgate.scan.numbercues import ID_NEGATIVE_CUES, PLATE_CUES
from mailgate.scan.recognizers.base import Hit, has_cue, words_before

# Led by a digit, so `re` skips to digits before any lookbehind: Latvia's two letters and a
# dash before four digits (the match opens at its first digit), Belgium's digit, three
# letters and three digits apart by dashes, Czechia's digit, letter, digit and four digits.
MORE_SHAPES: Final = re.compile(
    r"\d(?:(?<=(?<![\w-])[A-Z]{2}-\d)\d{3}"
    r"|(?<=(?<![\w-])\d)(?:-[A-Z]{3}-\d{3}|[A-Z]\d ?\d{4}))(?![\w-]|[.,/]\d)")
_LETTERS_FIRST: Final = 3  # `KR-` before the match's first digit

# Denmark's `AB 12 345` is written with both blanks or none; letters typed onto the first
# digits and a blank before the rest is a model and a figure (`Volvo FH16 750`).
_SPLIT_UNLIKE_A_PLATE: Final = re.compile(r"[A-Z]{2}\d{2} \d{3}")


def unlike_a_plate(shape: str) -> bool:
    return _SPLIT_UNLIKE_A_PLATE.fullmatch(shape) is not None


Asked = Callable[[str, int], bool]  # plate.py's questions about a place in the text


def more_shapes(match: re.Match[str], text: str, cued_after: Asked, code_before: Asked
                ) -> Hit | None:
    """A plate when a vehicle or country word stands among the eight words before it, or
    in its clause after it (`cued_after`), and no case's or code's label right before it
    (`code_before`: `Bokningskod KR-4821`)."""
    start = match.start()
    if text[start - 1 : start] == "-":
        start -= _LETTERS_FIRST  # Latvia's: its letters stand before the match
    before = words_before(text, start, 60)
    if code_before(text, start) or has_cue(before, ID_NEGATIVE_CUES, last=2):
        return None
    if has_cue(before, PLATE_CUES, last=8) or cued_after(text, match.end()):
        return Hit(start, match.end(), 0.8)
    return None
