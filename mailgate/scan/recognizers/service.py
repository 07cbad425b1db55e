"""Landlines that belong to an organisation a report names, not to a person.

`_an_organisations_line` in phone.py takes a number written right after an organisation's
name; these are the two other ways reports write one:
- the organisation's name in the genitive and a number word before it:
  `Giftinformationscentralens nummer 010-456 67 00`, `Polisens telefon 114 14`;
- the organisation's name in brackets right after it: `020-84 44 48 (Alkohollinjen)`.
A person's name in either place (`Eriks nummer`, `070-… (Erik)`) is no organisation's.
And wherever it stands, a number a helpline, poison centre or agency publishes
(data/public_numbers.txt): `or call 020-84 44 48`.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.recognizers.base import words_before
from mailgate.scan.recognizers.wordfacts import an_institution

# An embassy's or consulate's line, right before its number: `Thai embassy: 08-…`.
MISSIONS: Final = frozenset({"embassy", "ambassad", "ambassaden", "ambassade",
                             "consulate", "konsulat", "konsulatet", "generalkonsulat",
                             "generalkonsulatet"})
def an_organisations_word(before: list[str], number: str) -> bool:
    """The words right before a landline name its owner as an organisation: an embassy a
    few words back (`Konsulatet i Málaga: +34 …`), a unit or line right before
    (`Veteranlinjen 020-…`, `Tfn till kansliet 06 …`), an office before its switchboard
    (`press office 040-675 30 00`; `market office 08-465 004 31` is someone's desk), or a
    switchboard (`växel 031-390 06 00`)."""
    last = before[-1] if before else ""
    return a_desks_word(before, number) or (len(last) > 7 and an_institution(last) and not (
        _a_persons_phone(before)))


# A person's own phone, though it ends as a helpline's name does (`Föräldratelefonen`):
# `Ring mig på tjänstetelefonen 054-…`, `jobbtelefonen`, `hemtelefonen`, the compound
# written apart as speech-to-text does (`hem telefonen`), or the phone alone (`telefonen`).
_PERSONS_PHONES: Final = ("tjänste", "jobb", "arbets", "hem", "privat", "mobil", "bostads")
_THE_PHONE: Final = frozenset({"telefon", "telefonen", "telefonnumret", "telefonnummer"})


def _a_persons_phone(before: list[str]) -> bool:
    last = before[-1]
    return last.startswith(_PERSONS_PHONES) or (last in _THE_PHONE and (
        len(before) < 2 or before[-2] in _PERSONS_PHONES or not (  # `hem`: also a care home
            an_institution(before[-2]))))  # not `Kvinnojourens telefon`


def a_desks_word(before: list[str], number: str) -> bool:
    """An embassy, a unit, a line, an office's or a switchboard's word before a landline: it
    answers the number even in a person's signature (signed.py)."""
    if any(w in MISSIONS for w in before[-3:]):
        return True
    last = before[-1] if before else ""
    if last in _OFFICES:
        return _SWITCHBOARD.search(number) is not None
    if last in _SWITCHBOARD_WORDS or (last in _REACHED_ON and len(before) > 1 and (
            before[-2] in _SWITCHBOARD_WORDS)):
        return number.rstrip(") ").endswith("0")  # växel 031-390 06 00; not `vx 08-… 49`
    return last in _LINES or last.endswith(_DESKS)


# The word between a switchboard and its number: `ring växeln på 08-…`, `our switchboard on`.
_REACHED_ON: Final = frozenset({"på", "on", "at", "via"})
_LINES: Final = frozenset({"kansli", "kansliet", "helpline", "hotline"})
# Desks and units that answer a line, not a person: `Servicedesk 031-…`, `Redaktionen 08-…`,
# `Desken 08-…`, `Securitas jourcentral 010-…`, `Avdelningen 040-…`.
_DESKS: Final = ("desk", "desken", "redaktionen", "central", "avdelningen", "avdelning",
                 "receptionen", "labbet", "laboratoriet", "kundtjänst", "kundtjänsten",
                 # a unit's counter, as a reception's is (`Fritidsgårdens expedition 040-…`,
                 # `Ungdomsmottagningen 031-…`)
                 "expedition", "expeditionen", "mottagning", "mottagningen")
# A unit's genitive or `till` and a unit before a number word: `Avdelningens telefon 0980-…`,
# `härbärgets telefon 08-…`, `labbets jourtelefon 031-…`, `Telefon till avdelningen
# (dygnet runt): 040-…`. A person's (`mammans telefon`) is no unit.
_UNIT_STEMS: Final = ("avdelningen", "labbet", "laboratoriet", "redaktionen", "desken",
                      "receptionen", "kontoret", "expeditionen", "kansliet")


def _a_unit(word: str) -> bool:
    return word.endswith(_UNIT_STEMS) or (len(word) > 7 and an_institution(word))


def a_units_number(before: list[str]) -> bool:
    """The words before a landline name a unit's own number (see _UNIT_STEMS)."""
    if len(before) >= 2 and before[-1] in NUMBER_WORDS and before[-2].endswith("s") and (
            _a_unit(before[-2][:-1])):
        return True
    tail = before[-6:]
    return any(word in NUMBER_WORDS and tail[i + 1] in ("till", "to") and _a_unit(tail[i + 2])
               for i, word in enumerate(tail[:-2]))
_OFFICES: Final = frozenset({"office", "kontoret", "expeditionen", "receptionen", "reception"})
# A switchboard's words: its number (ending in a round ten) is the organisation's.
_SWITCHBOARD_WORDS: Final = frozenset({"växel", "växeln", "vx", "vxl", "växelnummer",
                                       "switchboard", "exchange"})
# A switchboard's number ends in hundreds: 040-675 30 00, 08-123 456 00.
_SWITCHBOARD: Final = re.compile(r"0\D?0\D*$")
# Premium-rate (0900, 0939, 0944), toll-free (020, 0200) and shared-cost (0770, 0771) lines:
# a firm's or an agency's service, never a person's phone.
_PREMIUM: Final = re.compile(r"\(?0\D?(?:9\D?(?:0\D?0|3\D?9|4\D?4)|2\D?0(?:\D?0)?|7\D?7\D?[01])\D")


def premium(number: str) -> bool:
    """A Swedish service number: `0939-10 10 10`, `0900-123 45 67`, `020-91 91 91`,
    `0771-111 222`."""
    national = _SWEDEN.sub("0", number, count=1)  # +46 771 84 00 00 is 0771-84 00 00
    return _PREMIUM.match(national) is not None


_SWEDEN: Final = re.compile(r"^\(?(?:\+|00)46\)?[ \t-]?(?:\(0\)[ \t]?)?")


# Words between an organisation's genitive and its number.
NUMBER_WORDS: Final = frozenset({"nummer", "telefonnummer", "telefon", "tel", "tfn", "number",
                                 "phone", "växelnummer", "jourtelefon", "journummer", "stödlinje"})
_NOT_DIGIT: Final = re.compile(r"\D")
_NAMED_AFTER: Final = re.compile(r"[ \t]*\(([^()\n]{2,60})\)")


def an_organisations_number(text: str, start: int, end: int) -> bool:
    """The number between `start` and `end` is an organisation's, by the words around it or
    its digits."""
    return _published(text[start:end]) or _genitive_before(text, start) or _named_after(
        text, end)


@functools.cache
def _public_numbers() -> frozenset[str]:
    return frozenset(_NOT_DIGIT.sub("", entry) for entry in lexicon.entries("public_numbers"))


def _published(number: str) -> bool:
    digits = _NOT_DIGIT.sub("", number)
    if number.lstrip("( ").startswith(("+", "00")):
        for code in ("46", "358", "47", "45"):  # Sweden, Finland, Norway, Denmark
            rest = digits.lstrip("0")
            if rest.startswith(code):
                national = rest[len(code):]
                return national in _public_numbers() or "0" + national in _public_numbers()
        return False
    return digits in _public_numbers()


def _named_after(text: str, end: int) -> bool:
    """`020-84 44 48 (Alkohollinjen)`, `010-456 67 00 (Giftinformationscentralen)`; not an app
    someone is reached on: `070-174 06 05 (Signal)` is that person's."""
    named = _NAMED_AFTER.match(text, end)
    if named is None:
        return False
    name = named.group(1).strip().casefold()
    return name in lexicon.organisations() and name not in MESSAGING_APPS


# Apps a person is reached on by their own number.
MESSAGING_APPS: Final = frozenset({"signal", "whatsapp", "telegram", "viber", "wickr", "threema",
                                   "imessage", "facetime", "messenger", "session", "element",
                                   "kik", "snapchat", "sms"})


def _last_letters(text: str, start: int) -> str:
    """The last run of letters before `start` (within 60 characters), lower-cased: the end of
    the last word words_before finds there, read without reading the window's every word."""
    lo = max(0, start - 60)
    end = start - 1
    while end >= lo and not text[end].isalpha():
        end -= 1
    begin = end
    while begin >= lo and text[begin].isalpha():
        begin -= 1
    return text[begin + 1 : end + 1].lower()


def _genitive_before(text: str, start: int) -> bool:
    """`Giftinformationscentralens nummer 010-…`: a number word after an organisation's name
    in the genitive. `hans nummer`, `Eriks nummer` stay someone's."""
    if _last_letters(text, start) not in NUMBER_WORDS:
        return False   # nearly every number: the word right before it is no number word
    before = words_before(text, start, 60)
    if len(before) < 2 or before[-1] not in NUMBER_WORDS:
        return False
    orgs = lexicon.organisations()
    for n in (1, 2, 3):
        if len(before) < n + 1:
            break
        words = before[-n - 1 : -1]
        last = words[-1]
        if last.endswith("s") and " ".join([*words[:-1], last[:-1]]) in orgs:
            return True
    return False
