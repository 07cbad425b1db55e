"""Telephone numbers: Swedish (mobiles, landlines, switchboards) and international.

phonenumbers.PhoneNumberMatcher costs ~9 ms per 2 KB, so we find digit runs with a cheap
regex and ask phonenumbers only whether each run, or its longest valid prefix, is a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

import phonenumbers

from mailgate.scan.numbercues import PHONE_CUES
from mailgate.scan.recognizers import national
from mailgate.scan.recognizers.base import Hit, RegexRecognizer, cue_within
from mailgate.scan.recognizers.candidates import (
    BODY,
    CANDIDATE,
    DASHES,
    GROUPED_MOBILE,
    NOT_PHONE,
    SPACES,
)
from mailgate.scan.recognizers.candidates import DASH as _DASH
from mailgate.scan.recognizers.coderows import (
    among_code_groups,
    ends_in_a_four_row,
    inside_a_digit_row,
)
from mailgate.scan.recognizers.csvcells import cells_after_numbers
from mailgate.scan.recognizers.deskphones import a_desks_line
from mailgate.scan.recognizers.gluedphone import glued
from mailgate.scan.recognizers.labelled import labels_this_number
from mailgate.scan.recognizers.numberviews import machined
from mailgate.scan.recognizers.orgbrackets import an_organisations_bracketed_line
from mailgate.scan.recognizers.orglines import a_units_landline, an_organisations_line
from mailgate.scan.recognizers.phoneabroad import ABROAD_DIGITS, abroad
from mailgate.scan.recognizers.phonecountry import in_named_country
from mailgate.scan.recognizers.phoneids import inside_id_number
from mailgate.scan.recognizers.reread import View, misreads, quoted_breaks, read_views, widened
from mailgate.scan.recognizers.service import an_organisations_number, premium

# phonenumbers passes each metadata pattern through re.compile (and its cache) on every
# check; with its own pattern cache on (a bounded set, the metadata's) a check is 1 µs less.
if hasattr(phonenumbers, "enable_pattern_cache"):  # phonenumbers 9 and later
    phonenumbers.enable_pattern_cache()

# The same without its look-behind, for a number listed right after another.
_LISTED: Final = re.compile(BODY)
# After + or 00 comes a country code, and none starts with 0: 0008095699 is no number.
_NO_COUNTRY: Final = re.compile(r"\(?(?:\+|00)[\s(]*0")
GROUP: Final = re.compile(r"\(?\d+\)?")
MIN_DIGITS, MAX_DIGITS = 7, 15


def _digits(s: str) -> int:
    return sum(map(str.isdigit, s))  # a generator expression took a tenth of PHONE


def valid_prefix(candidate: str, digits: int | None = None, shaped: bool = False) -> str:
    """The longest prefix made of whole digit groups that is a valid number, or ''.
    `digits`: the candidate's digit count, when the caller has counted them; `shaped`: the
    caller found the candidate (without brackets) no date, time or personnummer."""
    # Ending in a digit, the whole is the longest such prefix, and most often the number:
    # tried before the groups are found.
    whole = candidate[-1:].isdigit()
    if whole and _valid_head(candidate, digits, shaped):
        return candidate
    ends = [m.end() for m in GROUP.finditer(candidate)]
    for end in reversed(ends[:-1] if whole else ends):
        head = candidate[:end]
        if _digits(head) < MIN_DIGITS:
            break
        if _valid_head(head):
            return head
    return ""


def _valid_head(head: str, digits: int | None = None, shaped: bool = False) -> bool:
    count = _digits(head) if digits is None else digits
    return MIN_DIGITS <= count <= MAX_DIGITS and (shaped or not NOT_PHONE.match(
        head.strip("()"))) and _is_valid(head)


def _next_group(match: re.Match[str]) -> int:
    """Where the match's second digit group starts, or its end."""
    # As GROUP.finditer would give them: the first group whole (atomic: no digit given
    # back), then up to where the next one starts. One search, not one per group.
    second = _SECOND_GROUP.search(match.string, match.start(), match.end())
    return second.end() if second is not None else match.end()


def _next_start(match: re.Match[str]) -> int:
    """Where to look on after `match`: its second group (a number may start there), or its
    end when every match starting from there ends inside it too short to be judged (`45
    67` after `070-123 45 67`): the match could not go on past its end, so nor can those."""
    second, end = _next_group(match), match.end()
    if end - second < MIN_DIGITS and _GOES_ON.match(match.string, end) is None:
        return end
    return second


# What CANDIDATE needs to take one more group after a match's end.
_GOES_ON: Final = re.compile(r"(?:[ \t]{0,2}[./" + _DASH + r"]\s{0,2}|\s)\(?\d")
_SECOND_GROUP: Final = re.compile(r"(?>\(?\d+\)?)(?s:.)*?(?=\(?\d)")


def _unbracketed(match: re.Match[str]) -> tuple[int, int]:
    """The match without a bracket the sentence opened or closed around it."""
    group, start, end = match.group(), match.start(), match.end()
    if group.startswith("(") and ")" not in group:
        start += 1
    return start, end - (group.endswith(")") and "(" not in group)


def _is_valid(raw: str) -> bool:
    # 070-123 45 67: the same answer as phonenumbers' in a third of the time. Written with
    # spaces and "-" only, the number is read as its digits: no need to tidy it first.
    quick = national.valid(raw)
    if quick is not None:
        return quick
    raw = DASHES.sub("-", SPACES.sub(" ", raw))  # 070 –\n123 45 67 as phonenumbers reads it
    quick = national.valid(raw)
    if quick is not None:
        return quick
    try:
        number = phonenumbers.parse(raw, "SE")
    except phonenumbers.NumberParseException:
        return _without_trunk_zero(raw)
    if phonenumbers.is_valid_number(number):
        return True
    # An explicit country code is a phone number even in ranges the metadata does not know.
    return (raw.lstrip("(").startswith(("+", "00")) and bool(
        phonenumbers.is_possible_number(number))) or _without_trunk_zero(raw)


def _without_trunk_zero(raw: str) -> bool:
    """`+47 (0) 412 34 568`: the `(0)` Swedish and German numbers carry, written out of habit
    after a code whose country dials no 0 at home."""
    return "(0)" in raw and raw.lstrip("(").startswith(("+", "00")) and _is_valid(
        raw.replace("(0)", ""))


class PhoneRecognizer(RegexRecognizer):
    ENTITY = "PHONE"
    PATTERNS = (CANDIDATE,)
    CONTEXT = ("telefon", "mobil", "tel", "ring", "sms", "växel", "phone")

    def hits(self, text: str, nlp_artifacts: Any) -> list[Hit]:
        """Each run of digit groups, and what is left of it after a number or a group that
        starts none: `070-123 45 67/073-111 22 33` is two numbers, `rum 4 070-123 45 67` one."""
        found: list[Hit] = []
        pos = 0
        while (match := CANDIDATE.search(text, pos)) is not None:
            # Fewer characters than a number's digits (the tails `1505)`, `45 67`): no judge.
            hit = self.judge(match, text) if match.end() - match.start() >= MIN_DIGITS else None
            if hit is not None:
                found.append(hit)
                found += self._after_comma(text, hit.end)
            pos = hit.end if hit is not None else _next_start(match)  # never inside a number
        found += self._glued(text, found) + self._in_csv_cells(text, found)
        return self._reread(text, found)

    def _in_csv_cells(self, text: str, found: list[Hit]) -> list[Hit]:
        """A number in a CSV cell after a number's cell (csvcells.py), where none was found."""
        more: list[Hit] = []
        for start in cells_after_numbers(text):
            match = _LISTED.match(text, start)
            hit = self.judge(match, text) if match is not None else None
            if hit is not None and not any(h.start < hit.end and hit.start < h.end
                                           for h in found):
                more.append(hit)
        return more

    def _glued(self, text: str, found: list[Hit]) -> list[Hit]:
        """Numbers typed onto a word (gluedphone.py), where no number was found."""
        more: list[Hit] = []
        for match in glued(text):
            hit = self._judged(match, text)
            if hit is not None and not any(h.start < hit.end and hit.start < h.end
                                           for h in found + more):
                more.append(hit)
        return more

    def _reread(self, text: str, found: list[Hit]) -> list[Hit]:
        """`found`, and numbers OCR misread (`O7O-l74 O6 O6`), spoken (`noll sju noll …`),
        spaced out (`0 7 0 - 1 7 4 …`) or broken by a reply's quoting (`08-465 004⏎> 12`,
        in place of its head), read in views of the text (reread.py, numberviews.py). A
        misread one must follow a phone's cue or keep a mobile's grouping whole (`O7O-l74 O6
        O6`): two slips are too many to trust alone."""
        def read(view: View, cued: bool) -> Iterator[Hit]:
            for match in view.across(CANDIDATE.finditer(view.piece)):
                hit = self.judge(match, view.piece)
                if hit is not None and not (cued and not cue_within(
                        view.piece, match.start(), PHONE_CUES) and GROUPED_MOBILE.fullmatch(
                        view.piece, hit.start, hit.end) is None):
                    yield hit

        more = read_views(found, misreads(text), lambda v: read(v, True)) + read_views(
            found, machined(text), lambda v: read(v, False))
        return widened(text, found + more, quoted_breaks(text), lambda v: read(v, False))

    @staticmethod
    def _abroad(match: re.Match[str], text: str) -> Hit | None:
        """A number in another country's format (phoneabroad.py); not a personnummer
        grouped six and four (`941207 8962`, `010913 3144`), which no country writes a
        telephone number as and which a phone cue before it (`ringde från`) does not make one."""
        if inside_id_number(text, match):
            return None
        return abroad(match, text) or in_named_country(text, *_unbracketed(match))

    def _after_comma(self, text: str, end: int) -> list[Hit]:
        """`070 123 45 67,070 765 43 21`: a second number after a comma with no space, which
        CANDIDATE's look-behind (no decimal comma) refuses."""
        if text[end : end + 2] not in (",0", ";0", ",+", ";+"):
            return []
        match = _LISTED.match(text, end + 1)
        hit = self.judge(match, text) if match is not None else None
        return [hit] if hit is not None else []

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        if NOT_PHONE.match(match.group().strip("()")):
            # A personnummer, date or time as a whole, also in brackets (half the candidates
            # of a dense text): _judged refuses it too, slower (no prefix of one has a
            # number's seven digits; in brackets it went by the numbers from abroad).
            return None
        return self._judged(match, text, shaped=True)

    def _judged(self, match: re.Match[str], text: str, shaped: bool = False) -> Hit | None:
        """`shaped`: the caller found the match no date, time or personnummer."""
        raw = match.group()
        digits = _digits(raw)
        if digits < MIN_DIGITS or _NO_COUNTRY.match(raw):
            return None
        # As many digits as a number from abroad has, or a line's number and the next's
        far = digits in ABROAD_DIGITS or "\n" in raw
        if not raw.lstrip("(").startswith(("0", "+")):
            # Swedish numbers start with 0, others with + or 00
            return self._abroad(match, text) if far else None
        number = valid_prefix(raw, digits, shaped)
        if not number or (far and len(number) < len(raw) and in_named_country(
                text, *_unbracketed(match))):  # `Istanbul 0532 876 54 32`: not Åmål's 0532
            return self._abroad(match, text) if far else None
        if labels_this_number(text, match.start()) or inside_id_number(
                text, match, match.start() + len(number)) or (
                among_code_groups(raw, text, match.start(), match.end())) or (
                inside_a_digit_row(raw, text, match.start(), match.end())) or (
                digits > MAX_DIGITS and ends_in_a_four_row(raw)):  # a parcel's 00370 7340 1022 9811
            return None  # diarienummer 2021-1162, labnr 21-81863, (YYYYMMDD-NNNN)
        if premium(number) and far and (len(number) < len(raw) or in_named_country(
                text, *_unbracketed(match))):
            # `020 7946 0155`: a toll-free line's head in a London number; read from abroad
            return self._abroad(match, text)
        if premium(number) or an_organisations_line(number, text, match.start()) or (
                an_organisations_bracketed_line(number, text, match.start(),
                                                match.start() + len(number))) or (
                an_organisations_number(text, match.start(), match.start() + len(number))) or (
                a_units_landline(number, text, match.start())) or (
                a_desks_line(number, text, match.start(), match.start() + len(number))):
            return None  # Giftinformationscentralen(s nummer) 010-…, 020-… (Alkohollinjen)
        cued = cue_within(text, match.start(), PHONE_CUES)
        start, end = match.start(), match.start() + len(number)
        if number.startswith("(") and ")" not in number[:-1]:
            start, end = start + 1, end - number.endswith(")")  # (0910283275): the brackets
        elif number.endswith(")") and "(" not in number:  # are the sentence's, not the
            end -= 1  # number's; so is the one closing `(t.ex. 0209173381)`
        return Hit(start, end, 0.9 if cued else 0.75)
