"""Whether a case, lab, order or organisation label stands right before an identity number
(`Dnr: 850101-4455`, `Ärende nr …`, `uppdragsnummer …`), in the number's own clause: then
the number is no person's. A label further back (`Ärendet gäller 850101-4455`) labels nothing.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.numbercues import ID_CUES, ID_NEGATIVE_CUES, PHONE_CUES
from mailgate.scan.recognizers.base import has_cue, window_holds, words_before


def same_clause(text: str, start: int) -> str:
    """The text before `start` back to a comma, semicolon or bracket: `Anmälan: en man,
    850101-4455` is no case number, `Dnr: 850101-4455` is."""
    window = text[max(0, start - 40) : start]
    return window[max(map(window.rfind, ",;()[]\n")) + 1 :]


# Words between a label and its number: `Ärende nr 850101-4455`, `Case no. 850101-4455`.
_LABEL_FILLERS: Final = frozenset({"nr", "nummer", "no", "number", "id", "num"})


def labelled(text: str, start: int) -> bool:
    """A case, lab, order or organisation label stands right before the number. Only right
    before: in `Ärendet gäller 850101-4455` or `Beslaget gjordes hos 850101-4455` the
    number is a person's."""
    clause = same_clause(text, start)
    # Most clauses (`Anna Berg `) hold no label and no `…nummer`: then no word of theirs is
    # one. A word without its dashes is part of the clause without them.
    if not window_holds(clause.replace("-", ""), _LABEL_PARTS):
        return False
    words = [w.replace("-", "") for w in words_before(clause, len(clause))]
    if words and "/" in words[-1]:  # `Medlemsnr/pnr:`: the word nearest names the number
        words[-1] = words[-1].rsplit("/", 1)[-1]
    if words and words[-1] in _LABEL_FILLERS:
        words = words[:-1]
    return has_cue(words, ID_NEGATIVE_CUES, last=1) or (
        bool(words) and _other_number(words[-1]))


# A register's own numbers (`Dnr: …`, `Ärende nr …`, `Mål …`): whatever their shape, the
# case's, also written as a personnummer is.
_REGISTERS: Final = ("dnr", "d.nr", "diarie", "ärende", "mål", "case", "k-nr", "knr", "anmälan",
                     "anmälning", "händelse", "tullärende", "rmv")


def a_registers_label(text: str, start: int) -> bool:
    """The word before the number (past `nr`) names a register's case or diary number."""
    words = words_before(same_clause(text, start), 40)
    if words and words[-1] in _LABEL_FILLERS:
        words = words[:-1]
    return bool(words) and words[-1].startswith(_REGISTERS)


# A person's own account with a firm, club or landlord: many number their customers and
# members by the personnummer (`Kundnummer 19850612-…`, `Medlemsnr 850612-…`, `Kund-ID`,
# `Customer no.`), so such a number is the person's even when mistyped.
_ACCOUNTS_OF_PERSONS: Final = ("kund", "medlem", "användar", "hyresgäst", "customer", "member",
                               "client", "klient")


def a_persons_account_label(text: str, start: int) -> bool:
    """The word before the number (past `nr`, `ID`) names a person's account."""
    words = words_before(same_clause(text, start), 40)
    if words and words[-1] in _LABEL_FILLERS:
        words = words[:-1]
    return bool(words) and words[-1].startswith(_ACCOUNTS_OF_PERSONS)


# Payment references, which carry a check digit of their own: `OCR 4401 2288 1230 76`.
_PAYMENT_REFERENCES: Final = ("ocr", "bg", "pg", "bankgiro", "plusgiro", "betal")


def a_payment_reference(text: str, start: int) -> bool:
    """The word before the number (past `nr`) names a payment's reference."""
    words = words_before(same_clause(text, start), 40)
    if words and words[-1] in _LABEL_FILLERS:
        words = words[:-1]
    return bool(words) and words[-1].startswith(_PAYMENT_REFERENCES)


def _other_number(word: str) -> bool:
    """`uppdragsnummer`, `lab-nummer`, `beslagsnr`: a compound naming some other number."""
    stem = next((word[: -len(end)] for end in _NUMBER_WORDS if word.endswith(end)), "")
    return len(stem) >= 3 and word not in ID_CUES and word not in PHONE_CUES


_NUMBER_WORDS: Final = ("nummer", "numret", "nr")
_LABEL_PARTS: Final = ID_NEGATIVE_CUES | frozenset(_NUMBER_WORDS)  # what a labelling word holds


# Events whose label may stand before the number of the person they concern (`Remiss:
# 19630814-…, Eva Lind`), as before their own number (`Ärende nr 2026-0412`).
_EVENTS: Final = frozenset({"remiss", "ärende", "anmälan", "beslag", "case", "mål"})


def an_events_label(text: str, start: int) -> bool:
    """The word right before the number is an event's name alone, no `nr` after it."""
    words = words_before(same_clause(text, start), 40)
    return bool(words) and words[-1] in _EVENTS



# Capitals (and a year's digits) glued by a dash before the number: a reference's prefix
# (`PS-20261114-2217`, `BF-20261203-0412`, `TX26-…`), unless the capitals name the number
# (`PNR-…`).
_CODE_PREFIX: Final = re.compile(r"(?<![\w-])[A-ZÅÄÖ]{1,5}\d{0,4}-$")


def a_codes_prefix(text: str, start: int) -> bool:
    glued = _CODE_PREFIX.search(text, max(0, start - 10), start)
    return glued is not None and glued.group().rstrip("-0123456789").casefold() not in ID_CUES


def a_number_sign(text: str, start: int) -> bool:
    """A number sign right before the number (`Beställning #570914-…`, `Order # 570914…`): an
    item's or order's number, as no one writes their personnummer."""
    return text[max(0, start - 2) : start].rstrip(" ").endswith("#")
