"""Personnummer and samordningsnummer, in every written form, checked by date and Luhn.

A date-valid number is reported whatever its check digit and with no cue word: a mistyped
personnummer (birth date plus most digits) still identifies someone. The check digit only
sets the score. Diary, case, lab and organisation numbers are left alone by their label
(`dnr`, `labnr`, `org.nr`) or by their shape (organisationsnummer have month digits >= 20).
"""

from __future__ import annotations

import datetime as dt
import re

from mailgate.scan.cues import ID_CUES, ID_NEGATIVE_CUES, PHONE_CUES
from mailgate.scan.recognizers.base import Hit, RegexRecognizer, has_cue, words_before

# YYMMDD or YYYYMMDD, then `-`, `+`, a space or nothing, then four digits.
# No digit or letter may touch either end, so parts of longer numbers never match.
PATTERN = re.compile(
    r"(?<![\w+/.,-])(?P<century>18|19|20)?(?P<date>\d{6})"
    r"(?:\s?(?P<sep>[-+–])\s?|(?P<space>\s))?(?P<tail>\d{4})(?![\d]|[.,]\d|[-–/]\d)"
)
# YYYY-MM-DD-XXXX, a form some write; the same groups (`space` never takes part).
DASHED = re.compile(
    r"(?<![\w+/.,-])(?P<century>18|19|20)(?P<date>\d{2}-\d{2}-\d{2})(?P<sep>[-–])"
    r"(?P<space>(?!x)x)?(?P<tail>\d{4})(?![\d]|[.,]\d|[-–/]\d)"
)

# Scores of numbers whose check digit fails (engine.SCORE_THRESHOLD is 0.4).
SCORE_CUED_INVALID = 0.5  # pnr 850312-2345: any shape after a cue word
SCORE_MISTYPED = 0.5  # 19850312-2345, 850312-2345: date-valid, no cue
SCORE_MISTYPED_BARE = 0.45  # 8503122345: ten bare digits, also a phone number's shape


def luhn_ok(digits: str) -> bool:
    """The Luhn check over the ten digits YYMMDDNNNC."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def birth_date(century: str | None, yymmdd: str, plus: bool, today: dt.date) -> dt.date | None:
    """The date a number encodes, or None; samordningsnummer add 60 to the day."""
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    if dd > 60:
        dd -= 60
    if century:
        year = int(century) * 100 + yy
    else:
        year = (today.year // 100) * 100 + yy
        if year > today.year:
            year -= 100
        if plus:
            year -= 100
    try:
        born = dt.date(year, mm, dd)
    except ValueError:
        return None
    return born if born <= today else None


def _same_clause(text: str, start: int) -> list[str]:
    """The words before `start` back to a comma, semicolon or bracket: `Anmälan: en man,
    850101-4455` is no case number, `Dnr: 850101-4455` is."""
    window = text[max(0, start - 40) : start]
    cut = max(window.rfind(ch) for ch in ",;()[]\n")
    return words_before(window[cut + 1 :], len(window) - cut - 1)


class IdNumberRecognizer(RegexRecognizer):
    ENTITY = "ID_NUMBER"
    PATTERNS = (PATTERN, DASHED)
    CONTEXT = ("personnummer", "pnr", "samordningsnummer", "personal")

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        before = words_before(text, match.start())
        cued = has_cue(before, ID_CUES)
        if not cued and has_cue(_same_clause(text, match.start()), ID_NEGATIVE_CUES, last=3):
            return None
        date = match.group("date").replace("-", "")
        dated = birth_date(
            match.group("century"), date, match.group("sep") == "+", dt.date.today()
        ) is not None
        if dated and luhn_ok(date + match.group("tail")):
            return Hit(match.start(), match.end(), self._score(match, cued))
        if cued:
            return Hit(match.start(), match.end(), SCORE_CUED_INVALID)
        if not dated or has_cue(before, PHONE_CUES, last=2):
            return None
        return Hit(match.start(), match.end(), self._score_mistyped(match))

    @staticmethod
    def _score(match: re.Match[str], cued: bool) -> float:
        if cued or match.group("sep"):
            return 0.95
        # Ten bare digits may be a phone number (0701234567) that happens to pass Luhn.
        if match.group("century") is None and match.group("space") is None:
            return 0.6
        return 0.85

    @staticmethod
    def _score_mistyped(match: re.Match[str]) -> float:
        """A date-valid number whose check digit fails: above the threshold, below the rest.

        Ten bare digits score lowest, so a mobile number (0701234568, "born" 2007-01-23)
        read as a phone by the phone recognizer keeps its phone placeholder.
        """
        if match.group("sep") or match.group("century") or match.group("space"):
            return SCORE_MISTYPED
        return SCORE_MISTYPED_BARE
