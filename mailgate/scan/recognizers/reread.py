"""Numbers written so that a pattern cannot read them as they stand, and views that can:

- a line break cuts the number anywhere (`pnr 197104` at the end of one line, `23-5566` at
  the start of the next), as mail clients wrap long lines and replies quote them (`> 23-…`);
- OCR read a digit as the letter like it (`7OO315-4O21`, `8504l2-1231`, `730S2S-1071`);
- the cue typed onto the number (`Pnr850412-1231`).

A view is a short piece of the text, the break taken out, the letters read as digits or a
space put after the cue; a recognizer runs its patterns on it and maps the matches that hold
(or, after a space put in, start at) the changed place back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Final, NamedTuple

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.digitlead import led

_BREAK: Final = re.compile(r"[ \t]*\r?\n[ \t>]*")
# A number's last character before the break and its first after it.
_ENDS_NUMBER: Final = frozenset("0123456789+-./‐‑‒–—−")
_STARTS_NUMBER: Final = frozenset("0123456789+-‐‑‒–—−xX*")
# Characters kept either side of the changed place: a cue word and label before, the rest after.
BEFORE, AFTER = 64, 24
# Letters OCR gives for digits, and the digits they stand for (a scan's capital S for 5, B for
# 8: `730S2S-1071`, `7B0412-…`).
_AS_DIGITS: Final = str.maketrans("OoIl|SB", "0011158")
# Such a letter touching a digit (found once per text: `o` and `l` are common, `l2` is not).
# An S or B only between a digit and a digit or dash (`730S2S-…`; a code's `B12`, `S2612` not).
_MISREAD: Final = re.compile(
    r"[OoIl|SB](?:(?<=\d[OoIl|])|(?<=[OoIl|])(?=\d)|(?<=\d[SB])(?=[\d-]))")
# The run of digits, misread letters and separators around one: the number to read again.
_RUN: Final = re.compile(r"[\dOoIl|SB+\-./ ‐‑‒–—−]*")


class View(NamedTuple):
    piece: str  # the text around the place, changed
    offset: int  # where the piece starts in the text
    place: int  # where the change stands in the piece
    removed: int  # how many characters the change took out there (-1: a space put in)
    whole: int = 0  # the rewritten number's length, when a match must hold all of it

    def origin(self, at: int) -> int:
        """The text's offset of the piece's offset `at` (an end at the place stays before)."""
        return self.offset + at + (self.removed if at > self.place else 0)

    def across(self, matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
        """The matches that hold the changed place (a break: characters on both sides)."""
        if self.whole:  # the number rewritten from its first character on, and only it
            first = self.place - 1
            return (m for m in matches if m.start() == first and m.end() == first + self.whole)
        if self.removed < 0:
            return (m for m in matches if m.start() == self.place + 1)
        if self.removed:
            return (m for m in matches if m.start() < self.place < m.end())
        return (m for m in matches if m.start() <= self.place < m.end())


def joins(text: str) -> Iterator[View]:
    """Each line break with a number's end before it and a number's start after it."""
    for newline in _MAY_JOIN.finditer(text):
        brk = _BREAK.match(text, _blank_start(text, newline.start()))
        if brk is not None and _numeric_edges(text, brk.start(), brk.end()):
            lo, hi = max(0, brk.start() - BEFORE), brk.end() + AFTER
            yield View(text[lo : brk.start()] + text[brk.end() : hi], lo,
                       brk.start() - lo, brk.end() - brk.start())


# The line breaks `joins` reads: a number's start after the break's blanks and `>`, and a
# number's end or a blank right before it (behind a blank `_BREAK` decides). Every other
# break fails `_numeric_edges`; found in C, not one by one (a dense text's lines end with a
# full stop, `_ENDS_NUMBER`, and start with a name).
_MAY_JOIN: Final = re.compile(
    r"\n(?=[ \t>]*[" + re.escape("".join(sorted(_STARTS_NUMBER))) + "])"
    r"(?:(?<=[" + re.escape("".join(sorted(_ENDS_NUMBER))) + r"]\n)|(?<=[ \t\r]\n))")


# A line break and the `>` a reply quotes a line with, before a number's next digits: a mail
# client wrapped a phone number (`070-174⏎> 06 99`), then quoted it. The break and marks are
# read as the space they replaced; a plain break is a separator the patterns take already.
_QUOTED_BREAK: Final = re.compile(r"\n[ \t]*(?:>[ \t]*)+(?=[\d(+])")


def quoted_breaks(text: str) -> Iterator[View]:
    """Each quoted line break between two digits, read as one space."""
    if ">" not in text:
        return
    for brk in _QUOTED_BREAK.finditer(text):
        start = _blank_start(text, brk.start())
        if start == 0 or not text[start - 1].isdigit():
            continue
        lo, hi = max(0, start - BEFORE), brk.end() + AFTER
        yield View(text[lo:start] + " " + text[brk.end() : hi], lo, start - lo,
                   brk.end() - start - 1)


def _blank_start(text: str, newline: int) -> int:
    """Where the blanks before a line break start."""
    start = newline
    while start > 0 and text[start - 1] in " \t\r":
        start -= 1
    return start


def _numeric_edges(text: str, start: int, end: int) -> bool:
    return start > 0 and end < len(text) and text[start - 1] in _ENDS_NUMBER and (
        text[end] in _STARTS_NUMBER)


def misreads(text: str) -> Iterator[View]:
    """Each run of digits with letters OCR misread among them, the letters read as digits."""
    done = -1
    for letter in _MISREAD.finditer(text):
        at = letter.start()
        if at < done:
            continue  # a run already read
        start, end = _run_start(text, at), _run_end(text, at)
        done = end
        lo, hi = max(0, start - BEFORE), end + AFTER
        run = text[start:end].translate(_AS_DIGITS)
        yield View(text[lo:start] + run + text[end:hi], lo, at - lo, 0)


def _run_end(text: str, at: int) -> int:
    run = _RUN.match(text, at)  # matches the letter at least
    end = run.end() if run is not None else at + 1
    while end > at + 1 and text[end - 1].isalpha() and end < len(text) and (
            text[end].isalpha()):
        end -= 1  # `… O6 ok`: the o starts a word, no digit
    return end


def _run_start(text: str, at: int) -> int:
    start = at
    while start > 0 and _RUN.fullmatch(text[start - 1]) and not (
            text[start - 1].isalpha() and start > 1 and text[start - 2].isalpha()):
        start -= 1  # not into a word: the l of `Tel O7O-…` ends one
    return start


# An identity number's cue typed onto its digits: `Pnr850412-1231`, `personnummer19850412-…`.
_GLUED_CUES: Final = frozenset({"pnr", "p-nr", "persnr", "personnr", "personnummer",
                                "samordningsnr", "samordningsnummer",
                                # a lab tube's or a form's `ID199303205865`
                                "id"})
# Written first-character-first (leading.py): `re` skips to a `p` or `s` before trying.
_GLUED_CUE: Final = re.compile(
    r"[psi](?<![\w](?s:.))(?:nr|-nr|ersnr|ersonn(?:r|ummer)|amordningsn(?:r|ummer)|d)(?=\d)",
    re.IGNORECASE)
# Found at the `r`s and `d`s of a text, rarer than its `p`s and `s`s, and with no look-behind
# to try.
_R_THEN_DIGIT: Final = re.compile(r"[rRdD](?=\d)")


def unglued(text: str) -> Iterator[View]:
    """Each cue typed onto a number, a space put between them."""
    if _R_THEN_DIGIT.search(text) is None:
        return  # every cue here ends in `r` or `d` (`nr`, `nummer`, `id`), typed onto a digit
    for cue in _GLUED_CUE.finditer(text):
        if cue.group().lower() not in _GLUED_CUES:
            continue  # snr, s-nr: no cue
        at = cue.end()
        lo, hi = max(0, at - BEFORE), at + AFTER
        yield View(text[lo:at] + " " + text[at:hi], lo, at - lo, -1)


# A personnummer with its dash typed right after a word, as a PDF or a table's export runs
# cells together (`Ida Sund780412-…`), or without its dash after a name's last letter
# (`Lina Berg7804121234`): found at the digit after the letter.
_LETTER_THEN_NUMBER: Final = led(
    r"\d(?<=[^\W\d_]\d)(?:(?=(?:\d{5}|\d{7})[-+]\d{4}(?!\d))"
    r"|(?<=[a-zåäö]\d)(?=(?:\d{9}|\d{11})(?![\d-])))", checked=True)
# A name's word before the dashless digits: a capital, then lower case (`Berg`, not `SKU` or
# `abc`), after a blank; an article's code seldom is one.
_NAME_BEFORE: Final = re.compile(r"(?<![^\s(,;:])[A-ZÅÄÖ][a-zåäöéü]{1,20}$")


def after_words(text: str) -> Iterator[View]:
    """Each dashed personnummer typed onto a word, and each dashless one typed onto a name,
    a space put between them (the reader asks for a right check digit or a cue: the word
    may be a code's)."""
    for digit in _LETTER_THEN_NUMBER.finditer(text):
        at = digit.start()
        if text[at + 6] not in "-+" and text[at + 8 : at + 9] not in ("-", "+") and (
                _NAME_BEFORE.search(text, max(0, at - 24), at) is None):
            continue
        lo, hi = max(0, at - BEFORE), at + AFTER
        yield View(text[lo:at] + " " + text[at:hi], lo, at - lo, -1)


def read_views(found: list[Hit], views: Iterable[View],
               read: Callable[[View], Iterable[Hit]]) -> list[Hit]:
    """The hits `read` finds in each view (in the view's offsets), placed in the text; none
    where a hit stands already (`850312-⏎2345` found whole, its break the separator)."""
    more: list[Hit] = []
    for view in views:
        for hit in read(view):
            start, end = view.origin(hit.start), view.origin(hit.end)
            if not any(h.start < end and start < h.end for h in found + more):
                more.append(Hit(start, end, hit.score))
    return more


_GOES_ON: Final = re.compile(r"[:.,]\d")  # digits after a hit's end: a time's, a decimal's


def widened(text: str, found: list[Hit], views: Iterable[View],
            read: Callable[[View], Iterable[Hit]]) -> list[Hit]:
    """`found` and the hits `read` finds in each view, placed in the text: where none stands,
    or in place of those it holds whole. A reply's quoting broke `08-465 004⏎> 12`, whose
    head alone is a Stockholm number too: the number read across the break is the one."""
    out = list(found)
    for view in views:
        for hit in read(view):
            start, end = view.origin(hit.start), view.origin(hit.end)
            near = [h for h in out if h.start < end and start < h.end]
            if near and _GOES_ON.match(text, end):
                continue  # `08-465 004⏎> 14:30`: the next line's time, no number's tail
            if all(start <= h.start and h.end <= end for h in near):
                score = max([hit.score, *(h.score for h in near)])
                out = [h for h in out if h not in near] + [Hit(start, end, score)]
    return out
