"""Numbers as machines hand them on: spelled out by speech-to-text (`noll sju noll ett sju
fyra …`), spaced out letter by letter by a PDF's text layer (`0 7 0 - 1 7 4 0 6 1 7`), or
grouped as read aloud or as a page broke them (`95 12 23 10 60`, `7807 25-07 41`,
`020723~7355`). Each becomes a view (reread.py) with the number written as typed, which the
phone and identity-number patterns then read; a match must hold the whole number. And a
machine's date-time stamp in a personnummer's shape (`sid=20261206-2114`) is told apart.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from typing import Final

from mailgate.scan.clock import today
from mailgate.scan.numbercues import ID_NEGATIVE_CUES, NUMBER_LABELS
from mailgate.scan.recognizers.base import has_cue, words_before
from mailgate.scan.recognizers.digitlead import led
from mailgate.scan.recognizers.idcued import id_cued
from mailgate.scan.recognizers.lowered import lower_text
from mailgate.scan.recognizers.luhn import luhn_ok
from mailgate.scan.recognizers.reread import AFTER, BEFORE, View

_UNITS = {
    "noll": "0", "nolla": "0", "ett": "1", "en": "1", "etta": "1", "två": "2", "tvåa": "2",
    "tre": "3", "trea": "3", "fyra": "4", "fem": "5", "femma": "5",
    "sex": "6", "sexa": "6", "sju": "7", "sjua": "7", "åtta": "8", "nio": "9",
    "nia": "9",
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
_TEENS = {
    "tio": "10", "elva": "11", "tolv": "12", "tretton": "13", "fjorton": "14", "femton": "15",
    "sexton": "16", "sjutton": "17", "arton": "18", "nitton": "19",
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
}
_TENS = {
    "tjugo": "2", "trettio": "3", "fyrtio": "4", "femtio": "5", "sextio": "6", "sjuttio": "7",
    "åttio": "8", "nittio": "9",
    "twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6", "seventy": "7",
    "eighty": "8", "ninety": "9",
}
# Swedish writes a ten and its unit as one word (`sjuttioåtta`, `trettionio`), and so does
# speech-to-text: read as the pair of digits.
_COMPOUND_UNITS: Final = ("ett", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio")
_COMPOUNDS: Final = {tens + unit: _TENS[tens] + _UNITS[unit] for tens in _TENS
                     if tens.endswith("o") for unit in _COMPOUND_UNITS}
# A dash said between the date and the last four (`… tolv streck ett två tre nio`).
_SAID_DASHES: Final = ("streck", "bindestreck")
_WORD = "|".join(sorted({*_UNITS, *_TEENS, *_TENS, *_COMPOUNDS}, key=len, reverse=True))
# Seven spoken digits or more in a row (a phone's shortest), each word or a digit group,
# apart by spaces, commas or dashes, written or said: `noll sju noll, ett sju fyra …`, `noll
# sju noll 174 …`, `sjuttioåtta noll fyra tolv streck ett två …`.
_SAID = re.compile(
    r"(?<![\w])(?:(?:" + _WORD + r"|\d{1,4})"
    r"(?:[ ,]+|[ ]?[-–][ ]?|[ ](?:bindestreck|streck)[ ])){5,}(?:" + _WORD
    + r"|\d{1,4})(?![\w])", re.IGNORECASE)
_PIECE = re.compile(r"\d+|[^\W\d_]+")
_SPOKEN_MIN = 7  # digits a spoken run must give: no phone or personnummer has fewer
_WORDS_MIN = 3  # number words in it: digit groups alone are the phone's own patterns' work
# One pass finds each shape: digits apart by single spaces, a dash among them perhaps (a
# PDF's letter-spaced text); five or six pairs, the first not a 0 (95 12 23 10 60; a phone's
# pairs start 07); YYMM DD-NN NN and YY MM DD-NN NN (a page's columns through a personnummer,
# pairs read aloud); and a
# personnummer's dash as OCR or a form's field gives it (020723~7355, 020723_7355, 020723:7355,
# doubled:
# 020723--7355) or its tail split in pairs (020723-73 55, 020723 - 73 55, 020723-73-55); its
# dash said as a word and written so by speech-to-text (020723 streck 7355); the year
# apart from the rest (1999 0725-6565), or the tail in pairs with no dash (740920 51 71).
_APART = led(  # a digit first, then what stands before it: re skips to digits
    r"\d(?<![^\W_](?s:.))(?<![.,](?s:.))(?:(?P<spaced>(?:(?: [-–] | )\d){8,12})"
    r"|(?P<pairs>(?<=[1-9])\d(?: \d\d){4,5})|(?P<broken>(?:\d{3}|\d \d\d) \d\d[-–]\d\d ?\d\d)"
    r"|(?P<odd>(?:\d{2})?\d{5}(?:[~_:]|--)\d{4})"
    r"|(?P<split>(?:\d{2})?\d{5}[ \t]?[-–][ \t]?(?:\d\d[ -]\d\d|\d{3} \d|\d \d{3}))"
    r"|(?P<said>(?:\d{2})?\d{5} (?i:streck|bindestreck|dash|hyphen) \d{4})"
    r"|(?P<year>(?:(?<=1)9|(?<=2)0)\d\d \d{4}[ \t]?[-–+][ \t]?\d{4})"
    r"|(?P<tail>(?:\d{2})?\d{5} \d\d \d\d(?! \d))"
    r"|(?P<iso>(?:(?<=1)9|(?<=2)0)\d\d-[01]\d-\d\d[ \t]\d{4}))"
    r"(?![\w]|[.,]\d)")
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")  # a time of day after a colon
# Words a spoken number holds or starts with, and how far around one to look for the rest.
_SEEDS = ("noll", "zero", "nitton", "tjugo", " oh ")
_SEED_REACH = 160


@functools.lru_cache(maxsize=4)
def machined(text: str) -> tuple[View, ...]:
    """Every view of a number spoken, spaced, broken apart or in Arabic or Persian digits
    (found once per text: the phone and identity-number recognizers both ask)."""
    return (*said(text), *spaced(text), *eastern(text))


# Arabic-Indic and Persian digits (٠٧٠-١٧٤ ٠٦ ٩٧, ۰۷۰ ۱۷۴ ۰۶ ۳۱), one for one as ASCII digits.
_EASTERN_DIGITS: Final = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
_AS_ASCII: Final = str.maketrans(_EASTERN_DIGITS, "01234567890123456789")
_EASTERN: Final = re.compile("[" + _EASTERN_DIGITS + "][" + _EASTERN_DIGITS + r" \-+–]*")


def eastern(text: str) -> Iterator[View]:
    """Each run of Arabic-Indic or Persian digits, read as ASCII digits (the same length, so
    a match maps back as it stands)."""
    for run in _EASTERN.finditer(text):  # a character class: re skips in C
        lo, hi = max(0, run.start() - BEFORE), run.end() + AFTER
        piece = text[lo : run.start()] + run.group().translate(_AS_ASCII) + text[run.end() : hi]
        yield View(piece, lo, run.start() - lo, 0)


def said(text: str) -> Iterator[View]:
    """Each run of spoken digits, read as the digits. Only near a seed: a spoken phone
    number starts `noll`, a spoken personnummer most often holds one or starts with its
    century; a pass of the whole pattern over a dense text would cost a tenth of its scan."""
    lowered = lower_text(text)
    done = 0
    for at in sorted(a for seed in _SEEDS for a in _find_all(lowered, seed)):
        if at < done:
            continue
        for run in _SAID.finditer(text, max(done, at - _SEED_REACH), at + _SEED_REACH):
            done = max(done, run.end())
            if sum(not p.isdigit() for p in _PIECE.findall(run.group())) < _WORDS_MIN:
                continue
            digits = _digits_of(run.group())
            if digits is not None and len(digits) >= _SPOKEN_MIN:
                yield _view(text, run.start(), run.end(), digits)


def _find_all(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + 1)


def spaced(text: str) -> Iterator[View]:
    """Each number spaced, paired or broken apart, and each with an odd dash, as typed."""
    for run in _APART.finditer(text):
        number = run.group()
        if run.lastgroup == "odd":
            if _CLOCK.fullmatch(number[-4:]) and (number[-5] == ":" or (
                    number[-5] == "_" and text[run.start() - 1 : run.start()] == "_")):
                continue  # 20261128:1430, file_20260412_1430: a date and a time; not 700527:6147
            yield _view(text, run.start(), run.end(), number.rstrip("0123456789")[:-1].rstrip(
                "~_:-") + "-" + number[-4:])
        elif run.lastgroup == "split":  # 780412-12 39: the tail split as a pair of pairs
            head, tail = re.split(r"[ \t]?[-–][ \t]?", number, maxsplit=1)
            yield _view(text, run.start(), run.end(), head + "-" + tail.replace(" ", "").replace(
                "-", ""))
        elif run.lastgroup == "said":  # 780412 streck 1239: the dash said
            yield _view(text, run.start(), run.end(), number.split(" ")[0] + "-" + number[-4:])
        elif run.lastgroup in ("year", "tail", "iso") and not _regrouped(text, run):
            continue
        elif run.lastgroup == "iso":  # 1993-11-11 7338: a system's date, then the last four
            yield _view(text, run.start(), run.end(), number[:-5].replace("-", "") + "-"
                        + number[-4:])
        else:
            yield _view(text, run.start(), run.end(), number.replace(" ", ""))


# Two times of day after a year: `Öppet 2024 0830-1600` is opening hours.
_TIMES: Final = re.compile(r"\d{4} (?:[01]\d|2[0-3])[0-5]\d[-–+](?:[01]\d|2[0-3])[0-5]\d")


def _regrouped(text: str, run: re.Match[str]) -> bool:
    """A personnummer grouped otherwise (`1999 0725-6565`, `740920 51 71`): after an
    identity cue; the year apart also without one, unless the rest is a span of hours."""
    if id_cued(text, run.start()):
        return True
    if run.lastgroup == "year":
        return _TIMES.fullmatch(run.group()) is None
    before = words_before(text, run.start(), 24)
    if run.lastgroup == "iso":  # a log's date and time, a receipt's: only after `född`
        return has_cue(before, _BORN, last=1)
    # The tail in pairs with no cue (`740920 51 71`) when its check digit binds and no
    # other number's label stands before (`Kvitto 670279 43 29`); after a century, a cue
    # (`20230620 18 11` is as often a date and a time).
    digits = run.group().replace(" ", "")
    return len(digits) == 10 and luhn_ok(digits) and not has_cue(before, _LABELS, last=3)


_BORN: Final = frozenset({"född", "f", "born", "dob", "født"})
_LABELS: Final = ID_NEGATIVE_CUES | NUMBER_LABELS


def _digits_of(run: str) -> str | None:
    """The digits a run of number words and digit groups says: `sjuttio fyra` is 74."""
    out: list[str] = []
    tens: str | None = None
    for piece in _PIECE.findall(run.casefold()):
        if tens is not None:
            unit = _UNITS.get(piece, "0")
            out.append(tens + unit)  # sjuttio fyra: 74; tjugo, noll: 20, then the 0
            tens = None
            if unit != "0":
                continue
        if piece.isdigit():
            out.append(piece)
        elif piece in _COMPOUNDS:
            out.append(_COMPOUNDS[piece])
        elif piece in _SAID_DASHES:
            out.append("-")
        elif piece in _TENS:
            tens = _TENS[piece]
        elif piece in _TEENS:
            out.append(_TEENS[piece])
        elif piece in _UNITS:
            out.append(_UNITS[piece])
        else:
            return None
    if tens is not None:
        out.append(tens + "0")
    return "".join(out)


def _view(text: str, start: int, end: int, number: str) -> View:
    """`number` in place of text[start:end]: its first character kept, the change after it,
    so that a match holding the whole number maps back onto the whole run."""
    lo, hi = max(0, start - BEFORE), end + AFTER
    piece = text[lo:start] + number + text[end:hi]
    return View(piece, lo, start - lo + 1, (end - start) - len(number), len(number))


_STAMP_TIME: Final = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_STAMP_DAYS: Final = 400  # a stamp's date: this year's or last year's


def stamped(century: str | None, yymmdd: str, tail: str) -> bool:
    """The century, a date of the last year or so and a time of day (`sid=20261206-2114`,
    `backup_20261206-2114.tar`): a log's, link's or file's stamp, not a newborn's number.
    Asked only of a number whose check digit fails and that no cue names."""
    if not century or _STAMP_TIME.fullmatch(tail) is None:
        return False
    try:
        day = dt.date(int(century + yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6]))
    except ValueError:
        return False
    return 0 <= (today() - day).days <= _STAMP_DAYS
