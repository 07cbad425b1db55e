"""Personnummer whose date a writer grouped as no form does: `1957-0914-…` (year apart from
month and day), `5709-14-…`, `57-09-14-…`, `1957 0914 …` (a card's fours), the
date's pieces parted by dashes, dots or blanks and the last four after one more of them.

Each is handed on as `CCYYMMDD-NNNN` (or `YYMMDD-NNNN`) for the identity-number recognizer to
judge, but only when a reader would take it for one: after an identity cue (`pnr
9711-11-…`), or with its check digit binding a birth ten years back or more and no other
number's label before (`Borgensman: Olof Rask, 1961-0513-…`; not `Ärendenummer
2026-0412-1234`, a case's date, nor `Tullid 2012 1130 4412`). Ten digits opening with 0 are
a phone's grouping as often (`0701-74 0633`) and need the cue, as does a date marked with
dashes or dots before a blank and four digits (`Inloggad 1978-04-12 1230`: a time or a count).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from mailgate.scan.numbercues import ID_NEGATIVE_CUES, NUMBER_LABELS
from mailgate.scan.recognizers.base import has_cue, words_before
from mailgate.scan.recognizers.digitlead import led
from mailgate.scan.recognizers.idcued import id_cued
from mailgate.scan.recognizers.pastedids import an_adults
from mailgate.scan.recognizers.reread import AFTER, BEFORE, View

# The date in two to four groups of even length (the first holds the century or year), then
# the last four; nothing of a longer number either side (checked again before, in code). A
# digit first, then what stands before it: `re` skips to digits.
_GROUPED: Final = led(
    r"\d(?<![\w.,+/](?s:.))\d(?:\d\d){0,3}(?:[-.– \u00a0]\d\d(?:\d\d){0,2}){1,3}[-.– \u00a0]\d{4}"
    r"(?![\w]|[-.,/– \u00a0]\d)")
_SEPARATORS: Final = re.compile("[-.– \u00a0]")
_LABELS: Final = ID_NEGATIVE_CUES | NUMBER_LABELS
_DATE_MARKS: Final = re.compile("[-.–]")  # a date written as dates are, when a blank follows
_NUMBER_BEFORE: Final = re.compile("\\d[-.– \u00a0]$")


def split_dates(text: str) -> Iterator[View]:
    """Each personnummer grouped as above, rewritten as typed in a view of the text."""
    for run in _GROUPED.finditer(text):
        number = run.group()
        groups = _SEPARATORS.split(number)
        digits = "".join(groups)
        if len(groups) < 3 or len(digits) not in (10, 12) or _NUMBER_BEFORE.search(
                text, max(0, run.start() - 2), run.start()):
            continue  # one separator: the recognizer's own patterns read it
        if len(digits) == 12 and digits[:2] not in ("19", "20"):
            continue
        dated_then_blank = number[-5] in " \u00a0" and _DATE_MARKS.search(number[:-5])
        if not (id_cued(text, run.start()) if dated_then_blank else _someones(
                text, run.start(), digits)):
            continue  # Inloggad 1978-04-12 1230: a date, then a time or a count, uncued
        typed = digits[:-4] + "-" + digits[-4:]
        lo, hi = max(0, run.start() - BEFORE), run.end() + AFTER
        piece = text[lo : run.start()] + typed + text[run.end() : hi]
        yield View(piece, lo, run.start() - lo + 1, len(number) - len(typed), len(typed))


def _someones(text: str, start: int, digits: str) -> bool:
    """Cued, or a bound adult's number that no other number's label claims."""
    if id_cued(text, start):
        return True
    if digits.startswith("0") or has_cue(words_before(text, start, 24), _LABELS, last=3):
        return False
    return an_adults(digits[:-4], digits[-4:])
