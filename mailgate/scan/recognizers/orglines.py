"""A landline that is an organisation's or a unit's, not a person's: right after an agency's
or organisation's name (`Giftinformationscentralen 010-456 67 00`), a desk's or a line's word,
or a ward's number word (`Avdelningens telefon 0980-…`). A mobile is always someone's, and so
is a number in a register row's cell, after a messaging app, under a signed name or before a
given name in brackets (`Telefon kansliet: 08-… (Lina Berg)`).
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.names import is_place, lookup
from mailgate.scan.numbercues import PHONE_CUES
from mailgate.scan.recognizers.base import words_before
from mailgate.scan.recognizers.handle import PLATFORM_NAMES
from mailgate.scan.recognizers.service import a_desks_word, a_units_number, an_organisations_word
from mailgate.scan.recognizers.signed import owner_in_brackets, signed_above
from mailgate.scan.recognizers.wordfacts import an_institution

_ROUND: Final = re.compile(r"00\D*$")  # a switchboard's round number: 031-390 06 00


def an_organisations_line(number: str, text: str, start: int) -> bool:
    """A landline (not a mobile: 07…) right after an agency's or organisation's name with
    nothing between (`Giftinformationscentralen 010-456 67 00`) is the organisation's.
    `ring Johanna på apoteket, 040-…` and a signature's `Akademiska | +46 8 …` are someone's
    direct line, and a mobile always is; a switchboard's round number (`växel 031-390 06
    00`) is the organisation's (service.py)."""
    if _MOBILE.match(number):
        return False
    if _an_organisations_own_line(text, start) and not signed_above(text, start):
        return True
    if not _ADJACENT.search(text, max(0, start - 60), start) or _IN_A_CELL.search(
            text, max(0, start - 2), start):
        return False  # `Ström, Lennart<TAB>Rättsmedicinalverket<TAB>0980-…`: the row's person
    before = words_before(text, start)
    if before and _MESSENGER.fullmatch(before[-1]):
        return False  # WhatsApp +44 7700 900 318: the app the person is reached on
    if owner_in_brackets(text, start + len(number)) and not _ROUND.search(number):
        return False  # `Telefon kansliet: 08-… (Ida Sund)`: she answers it; not `växel …00`
    if a_desks_word(before, number):
        return True  # a desk, a line or a switchboard answers, in a signature too
    if signed_above(text, start):
        return False  # `Ida Sund⏎Handläggare, Socialtjänsten⏎08-…`: her direct line
    orgs = lexicon.organisations()
    return an_organisations_word(before, number) or (
        before[-1] not in PHONE_CUES and any(
            " ".join(before[-n:]) in orgs for n in (1, 2, 3) if len(before) >= n) and not (
            _a_surname_after_a_given_name(before))) or (
        _the_org_in_capitals(text, start, orgs))


def _an_organisations_own_line(text: str, start: int) -> bool:
    """`Ungdomstjänsten Halmstad, 040-…` on a line of its own: a signature's last line names
    the unit and its town, then the unit's landline. A role first (`Handläggare
    Socialtjänsten, 08-…`) or prose (`ring Johanna på apoteket, 040-…`) leaves it someone's."""
    line = _OWN_LINE.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
    if line is None or not an_institution(line[1].casefold()):
        return False
    return line[2] is None or is_place(line[2].casefold())


_OWN_LINE: Final = re.compile(r"[ \t]*([^\W\d_]{8,})(?: ([^\W\d_]+))?,[ \t]*")


def _a_surname_after_a_given_name(before: list[str]) -> bool:
    """`Britt-Marie Hall (08-…)`: a one-word organisation's name that is also a surname
    (Hall, a prison) after a given name is her surname, the number hers; a name that is no
    surname stays the organisation's."""
    if len(before) < 2 or " ".join(before[-2:]) in lexicon.organisations():
        return False
    return lookup(before[-1], frozenset()).last and all(
        lookup(part, frozenset()).first for part in before[-2].split("-") if part)


def _the_org_in_capitals(text: str, start: int, orgs: frozenset[str]) -> bool:
    """`MOB 08-…`: an organisation's name that is also a phone's word (`mob +44 7700 …`, the
    mobile) names the organisation only in capitals."""
    last = text[max(0, start - 8) : start].rstrip(" :.").rsplit(" ", 1)[-1]
    return last.isupper() and len(last) > 1 and last.lower() in PHONE_CUES and last.lower() in orgs


def a_units_landline(number: str, text: str, start: int) -> bool:
    """`Avdelningens telefon 0980-…`, `Telefon till avdelningen (dygnet runt): 040-…`: a
    ward's or a desk's landline (service.py); a mobile is always someone's."""
    if _MOBILE.match(number) or _last_word_end(text, start) is None:
        return False
    return a_units_number(words_before(text, start, 60))


def _last_word_end(text: str, start: int) -> int | None:
    """Where the last letter within 12 characters before `start` is: a unit's words stand
    right before its number (`telefon 040-…`, `runt): 040-…`)."""
    for i in range(start - 1, max(-1, start - 13), -1):
        if text[i].isalpha():
            return i
    return None


# Apps a person is reached on (handle.py's platforms), listed as organisations for their names.
_MESSENGER: Final = re.compile(PLATFORM_NAMES, re.IGNORECASE)


_ADJACENT: Final = re.compile(r"[^\W\d_][ \t]*:?[ \t]*$")  # a word, maybe a colon, then the number
_IN_A_CELL: Final = re.compile(r"[\t;|]$")  # a table's cell mark right before the number
# A mobile's digits (07, 467, 00467) first, whatever stands between them: a number here
# holds only digits and CANDIDATE's separators, so \D is what str.isdigit refuses.
_MOBILE: Final = re.compile(r"\D*(?:0\D*7|4\D*6\D*7|0\D*0\D*4\D*6\D*7)")
