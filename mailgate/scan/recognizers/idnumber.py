"""Personnummer and samordningsnummer, in every written form, checked by date and Luhn.

A date-valid number is reported whatever its check digit and with no cue word: a mistyped
personnummer (birth date plus most digits) still identifies someone. The check digit only
sets the score. Diary, case, lab and organisation numbers are left alone by their label
(`dnr`, `labnr`, `org.nr`) or by their shape (organisationsnummer have month digits >= 20).
The written shapes' regexes are idshapes.py's; this module judges their matches.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any, Final

from mailgate.scan.clock import today
from mailgate.scan.numbercues import ID_CUES, PHONE_CUES
from mailgate.scan.recognizers import idlabelled
from mailgate.scan.recognizers.base import Hit, RegexRecognizer, cue_within, has_cue, words_before
from mailgate.scan.recognizers.columns import column_header
from mailgate.scan.recognizers.idcued import after_an_id_key, id_cued, names_an_id
from mailgate.scan.recognizers.idshapes import (
    DASHED,
    HIDDEN_TAIL,
    PATTERN,
    SIX,
    SIX_DIGITS,
    SIX_THEN_HIDDEN,
)
from mailgate.scan.recognizers.leading import Prefiltered
from mailgate.scan.recognizers.luhn import luhn_ok
from mailgate.scan.recognizers.numberviews import machined, stamped
from mailgate.scan.recognizers.pairedstarts import AtOthers
from mailgate.scan.recognizers.pastedids import pasted
from mailgate.scan.recognizers.reread import View, after_words, joins, misreads, read_views, unglued
from mailgate.scan.recognizers.splitdates import split_dates

_NOT_DIGIT: Final = re.compile(r"\D")
_TIME: Final = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")  # 1430: after a date, a time of day
_ISO_THEN_BLANK: Final = re.compile(r".*[-/].*[ \t]")  # a dash or slash date, then a blank

# Scores of numbers whose check digit fails (engine.SCORE_THRESHOLD is 0.4).
SCORE_CUED_INVALID: Final = 0.5  # pnr 851332-2345: any shape after a cue word
# pnr 850312-2345, `personnr, t.ex. 0209173381`: a birth date after the cue; above an uncued
# phone reading (0.75 less 0.2, resolve.UNDECIDED) of ten digits that a landline could be.
SCORE_CUED_DATED: Final = 0.8
SCORE_MISTYPED: Final = 0.5  # 19850312-2345, 850312-2345: date-valid, no cue
SCORE_MISTYPED_BARE: Final = 0.45  # 0701234568: ten bare digits, also a mobile number's shape
SCORE_HIDDEN_TAIL: Final = 0.6  # 470812-XXXX: a birth date in a personnummer's shape
# 0503122345: ten bare digits that a landline could also be; close enough to the phone
# reading's score that the moderator sees both (resolve.UNDECIDED).
SCORE_MISTYPED_LANDLINE: Final = 0.55
SCORE_BARE_LANDLINE_SHAPED: Final = 0.8  # 031013… passing its check: born 2003-10-13
_LANDLINE_STARTS: Final = frozenset({"00", "01", "02", "03", "04", "05", "06", "08", "09"})


def _an_adults(match: re.Match[str], checked: bool = True) -> bool:
    """The check digit binds a birth ten years back or more: a person's number. Not
    `checked`: the birth alone, whatever the check digit."""
    date = _NOT_DIGIT.sub("", match.group("date"))
    born = birth_date(match.group("century"), date, match.group("sep") == "+", today())
    return born is not None and born.year <= today().year - _EVENT_MIN_AGE and (
        not checked or luhn_ok(date + match.group("tail")))


@functools.lru_cache(maxsize=1 << 13)
def birth_date(century: str | None, yymmdd: str, plus: bool, today: dt.date) -> dt.date | None:
    """The date a number encodes, or None; samordningsnummer add 60 to the day. Remembered:
    ID_NUMBER, the Nordic numbers and PHONE ask about the same numbers one after another."""
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


def _checks_out(match: re.Match[str]) -> bool:
    """A number of ten digits with a birth date and a right check digit."""
    date, tail = _NOT_DIGIT.sub("", match.group("date")), match.group("tail")
    return tail.isdigit() and luhn_ok(date + tail) and birth_date(
        match.group("century"), date, match.group("sep") == "+", today()) is not None


def an_organisation_number(digits: str) -> bool:
    """Ten digits whose month digits are 20 or more and whose check digit binds them: an
    organisationsnummer (no person's month is), not a mistyped personnummer."""
    return len(digits) == 10 and digits[2] >= "2" and luhn_ok(digits)


def _phone_cued(text: str, start: int) -> bool:
    """One of the two words before is a phone cue naming no identity number: `mobil
    0701234568`, not `personnummer 0701234568` (`…nummer` is a phone cue too)."""
    if not cue_within(text, start, PHONE_CUES, last=2):
        return False
    return any(has_cue([word], PHONE_CUES, last=1) and not has_cue([word], ID_CUES, last=1)
               for word in words_before(text, start)[-2:])


# A firm's form right before a number: `Städ AB (…)`, `Oy Ab, …`. A sole trader's number
# is his personnummer, so only a number that is no date is taken for the firm's.
_AFTER_A_FIRM: Final = re.compile(
    r"(?<![\w])(?:AB|HB|KB|Ab|Oy|AS|ASA|ApS|GmbH|Ltd)[ \t]*[(,:]?[ \t]*$")


_EVENT_MIN_AGE: Final = 10  # years: a number dated later after an event's label is the case's

# The century typed apart from the rest: `19 YYMMDD-NNNN`.
_SPACED_CENTURY: Final = re.compile(r"(?<![\w])(?:19|20) $")


class IdNumberRecognizer(RegexRecognizer):
    ENTITY = "ID_NUMBER"
    PATTERNS = (Prefiltered(PATTERN, SIX_DIGITS, SIX), AtOthers(DASHED, SIX),
                Prefiltered(HIDDEN_TAIL, SIX_THEN_HIDDEN, SIX))
    # Not `personal`: Presidio matches context words inside words, and `personalen` is the staff.
    CONTEXT = ("personnummer", "pnr", "samordningsnummer")

    def hits(self, text: str, nlp_artifacts: Any) -> list[Hit]:
        found = super().hits(text, nlp_artifacts)
        if "\n" in text:
            found += self._reread(text, found, joins(text), checked=False)
        found += self._reread(text, found, unglued(text), checked=False)
        found += self._reread(text, found, after_words(text), checked=True)
        found += self._reread(text, found, misreads(text), checked=True)
        found += self._reread(text, found, pasted(text), checked=True)
        found += self._reread(text, found, split_dates(text), checked=False)
        return found + self._reread(text, found, machined(text), checked=False)

    def _reread(self, text: str, found: list[Hit], views: Iterable[View], checked: bool
                ) -> list[Hit]:
        """Numbers a line break cuts anywhere (`pnr 197104⏎23-5566`), with their cue typed
        onto them (`Pnr850412-1231`), OCR misread (`7OO315-4O21`) or as machines hand them
        on (numberviews.py), read in views of the text. A cut number is judged as any other;
        a misread one must pass its check digit or follow its cue: two slips in one number
        are too many to trust."""
        def read(view: View) -> Iterator[Hit]:
            for pattern in (PATTERN, DASHED, HIDDEN_TAIL):
                for match in view.across(pattern.finditer(view.piece)):
                    hit = self.judge(match, view.piece)
                    if hit is not None and not (checked and not _checks_out(match) and not (
                            id_cued(view.piece, match.start()))):
                        yield hit

        return read_views(found, views, read)

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        hit = self._judge(match, text)
        if hit is None or match.group("century"):
            return hit
        century = _SPACED_CENTURY.search(text, max(0, hit.start - 4), hit.start)
        return Hit(century.start(), hit.end, hit.score) if century else hit  # 19 YYMMDD-NNNN

    @staticmethod
    def _someones_after_a_label(match: re.Match[str], text: str) -> bool:
        """A whole number whose check digit binds a birth ten years back or more is a
        person's after an event's label (`Remiss: 19630814-…`; `Anmälan 20261105-0042` is the
        case's), and when written as only a personnummer is, century and dash or twelve
        digits in a row, after any label but a register's (`Ref: 19630923-…`, `Kundnummer
        19920310…`: firms number their customers so; `Dnr: 1963…` stays the case's) or,
        in a row, a payment reference's (an OCR number carries a check digit of its own).
        After a label of a person's own account (`Kundnummer`, `Medlemsnr`) a number with
        century and dash is the person's whatever its check digit: no firm writes its own
        numbers so (ten digits, or twelve in a row that fail, stay the label's)."""
        if not match.group("tail").isdigit():
            return False
        century, at = bool(match.group("century")), match.start()
        in_a_row = century and not any(match.group(g) for g in ("sep", "dot", "space", "loose"))
        whole = (century and bool(match.group("sep"))) or (
            in_a_row and not idlabelled.a_payment_reference(text, at))
        if century and match.group("sep") and idlabelled.a_persons_account_label(text, at):
            return _an_adults(match, checked=False)  # Kundnummer 19850612-…, mistyped too
        return ((whole and not idlabelled.a_registers_label(text, at)) or (
                idlabelled.an_events_label(text, at))) and _an_adults(match)

    def _judge(self, match: re.Match[str], text: str) -> Hit | None:
        header = column_header(text, match.start(), csv=True)  # Pnr, Tel: types its cells
        if header and has_cue([header], PHONE_CUES, last=1) and not names_an_id(header):
            return None
        cued = id_cued(text, match.start()) or (bool(header) and names_an_id(header))
        at = match.start()
        if idlabelled.labelled(text, at) and not (cued and id_cued(
                text, at, len(idlabelled.same_clause(text, at)))) and not (
                self._someones_after_a_label(match, text)):
            return None  # `pnr …, org.nr 867536-0997`: the nearer label says whose
        if idlabelled.a_number_sign(text, at) and not cued:
            return None  # Beställning #570914-…: an order's number
        if idlabelled.a_codes_prefix(text, at) and not _an_adults(match):
            return None  # PS-20261114-2217: a reference, its date the case's
        if match.group("loose") and not cued and _ISO_THEN_BLANK.fullmatch(
                match.group("date") + match.group("loose")):
            return None  # 2024-05-12 4471: a date and a number; after a cue a personnummer
        date = _NOT_DIGIT.sub("", match.group("date"))
        dated = birth_date(
            match.group("century"), date, match.group("sep") == "+", today()
        ) is not None
        if not dated and _AFTER_A_FIRM.search(text, max(0, match.start() - 10), match.start()):
            return None  # Bemanning AB (556781-4420): the firm's organisationsnummer
        if not match.group("tail").isdigit():
            return Hit(match.start(), match.end(), SCORE_HIDDEN_TAIL) if dated else None
        if not match.group("century") and an_organisation_number(date + match.group("tail")):
            return None  # Bemanning AB (556781-4420): its check digit binds an org's number
        if match.group("loose") and not cued and _TIME.fullmatch(match.group("tail")) and (
                not _an_adults(match)):
            return None  # 2024.05.12 1430: a date and a time; 1996 02 06 2029 binds a birth
        if dated and luhn_ok(date + match.group("tail")):
            return Hit(match.start(), match.end(), self._score(match, cued or (
                after_an_id_key(text, at))))
        if cued:
            return Hit(match.start(), match.end(), SCORE_CUED_DATED if dated and not (
                _phone_cued(text, match.start())) else SCORE_CUED_INVALID)
        if not dated or match.group("loose") or stamped(match.group("century"), date, match.group(
                "tail")) or (self._phone_shaped(match) and cue_within(text, at, PHONE_CUES, 40, 2)):
            return None  # 85 04 12 1235: four groups a check digit must bind; a machine's stamp
        return Hit(match.start(), match.end(), self._score_mistyped(match))

    @staticmethod
    def _score(match: re.Match[str], cued: bool) -> float:
        if cued or match.group("sep"):
            return 0.95
        # Ten bare digits may be a phone number (0701234567) that happens to pass Luhn; a
        # landline's shape (031013…) far less often than a mobile's: bare, a landline is
        # rarely written, a personnummer of someone born after 2000 often. Either way the
        # phone's reading stays beside it (resolve.UNDECIDED), even raised by a phone word.
        if match.group("century") is None and not (match.group("space") or match.group("loose")):
            landline = match.group("date")[:2] in _LANDLINE_STARTS
            return SCORE_BARE_LANDLINE_SHAPED if landline else 0.6
        return 0.85

    @staticmethod
    def _score_mistyped(match: re.Match[str]) -> float:
        """A date-valid number whose check digit fails: above the threshold, below the rest.

        Ten bare digits score lowest, so a mobile number (0701234568, "born" 2007-01-23)
        read as a phone by the phone recognizer keeps its phone placeholder.
        """
        if match.group("sep") or match.group("century") or match.group("space") or match.group(
                "dot"):
            return SCORE_MISTYPED
        return SCORE_MISTYPED_BARE if match.group("date").startswith("07") else (
            SCORE_MISTYPED_LANDLINE)

    @staticmethod
    def _phone_shaped(match: re.Match[str]) -> bool:
        """Ten bare digits may be a telephone number: `nr 0701234568`; six and four are not
        written so (phone.py leaves them to us), nor parted by a slash or dot (`020112/3578`),
        nor is a Swedish number without its 0."""
        return not (match.group("sep") or match.group("century") or match.group("space") or (
            match.group("dot"))) and match.group("date").startswith("0")
