"""Personnummer as pasted text leaves them where numberviews' shapes do not reach.

A PDF's broken spacing puts a blank anywhere in the date (`197504 11-1845`, `750 411-1845`),
a CSV export runs a cell onto the comma after a name (`Mikael Jonsson,7003 02-2832,…`,
`…,19971126_8103,…`), and a form's colon parts a number whose last four digits read as a time
of day (`770203:1951`). Each is handed on rewritten as `YYMMDD-NNNN` for the identity-number
recognizer to judge; it reads these views asking for a right check digit or a cue, as it does
for OCR slips. A colon's tail that is a time needs more: the check digit binding a birth ten
years back or more, or a cue (`20261128:1430` is a date and a time), and two times of day
parted by a dash are a span of hours (`Öppet 2024 0830-1600`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Final

from mailgate.scan.clock import today
from mailgate.scan.recognizers.digitlead import led
from mailgate.scan.recognizers.idcued import id_cued
from mailgate.scan.recognizers.luhn import luhn_ok
from mailgate.scan.recognizers.reread import AFTER, BEFORE, View

# Six or eight digits with at most one blank among them, a dash, a form's mark or a doubled
# dash, and four digits maybe in pairs; nothing glued after (a decimal's comma neither).
_PASTED: Final = led(
    r"(?P<head>\d[\d ]{4,8}\d)(?P<sep>[~_:]|--|[ \t]?[-–][ \t]?)(?P<tail>\d\d ?\d\d)"
    r"(?![\w]|[.,]\d)")
_GLUED_BEFORE: Final = frozenset(".,+/‐‑‒–—−-")  # a longer number's marks
_CLOCK: Final = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_ADULT_YEARS: Final = 10


def pasted(text: str) -> Iterator[View]:
    """Each number in one of the pasted shapes above, rewritten as `YYMMDD-NNNN` (or with its
    century) in a view of the text."""
    for run in _PASTED.finditer(text):
        head, sep, tail = run.group("head"), run.group("sep"), run.group("tail")
        digits = head.replace(" ", "")
        if len(digits) not in (6, 8) or head.count(" ") > 1 or not _free_before(text, run):
            continue
        plain = " " not in head and " " not in tail and sep.strip() in ("-", "–")
        if plain and text[run.start() - 1 : run.start()] != ",":
            continue  # 780412-1234 as typed: the recognizer's own patterns read it
        if head[-5:-4] == " " and _CLOCK.fullmatch(head[-4:]) and _CLOCK.fullmatch(
                tail.replace(" ", "")):
            continue  # Öppet 2024 0830-1600: a span of hours
        if sep == ":" and _CLOCK.fullmatch(tail) and not (
                an_adults(digits, tail) or id_cued(text, run.start())):
            continue  # 20261128:1430, a date and a time
        number = digits + "-" + tail.replace(" ", "")
        lo, hi = max(0, run.start() - BEFORE), run.end() + AFTER
        piece = text[lo : run.start()] + number + text[run.end() : hi]
        yield View(piece, lo, run.start() - lo + 1, run.end() - run.start() - len(number),
                   len(number))


def _free_before(text: str, run: re.Match[str]) -> bool:
    """Nothing of a longer number or word before: a blank, a bracket, a line's start, or a
    CSV cell's comma after a letter (`Jonsson,7003 …`; `1,7003` is a decimal's)."""
    at = run.start()
    if at == 0:
        return True
    before = text[at - 1]
    if before == ",":
        return at >= 2 and text[at - 2].isalpha()
    return not (before.isalnum() or before == "_" or before in _GLUED_BEFORE)


def an_adults(digits: str, tail: str) -> bool:
    """The check digit binds a birth date ten years back or more."""
    ten = digits[-6:] + tail
    if not luhn_ok(ten):
        return False
    yy, mm, dd = int(ten[:2]), int(ten[2:4]), int(ten[4:6])
    now = today()
    year = int(digits[:2]) * 100 + yy if len(digits) == 8 else (now.year // 100) * 100 + yy
    if len(digits) == 6 and year > now.year:
        year -= 100
    try:
        born = dt.date(year, mm, dd - 60 if dd > 60 else dd)
    except ValueError:
        return False
    return born.year <= now.year - _ADULT_YEARS
