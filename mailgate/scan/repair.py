"""Text that machines garbled on its way here, read as its writer typed it.

A mail exported from an old system keeps its HTML entities (`Bj&ouml;rn`), a migration reads
UTF-8 as Windows-1252 (`GÃ¶ran SÃ¶derstrÃ¶m`), OCR reads a name's O as a zero (`T0VE`,
`Engstr0m`). The scanner's word lists know none of those spellings, and spaCy cuts `&ouml;`
into three words. A text with such marks is scanned in a repaired copy and every finding is
placed back on the characters the text really has, so masking covers the garbled name.
A text without them is scanned as it is (one search of the text decides).
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from typing import Final

# An HTML entity by name or number; a character that UTF-8 encodes in two bytes, read back as
# two Windows-1252 characters (a lead byte C2-C5 shown as Â-Å, then a continuation byte
# 80-BF: the 32 Windows-1252 signs there, or Latin-1's 0xA0-0xBF); a zero OCR read between
# two letters (`T0VE`, `Engstr0m`; never beside a digit, so no number or code changes, and
# never between two hex digits' letters: `::b0b` ends an IPv6 address). Each way starts with its own
# character (`&`, `Â`-`Å`, `0`), so `re` skips to those: a look-behind first made it try
# every position.
_CONTINUATION: Final = "\u00a0-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030" \
    "\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161" \
    "\u203a\u0153\u017e\u0178"
# Between a number's digits: a dash or a no-break space as an entity (`780412&ndash;1239`,
# `070&nbsp;174`), as UTF-8 read as Windows-1252 (`780412â€“1239`, `Â\xa0`), or a character
# a word processor or web page put in that no one sees (soft hyphen, zero-width space).
# Each way opens with its own character and looks behind it for the digit, so `re` skips to
# those characters (a look-behind first would have it try every position).
_BETWEEN_DIGITS: Final = (
    r"(?P<sep>(?:&(?<=[\d-]&)(?:[A-Za-z]{3,6}|#[0-9]{2,4}|#[xX][0-9a-fA-F]{2,4});"
    r"|â(?<=[\d-]â)(?:€[‘’“”]|ˆ’)|Â(?<=[\d-]Â)\xa0"
    r"|[\u00ad\u200b-\u200d\u2060\ufeff](?<=[\d-].))(?=[\d-]))")
# Full-width digits and dash, as an East Asian keyboard types a number: `０７０－１７４`.
_WIDE: Final = "\uff0d\uff10-\uff19"
_MARKS: Final = re.compile(
    _BETWEEN_DIGITS + f"|(?P<wide>[{_WIDE}])|"
    r"&(?:[A-Za-z]{2,8}|#[0-9]{2,5}|#[xX][0-9a-fA-F]{2,4});"
    f"|[\u00c2-\u00c5][{_CONTINUATION}]"
    r"|0(?<=[^\W\d_]0)(?=[^\W\d_])(?<![a-fA-F]0(?=[a-fA-F]))")


# What any of `_MARKS` opens with, as one character class `re` skips to (the named groups of
# `_MARKS` keep it from skipping): most texts have none, and are not read further. The
# class leads, each way's rest after it: as four branches, not each led by a single
# character, `re` had tried them at every position of every text.
_OPENERS: Final = f"&\u00ad\u200b-\u200d\u2060\ufeff{_WIDE}"
_FIRST_OF_A_MARK: Final = re.compile(
    f"[{_OPENERS}â\u00c2-\u00c50](?:(?<=[{_OPENERS}])|(?<=â)[€ˆ]"
    f"|(?<=[\u00c2-\u00c5])[{_CONTINUATION}]"
    r"|(?<=[^\W\d_]0)(?=[^\W\d_]))")


class Repaired:
    """A repaired copy of a text and where each of its repairs stood in the original."""

    def __init__(self, text: str, cuts: list[tuple[int, int, int, int]]) -> None:
        self.text = text
        # (start, end) in the copy and (start, end) in the original, in order
        self.cuts = cuts
        self._starts = [cut[0] for cut in cuts]

    def start(self, at: int) -> int:
        """The original place of the copy's character `at` (a finding's start)."""
        i = bisect.bisect_right(self._starts, at) - 1
        if i < 0:
            return at
        _, end, old_start, old_end = self.cuts[i]
        return old_start if at < end else old_end + (at - end)

    def end(self, at: int) -> int:
        """The original place after the copy's character `at - 1` (a finding's end)."""
        i = bisect.bisect_right(self._starts, at - 1) - 1
        if i < 0:
            return at
        _, end, _, old_end = self.cuts[i]
        return old_end + (at - end) if at >= end else old_end


def repaired(text: str) -> Repaired | None:
    """The text as typed, or None when it has nothing to repair."""
    if _FIRST_OF_A_MARK.search(text) is None:
        return None
    out: list[str] = []
    cuts: list[tuple[int, int, int, int]] = []
    done = length = 0
    for match in _MARKS.finditer(text):
        kind = match.lastgroup
        fixed = (_separator(match.group()) if kind == "sep" else unicodedata.normalize(
            "NFKC", match.group()) if kind == "wide" else _fixed(
            match.group(), text[match.start() - 1]))
        if fixed is None:
            continue
        out.append(text[done : match.start()])
        length += match.start() - done
        cuts.append((length, length + len(fixed), match.start(), match.end()))
        out.append(fixed)
        length += len(fixed)
        done = match.end()
    if not cuts:
        return None
    out.append(text[done:])
    return Repaired("".join(out), cuts)


def _fixed(mark: str, before: str) -> str | None:
    """What a mark stood for, or None when it is no garbling (`&nbsp;` is a space, kept)."""
    if mark == "0":
        return "o" if before.islower() else "O"  # the letter before sets the case: T0VE, T0va
    if mark.startswith("&"):
        plain = html.unescape(mark)
        return plain if plain != mark and len(plain) == 1 and plain.isalpha() else (
            plain if plain in ("&", "@") else None)  # ida&#64;example.se: an address
    try:
        plain = mark.encode("cp1252").decode("utf-8")
    except UnicodeError:
        try:
            plain = mark.encode("latin-1").decode("utf-8")
        except UnicodeError:
            return None
    return plain if plain.isalpha() else None


_DASHES: Final = frozenset("‐‑‒–—−-")
_UNSEEN: Final = frozenset("\u200b\u200c\u200d\u2060\ufeff")


def _separator(mark: str) -> str | None:
    """What a mark between digits stood for: the dash, a space for a no-break space, a dash
    for a soft hyphen (where a dash was typed), nothing for a zero-width character."""
    if mark in _UNSEEN:
        return ""
    if mark == "\u00ad":
        return "-"
    plain = html.unescape(mark) if mark.startswith("&") else mark
    if plain.startswith(("â", "Â")):
        try:
            plain = plain.encode("cp1252").decode("utf-8")
        except UnicodeError:
            return None
    if plain in _DASHES:
        return plain
    return " " if plain == "\xa0" else None
