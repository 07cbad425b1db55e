"""More plate shapes, each near a vehicle word: Latvia's `KR-4821`, Belgium's `1-KTR-482`,
Czechia's `5A2 4821` (as plate.py asks of the neighbours' shapes, a vehicle or country word);
a Swedish plate whose last digits a witness did not see or a writer hid (`HBW 1**`, `KRT 49*`,
after a vehicle's or plate's word); and a shape the neighbours' pattern takes that no plate
is written as (`FH16 750`, a truck's model and power)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from mailgate.scan.numbercues import ID_NEGATIVE_CUES, PLATE_CUES, SWEDISH_PLATE_CUES
from mailgate.scan.recognizers.base import Hit, has_cue, words_before

# Led by a digit, so `re` skips to digits before any lookbehind: Latvia's two letters and a
# dash before four digits (the match opens at its first digit), Belgium's digit, three
# letters and three digits apart by dashes, Czechia's digit, letter, digit and four digits;
# a Swedish plate's letters and first digits, the rest stars (the match opens at a digit).
MORE_SHAPES: Final = re.compile(
    r"\d(?:(?<=(?<![\w-])[A-Z]{2}-\d)\d{3}"
    r"|(?<=(?<![\w-])\d)(?:-[A-Z]{3}-\d{3}|[A-Z]\d ?\d{4})"
    r"|(?<=(?<![\w-])[A-HJ-PR-UW-Z]{3} \d)(?:\*\*|\d\*))(?![\w*-]|[.,/]\d)")
_LETTERS_FIRST: Final = 3  # `KR-` before the match's first digit
_HIDDEN_FIRST: Final = 4  # `HBW ` before a hidden plate's first digit

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
    hidden = match.group().endswith("*")
    if text[start - 1 : start] == "-":
        start -= _LETTERS_FIRST  # Latvia's: its letters stand before the match
    elif hidden:
        start -= _HIDDEN_FIRST
    before = words_before(text, start, 60)
    if code_before(text, start) or has_cue(before, ID_NEGATIVE_CUES, last=2):
        return None
    cues, last = (SWEDISH_PLATE_CUES, 5) if hidden else (PLATE_CUES, 8)
    if has_cue(before, cues, last=last) or cued_after(text, match.end()):
        return Hit(start, match.end(), 0.8)
    return None
