"""Personal identity numbers that are not Swedish personnummer, and Swedish stand-ins.

Reporters meet people from the Nordic neighbours and Poland, and Swedish healthcare gives
people without a personnummer a reservnummer. Each number is checked as its country checks
it (a date, and a check digit where there is one); a number that fails its check is still
reported when its shape can only be an identity number or a cue word names it, at a lower
score, because a mistyped number still identifies (as in idnumber.py).

- Finnish henkilötunnus `DDMMYY-NNNC`: the century sign (`+` 1800s, `-` or `Y X W V U`
  1900s, `A B C D E F` 2000s) and a check character mod 31.
- Danish CPR `DDMMYY-NNNN`: a date, no check digit since 2007.
- Norwegian fødselsnummer and D-nummer: eleven digits, two check digits mod 11.
- Polish PESEL: eleven digits, the month carrying the century, a weighted check digit.
- Swedish reservnummer: the birth date and four characters with a letter (`19780412-R123`).
- Any number of eight or more characters after a cue naming an identity number
  (`reservnummer`, `CPR`, `cpr.nr.`, `PESEL`, `fødselsnummer` or its `fnr` and `fødselsnr`,
  `hetu` or its Finland-Swedish `personbeteckning`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Final

from mailgate.scan.clock import today
from mailgate.scan.recognizers.base import Hit, RegexRecognizer
from mailgate.scan.recognizers.idlabelled import labelled
from mailgate.scan.recognizers.idnumber import birth_date
from mailgate.scan.recognizers.idshapes import BLANKS, DASHES, SIX, SIX_DIGITS
from mailgate.scan.recognizers.leading import Prefiltered, fast

_BEFORE: Final = r"(?<![\w+])(?<!\d[.,/" + DASHES + "])"
_AFTER: Final = r"(?![\w]|[.,/" + DASHES + r"]\d)"

FINNISH: Final = fast(re.compile(
    _BEFORE + r"(?P<date>\d{6})(?P<sign>[-+A-FU-Y])(?P<serial>\d{3})(?P<check>[0-9A-Y])"
    + _AFTER
))
_FINNISH_CHECKS: Final = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_FINNISH_CENTURY: Final = {"+": 1800, "-": 1900, **dict.fromkeys("UVWXY", 1900),
                           **dict.fromkeys("ABCDEF", 2000)}
DANISH: Final = fast(re.compile(
    _BEFORE + r"(?P<date>\d{6})[" + BLANKS + r"]?[" + DASHES + r"][" + BLANKS + r"]?"
    r"(?P<tail>\d{4})" + _AFTER))
# Eleven digits, maybe a space or dash after the date (011299 12345, 011299-12345): two check
# digits (or one weighted) bind them, whatever stands between.
ELEVEN: Final = fast(re.compile(
    _BEFORE + r"(?P<date>\d{6})[" + BLANKS + r"]?[" + DASHES + r"]?[" + BLANKS + r"]?"
    r"(?P<tail>\d{5})" + _AFTER))
RESERVE: Final = re.compile(
    _BEFORE + r"(?P<century>18|19|20)?(?P<date>\d{6})[ \t]?[+" + DASHES + r"]?[ \t]?"
    r"(?P<tail>(?=[0-9A-Z]{4}(?![\w]))\d{0,3}[A-Z]\d{0,3})" + _AFTER
)
# A cue naming an identity number, then the number (letters allowed, up to three groups;
# a group after the first holds a digit: `fødselsnummer 270657 53850 nu`, not `… nu`). A
# Finland-Swede calls the hetu `personbeteckning`, a Dane writes `cpr.nr.`, a Norwegian
# `fødselsnr.`.
CUED: Final = re.compile(
    r"(?<![\w-])(?:reserv-?(?:nummer|numret|nr)|reservnumret|tillfälligt\s+personnummer"
    r"|f(?:ø|o|ö)dsels(?:nummer(?:et)?|nr)|f\.?nr|d-nummer|henkilötunnus|hetu"
    r"|cpr(?:[-.]?(?:nummer|nr))?|personbeteckning(?:en)?|sosiaaliturvatunnus"
    r"|pesel|personal\s+(?:id|identity|identification)\s+(?:number|code|no)"
    r"|national\s+id(?:entity)?\s+(?:number|no)|social\s+security\s+(?:number|no))"
    r"(?:\s*(?:nr|no|är|er|var|was|is|number)\.?)?[\s:.#=]{0,3}"
    r"(?P<id>[0-9A-Z][0-9A-Z]*(?:[ +" + DASHES + r"](?=[A-Z]*\d)[0-9A-Z]+){0,2})(?![\w])",
    re.IGNORECASE,
)

# Where RESERVE can start: six digits (eight with the century), a separator and a letter
# among the last four; six digits alone stand in every personnummer of a text.
_SIX_THEN_LETTER: Final = SIX_DIGITS + r"(?:\d\d)?[ \t]?[+" + DASHES + r"]?[ \t]?\d{0,3}[A-Z]"

SCORE_CHECKED: Final = 0.85  # the country's check digit passes
SCORE_SHAPE: Final = 0.5  # date-valid, only an identity number is written like this
SCORE_CUED: Final = 0.85


def _date(day: int, month: int, year: int, today: dt.date) -> bool:
    try:
        return dt.date(year, month, day) <= today
    except ValueError:
        return False


def _ddmmyy(digits: str, today: dt.date, century: int | None = None) -> bool:
    """DDMMYY is a past date (in the given century, else in either of the last two)."""
    day, month, yy = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False  # a date in no century: a Swedish number read as DDMMYY (850312) mostly
    centuries = (century,) if century else (2000, 1900)
    return any(_date(day, month, c + yy, today) for c in centuries)


def finnish_check(digits: str) -> str:
    return _FINNISH_CHECKS[int(digits) % 31]


def norwegian_ok(digits: str, today: dt.date) -> bool:
    """Two mod-11 check digits; a D-nummer adds 40 to the day, an H-nummer 40 to the month."""
    n = [int(c) for c in digits]
    for weights, at in (((3, 7, 6, 1, 8, 9, 4, 5, 2), 9), ((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), 10)):
        check = 11 - sum(w * d for w, d in zip(weights, n, strict=False)) % 11
        if (0 if check == 11 else check) != n[at]:
            return False
    day, month = int(digits[:2]) % 40, int(digits[2:4]) % 40
    return _ddmmyy(f"{day:02d}{month:02d}{digits[4:6]}", today)


def pesel_ok(digits: str, today: dt.date) -> bool:
    """A weighted check digit; months 21-32 are the 2000s, 81-92 the 1800s."""
    n = [int(c) for c in digits]
    total = sum(w * d for w, d in zip((1, 3, 7, 9, 1, 3, 7, 9, 1, 3), n, strict=False))
    if (10 - total % 10) % 10 != n[10]:
        return False
    month = int(digits[2:4])
    century = {0: 1900, 20: 2000, 80: 1800}.get(month // 20 * 20)
    if century is None:
        return False
    return _date(int(digits[4:6]), month % 20, century + int(digits[:2]), today)


def _swedish(date: str, today: dt.date, century: str | None = None) -> bool:
    return birth_date(century, date, False, today) is not None


class DayFirst:
    """FINNISH or DANISH tried only at the shared six-digit places (SIX) whose first digit
    may start a day: both judges refuse a date whose day (DDMMYY) is no day of any month,
    and an ASCII 4-9 starts none (every Swedish personnummer of 1940-99, YYMMDD, begins so:
    half the matches of a dense text). The hits are the pattern's at every other place.

    No six-digit place lies inside either's match (a digit, a sign, `+` or a dash after a
    digit stands before each inner digit; DANISH's tail of four is followed by no fifth),
    so a match not made moves no later place: `at < pos` never held for one."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        match, pos = self.pattern.match, 0
        for at in SIX.positions(text):
            if at < pos or text[at] in _NO_DAY:
                continue
            found = match(text, at)
            if found is not None:
                yield found
                pos = max(found.end(), at + 1)


_NO_DAY: Final = frozenset("456789")  # a day's first digit is 0-3


class NordicIdRecognizer(RegexRecognizer):
    ENTITY = "ID_NUMBER"
    # The first four start at six digits: their places are found once per text (SIX).
    PATTERNS = (DayFirst(FINNISH), DayFirst(DANISH),
                Prefiltered(ELEVEN, SIX_DIGITS, SIX), Prefiltered(RESERVE, _SIX_THEN_LETTER, SIX),
                CUED)

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        # The number's own check first: most matches (a Swedish personnummer in DANISH's
        # shape) fail it, and it is cheaper than reading the words before for a label.
        score = _JUDGES[match.re.pattern](match, today())
        if not score or (match.re is not CUED and labelled(text, match.start())):
            return None  # Dnr 311299-1234
        return Hit(match.start("id") if match.re is CUED else match.start(), match.end(), score)


def _finnish(match: re.Match[str], today: dt.date) -> float | None:
    sign, check = match.group("sign").upper(), match.group("check").upper()
    date, serial = match.group("date"), match.group("serial")
    if not _ddmmyy(date, today, _FINNISH_CENTURY[sign]):
        return None
    if finnish_check(date + serial) == check:
        return SCORE_CHECKED
    # 131052-3087 with a wrong last digit is the Danish shape, judged there.
    return SCORE_SHAPE if sign.isalpha() or check.isalpha() else None


def _danish(match: re.Match[str], today: dt.date) -> float | None:
    """DDMMYY-NNNN that is no Swedish date (the Swedish recognizer has those)."""
    date = match.group("date")
    if _swedish(date, today) or not _ddmmyy(date, today):
        return None
    return SCORE_SHAPE


def _eleven(match: re.Match[str], today: dt.date) -> float | None:
    digits = match.group("date") + match.group("tail")
    if norwegian_ok(digits, today) or pesel_ok(digits, today):
        return SCORE_CHECKED
    return None


def _reserve(match: re.Match[str], today: dt.date) -> float | None:
    return SCORE_SHAPE if _swedish(match.group("date"), today, match.group("century")) else None


def _cued(match: re.Match[str], today: dt.date) -> float | None:
    number = match.group("id")
    alnum = sum(c.isalnum() for c in number)
    digits = sum(c.isdigit() for c in number)
    return SCORE_CUED if 8 <= alnum <= 14 and digits >= 6 else None


_JUDGES: Final = {FINNISH.pattern: _finnish, DANISH.pattern: _danish, ELEVEN.pattern: _eleven,
                  RESERVE.pattern: _reserve, CUED.pattern: _cued}
