"""The written shapes of a personnummer or samordningsnummer: the regexes idnumber.py judges
the matches of (ten or twelve digits, the date written with separators, the last four
hidden), and where a match of each can start, found once per text."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.digitlead import led
from mailgate.scan.recognizers.pairedstarts import PairedStarts

# Dashes people type, and those word processors put in their place.
DASHES: Final = "‐‑‒–—−-"  # "-" last: no range in [...]
# No digit or letter may touch either end, so parts of longer numbers never match; a
# word, bracket, slash or underscore may (`Erik/850312-2345`, `Pnr.850312-2345`, a file's
# `intyg_850312-2345.pdf`), a number may not (`2024/850312`, `1.850312`).
_BEFORE: Final = r"(?<![^\W_])(?<!\+)(?<!\d[.,/" + DASHES + "])"
# A comma and a decimal's one or two digits end an amount (`8503122345,50`); a CSV row's
# next cell may start with digits (`…,196608063028,2026-01-02`).
_AFTER: Final = r"(?![\d]|\.\d|,\d{1,2}(?!\d)|[/" + DASHES + r"]\d)"
# The last four hidden: 470812-XXXX, 19470812-****, 470812-12xx, 470812XXXX.
_HIDDEN: Final = r"(?:[xX*]{2}|\d\d)[xX*]{2}(?![\w*])"
# Blanks round a dash: typed, a web page's no-break, a PDF's figure, thin, narrow no-break.
BLANKS: Final = " \t\xa0\u2007\u2009\u202f"
# YYMMDD or YYYYMMDD, then a dash, `+`, a dot, a middle dot (a form's or an OCR's `·`) or
# slash, a space, a line break or nothing,
# then four digits; typists and OCR put spaces around the dash (19780412 - 1234), an HTML
# mail no-break spaces (`&nbsp;-&nbsp;`), a PDF thin ones.
PATTERN: Final = re.compile(
    _BEFORE + r"(?P<century>18|19|20)?(?P<date>\d{6})"
    r"(?:[" + BLANKS + r"]{0,2}(?P<sep>[+" + DASHES + r"])\s{0,2}|(?P<dot>[./\u00b7])"
    r"|(?P<space>\s))?"
    r"(?P<loose>(?!x)x)?(?P<tail>\d{4})" + _AFTER
)
# YYYY-MM-DD-XXXX, YYYY MM DD-XXXX, 78.04.12-XXXX, 78/04/12-XXXX: the date written with
# separators, then a dash, or (`loose`) the date's own separator or a space: 78.04.12.XXXX,
# 78.04.12 XXXX; after a dash or slash date and a blank only after a cue (`personnummer
# 1979-02-26 0095`), never 2024-03-15 1430 (a date and a time). Then four digits or a hidden tail.
DASHED: Final = re.compile(
    _BEFORE + r"(?P<century>18|19|20)?(?P<date>\d{2}(?P<ds>[-. /])\d{2}(?P=ds)\d{2})"
    r"(?:[ \t]?(?P<sep>[+" + DASHES + r"])[ \t]?|(?P<loose>(?P=ds)|[ \t]))"
    r"(?P<dot>(?!x)x)?(?P<space>(?!x)x)?(?P<tail>\d{4}" + _AFTER + "|" + _HIDDEN + ")"
)
# 470812-XXXX, 19470812 ****, 470812XXXX: the private digits hidden, the birth date there.
HIDDEN_TAIL: Final = re.compile(
    _BEFORE + r"(?P<century>18|19|20)?(?P<date>\d{6})"
    r"(?:[ \t]?(?P<sep>[+" + DASHES + r"])[ \t]?|[ \t]?)"
    r"(?P<dot>(?!x)x)?(?P<space>(?!x)x)?(?P<loose>(?!x)x)?(?P<tail>" + _HIDDEN + ")"
)
# Where a match of each can start (the digit read from a table, digitlead.py): six digits
# (PATTERN, nordic.RESERVE: the century is digits too); two, two more perhaps, a separator.
_GUARDS_BEHIND: Final = r"(?<![^\W_](?s:.))(?<!\+(?s:.))(?<!\d[.,/" + DASHES + r"](?s:.))"
SIX_DIGITS: Final = led(r"\d" + _GUARDS_BEHIND + r"\d{5}").pattern
DATE_PAIR: Final = led(r"\d" + _GUARDS_BEHIND + r"\d(?:\d\d)?[-. /]").pattern
# ... and as far as each must go on: a dense text has a six-digit run or a digit pair every
# few words (`850312-1234`, `070-123 45 67`), which PATTERN needs and the rarer shapes only
# start. Every prefix may be longer than a match needs; never shorter.
DATED_THEN_SEP = DATE_PAIR + r"\d\d[-. /]\d\d(?:[ \t]?[+" + DASHES + r"]|[-. /\t])"  # 85.03.12.
# Found once per text for every pattern starting there, with DASHED's places in one scan.
SIX: Final = PairedStarts(SIX_DIGITS, DATED_THEN_SEP, SIX_DIGITS[: -len(r"\d{5}")])
SIX_THEN_HIDDEN: Final = SIX_DIGITS + r"(?:\d\d)?[ \t]?[+" + DASHES + r"]?[ \t]?\d{0,2}[xX*]"  # -XX
