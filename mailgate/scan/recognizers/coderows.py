"""Runs of digit groups that are a code's row, not a telephone number, though a number's
digits stand in them: a weather report's five-digit groups, an IMEI's or an OCR reference's
groups read out of a longer row, a parcel's or a ticket's row of four-digit groups."""

from __future__ import annotations

import re
from typing import Final

_FIVES: Final = re.compile(r"\d{5}(?: \d{5})+")
_FIVE_AFTER: Final = re.compile(r" \d{5}(?!\d)")
_FIVE_BEFORE: Final = re.compile(r"(?<!\d)\d{5} ")


# A group of digits right before a number, one blank between (not a list's `3.`, `1,`).
_GROUP_BEFORE: Final = re.compile(r"(?<![\d,.])\d{1,4} \Z")
_GROUP_AFTER: Final = re.compile(r" \d")


def among_code_groups(raw: str, text: str, start: int, end: int) -> bool:
    """`AAXX 02061 02196 41558`: five-digit groups in a longer row are a code (a weather
    report's, a form's), not a phone number split so."""
    if _FIVES.fullmatch(raw.strip()) is None:
        return False
    return raw.count(" ") >= 2 or _FIVE_AFTER.match(text, end) is not None or _FIVE_BEFORE.match(
        text, max(0, start - 6), start) is not None


def inside_a_digit_row(raw: str, text: str, start: int, end: int) -> bool:
    """Digits read out of a longer row of groups: an IMEI's `35 281 004 719 220 6`, an OCR
    reference's `4471 0092 3317 2`. A group glued before by one blank, and one after or an
    international `00` that no number after a group opens with."""
    if _GROUP_BEFORE.search(text, max(0, start - 6), start) is None:
        return False
    return raw.startswith("00") or _GROUP_AFTER.match(text, end) is not None or (
        _FOURS.fullmatch(raw) is not None and _FOUR_BEFORE.search(
            text, max(0, start - 6), start) is not None)  # a ticket's `7401 0606 2211`


# A row of four-digit groups (a ticket's, a card's, a receipt's): no Swedish number is
# written as two such groups after a third.
_FOURS: Final = re.compile(r"\d{4} \d{4}")
_FOUR_BEFORE: Final = re.compile(r"(?<![\d,.])\d{4} \Z")


# A run ending in three four-digit groups: a parcel's, a ticket's, a card's row (`00370 7340
# 1022 9811`). With more digits than any telephone number has, its head, though valid as a
# number from abroad, is the code's first groups: a list of numbers goes on with a number's
# own groups, not such a row.
_FOUR_ROW: Final = re.compile(r"(?:[ \t]\d{4}){3}\Z")


def ends_in_a_four_row(raw: str) -> bool:
    return _FOUR_ROW.search(raw) is not None
