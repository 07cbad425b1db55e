"""Personnummer the phone recognizer must leave: shapes no telephone number is written in,
though their digits would make one (`050312-2345`, `080721/8158`, `08.11.10-8613`)."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.clock import today
from mailgate.scan.recognizers.idnumber import birth_date
from mailgate.scan.recognizers.idshapes import DASHED
from mailgate.scan.recognizers.idshapes import PATTERN as ID_PATTERN
from mailgate.scan.recognizers.luhn import luhn_ok

_SIX_DIGITS: Final = re.compile(r"\d{6}")
_NOT_DIGIT: Final = re.compile(r"\D")


def inside_id_number(text: str, match: re.Match[str], end: int | None = None) -> bool:
    """A personnummer written with its separator is never a phone number, nor one whose
    date is valid and whose last four digits stand apart (`050312 2345`): only mobile
    numbers are grouped six and four (`070174 0648`); nor one whose date is valid and whose
    last four follow a slash or dot (`080721/8158`): no number is written so. `end`: where
    the number found in the match ends; a personnummer after it in the same run of groups
    is the next item (`Mobil 070-174 06 72 / 910605-…`), not this number."""
    end = match.end() if end is None else end
    if a_dotted_personnummer(text, match.start(), end) or _paired_personnummer(
            text, match.start(), end):
        return True
    lo, hi = max(0, match.start() - 2), end + 6
    if _SIX_DIGITS.search(text, lo, hi) is None:
        return False  # a personnummer's date is six digits in a row: most numbers have none
    for m in ID_PATTERN.finditer(text, lo, hi):
        if not (m.start() < end and match.start() < m.end()):
            continue
        if m.group("sep") or (m.group("space") and not m.group("date").startswith("07") and (
                birth_date(m.group("century"), m.group("date"), False, today()))):
            return True
        if m.group("dot") and birth_date(m.group("century"), m.group("date"), False, today()):
            return True
    return False


def a_dotted_personnummer(text: str, start: int, end: int) -> bool:
    """`08.11.10-8613`, `03/11/25-9593`, `1980 08 21-7378`, `80 08 21-7378`: a birth date
    written with dots, slashes or (after its century or a pair no phone opens with) spaces,
    then a dash and four digits; and `040528-17 43`, a date then the tail in pairs. A
    Stockholm number is never written so."""
    paired = _PAIRED_TAIL.fullmatch(text, start, end)
    if paired and not paired.group(1).startswith("07") and birth_date(
            None, paired.group(1), False, today()):
        return True
    year = _YEAR_BEFORE.search(text, max(0, start - 5), start) or _PAIR_BEFORE.search(
        text, max(0, start - 4), start)  # 1980 08 21-…, 80 08 21-… (no phone opens 80)
    if "." not in text[start:end] and "/" not in text[start:end] and not year:
        return False
    for m in DASHED.finditer(text, year.start() if year else max(0, start - 2), end + 6):
        if m.start() < end and start < m.end() and (m.group("ds") in "./" or (
                m.group("ds") == " " and (m.group("century") or m.group("date")[0] != "0"))) and (
                m.group("sep")) and birth_date(
                m.group("century"), _NOT_DIGIT.sub("", m.group("date")), False, today()):
            return True
    return False


_PAIRED_TAIL: Final = re.compile(r"(\d{6})-\d\d \d\d")
_YEAR_BEFORE: Final = re.compile(r"(?<!\d)(?:19|20)\d\d $")


def _paired_personnummer(text: str, start: int, end: int) -> bool:
    """`Rosita Lindberg, 80 08 21 73 77`: a pair before four more makes ten digits in pairs
    whose date and check digit bind, a personnummer a page's columns parted; the phone's
    reading of the last four pairs (`08 21 73 77`) is none. A phone's pairs start with 0."""
    if text[start - 1 : start] != " " or not text[start - 3 : start - 1].isdigit():
        return False
    before = _PAIR_BEFORE.search(text, max(0, start - 4), start)
    pairs = _FOUR_PAIRS.match(text, start)
    if before is None or pairs is None:
        return False
    ten = before.group(1) + pairs.group().replace(" ", "")
    return birth_date(None, ten[:6], False, today()) is not None and luhn_ok(ten)


_PAIR_BEFORE: Final = re.compile(r"(?<![\d,.])([1-9]\d) $")
_FOUR_PAIRS: Final = re.compile(r"\d\d \d\d \d\d \d\d(?! ?\d)")
