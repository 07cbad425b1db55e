"""Telephone numbers: Swedish (mobiles, landlines, switchboards) and international.

phonenumbers.PhoneNumberMatcher costs ~9 ms per 2 KB, so we find digit runs with a cheap
regex and ask phonenumbers only whether each run, or its longest valid prefix, is a number.
"""

from __future__ import annotations

import re

import phonenumbers

from mailgate.scan.cues import NUMBER_LABELS, PHONE_CUES
from mailgate.scan.recognizers import national
from mailgate.scan.recognizers.base import Hit, RegexRecognizer, has_cue, words_before
from mailgate.scan.recognizers.idnumber import PATTERN as ID_PATTERN

# Digit groups joined by a space, dash, dot or slash, with an optional +46 / 0046 / (0).
CANDIDATE = re.compile(
    r"(?<![\w+.,/-])(?:(?:\+|00)\d{1,3}[\s-]?(?:\(0\)\s?)?)?"
    r"\(?\d{1,12}\)?(?:(?:\s?[-./]\s?|\s)\(?\d{1,10}\)?){0,6}(?![\w])"
)
GROUP = re.compile(r"\(?\d+\)?")
# Shapes that are dates, times or personnummer, never telephone numbers.
NOT_PHONE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}[./]\d{2}[./]\d{2}"
    r"|(?:19|20)?\d{6}[-+]\d{4}|\d{1,2}[.:]\d{2}(?:\s?[-–]\s?\d{1,2}[.:]\d{2})?)$"
)
MIN_DIGITS, MAX_DIGITS = 7, 15


def _digits(s: str) -> int:
    return sum(ch.isdigit() for ch in s)


def valid_prefix(candidate: str) -> str:
    """The longest prefix made of whole digit groups that is a valid number, or ''."""
    ends = [m.end() for m in GROUP.finditer(candidate)]
    for end in reversed(ends):
        head = candidate[:end]
        n = _digits(head)
        if n < MIN_DIGITS:
            break
        if n <= MAX_DIGITS and not NOT_PHONE.match(head.strip("()")) and _is_valid(head):
            return head
    return ""


def _inside_id_number(text: str, match: re.Match[str]) -> bool:
    """A personnummer written with its separator is never a phone number."""
    for m in ID_PATTERN.finditer(text, max(0, match.start() - 2), match.end() + 6):
        if m.group("sep") and m.start() < match.end() and match.start() < m.end():
            return True
    return False


def _is_valid(raw: str) -> bool:
    quick = national.valid(raw)  # 070-123 45 67: the same answer in a third of the time
    if quick is not None:
        return quick
    try:
        number = phonenumbers.parse(raw, "SE")
    except phonenumbers.NumberParseException:
        return False
    if phonenumbers.is_valid_number(number):
        return True
    # An explicit country code is a phone number even in ranges the metadata does not know.
    return raw.lstrip("(").startswith(("+", "00")) and bool(
        phonenumbers.is_possible_number(number))


class PhoneRecognizer(RegexRecognizer):
    ENTITY = "PHONE"
    PATTERNS = (CANDIDATE,)
    CONTEXT = ("telefon", "mobil", "tel", "ring", "sms", "växel", "phone")

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        if _digits(match.group()) < MIN_DIGITS or not match.group().startswith(("0", "+", "(")):
            return None  # Swedish numbers start with 0, others with + or 00
        number = valid_prefix(match.group())
        if not number:
            return None
        before = words_before(text, match.start())
        if has_cue(before, NUMBER_LABELS, last=2) or _inside_id_number(text, match):
            return None  # diarienummer 2021-1162, labnr 21-81863, (YYYYMMDD-NNNN)
        cued = has_cue(before, PHONE_CUES)
        return Hit(match.start(), match.start() + len(number), 0.9 if cued else 0.75)
