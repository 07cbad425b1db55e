"""Plates whose digits come first: Estonia's `123 ABC`, Spain's `4821 BTN`, only
near a vehicle or country word, as the neighbours' shapes are (plate.py): three digits and
three capitals are as often an amount and its unit, currency or drug (`100 SEK`, `250 KWH`,
`100 XTC`)."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.numbercues import CURRENCIES, MAKES, NOT_PLATE_PREFIXES, PLATE_CUES, TRIMS
from mailgate.scan.recognizers.base import Hit, has_cue, words_before
from mailgate.scan.recognizers.leading import fast

# Three digits (Estonia) or four (Spain: 4821 BTN, 4821-BTN; not a year, `2019 GLS`). The
# first digit stands outside the branches, so `re` skips to digits (`(?<=1)9`: not 19..).
DIGITS_FIRST: Final = fast(re.compile(
    r"(?<![\w,.-])\d(?:\d{2} ?|(?!(?<=1)9|(?<=2)0)\d{3}[ -]?)(?P<letters>[A-Z]{3})(?![\w-])"))
# Units and counts in capitals after a number.
_UNITS: Final = frozenset({"MIN", "TKR", "MKR", "KWH", "MWH", "RPM", "BPM", "MHZ", "GHZ",
                           "KBS", "MBS", "DPI", "FPS", "CCM", "PCS", "STK", "MPH",
                           "KMH", "SQM", "UGS", "MGS", "MIL", "TIM", "SEC", "DAG"})


def digits_first(match: re.Match[str], text: str, cued_after: bool) -> Hit | None:
    """A plate near a vehicle or country word before it (or after it: `cued_after`), whose
    letters are no currency, unit or abbreviation."""
    letters = match.group("letters")
    if letters in CURRENCIES or letters in _UNITS or letters in TRIMS or (
            letters in NOT_PLATE_PREFIXES) or (
            letters.casefold() in lexicon.drugs()):
        return None  # `100 SEK`, `250 KWH`, `100 XTC i bilen`
    before = words_before(text, match.start(), 60)
    if before and before[-1] in MAKES:
        return None  # `Fiat 500 MUR 982`, `Volvo 240 GLT`: the make's model
    if has_cue(before, PLATE_CUES, last=8) or cued_after:
        return Hit(match.start(), match.end(), 0.8)
    return None
