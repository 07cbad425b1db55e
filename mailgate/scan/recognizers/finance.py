"""Swedish bank accounts, bankgiro/plusgiro and Swish numbers (IBANs: iban.py)."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.numbercues import BANK_CUES, ID_NEGATIVE_CUES
from mailgate.scan.recognizers.accountholder import a_holders_number
from mailgate.scan.recognizers.base import (
    Hit,
    RegexRecognizer,
    cue_within,
    has_cue,
    words_before,
)
from mailgate.scan.recognizers.idnumber import an_organisation_number
from mailgate.scan.recognizers.labelled import a_documents_number
from mailgate.scan.recognizers.leading import fast
from mailgate.scan.recognizers.orgbrackets import an_institutions_word
from mailgate.scan.recognizers.swishphones import a_phones, after_an_area_code

# Clearing number (4-5 digits) and account, or any run of 7-16 digits after a bank cue.
ACCOUNT: Final = fast(re.compile(r"(?<![\w+-])\d[\d ,.-]{5,22}\d(?![\w])"))
# A clearing number, a comma and the account as banks print it: `8105-9, 605 855 940-6`,
# `9150, 224 767 831-6`. No other number is written so: an account even with no bank word.
# Also with a space (`5489 197 894 332-7`, `8327-9 294 326 090-7`): three groups and a check
# digit after the clearing number, which neither a phone nor a bankgiro number has.
CLEARING_COMMA: Final = re.compile(r"\d{4}(?:-\d)?(?:, ?| )\d{1,3}(?: ?\d{3}){2}-\d")
# The same printed at a ledger row's end, two blanks after an amount (`SEK 6 200  5489 145
# 867 761-7`): ACCOUNT's run of digits and blanks took the amount with it.
LEDGER_ACCOUNT: Final = fast(re.compile(
    r"(?<![\w+,.-])(?<=[ \t]{2})" + CLEARING_COMMA.pattern + r"(?![\w]|-\d)"))
# Swish numbers of businesses and associations: 123 followed by seven digits.
SWISH: Final = fast(re.compile(r"(?<![\w+-])123[ -]?\d{3}[ -]?\d{2}[ -]?\d{2}(?![\w])"))


# Payments to an organisation, never a person's account: bankgiro numbers belong to firms
# and associations, and a Swish number "to the association" is the association's.
ORG_PAYMENT_CUES: Final = frozenset({"bankgiro", "bankgironummer", "bg", "bg-nr", "föreningen",
                              "förening", "föreningens", "insamlingen", "fonden", "stiftelsen",
                              "församlingen", "klubben", "organisationen", "kyrkan",
                              # a church's or a charity's collection: kollekt via Swish 123 …
                              "kollekt", "kollekten", "insamling", "gåva", "gåvor",
                              "donation", "donationer", "donations", "collection",
                              # a club's, committee's or board's own, and fees paid to one:
                              # Klubbens swish 123 …, Spåravgift via swish 123 …
                              "klubbens", "kommitténs", "styrelsens", "lagets", "sektionens",
                              "samebyns", "kansliets", "templets", "moskéns", "kyrkans",
                              "organisationens", "avgift", "avgiften", "avgifter",
                              # plusgiro, like bankgiro, is how organisations are paid: Vårt
                              # plusgiro 12 34 56-7, Cancerfonden, pg 90 20 00-3
                              "plusgiro", "plusgironummer", "pg", "pg-nr", "postgiro",
                              # gifts in someone's memory go to a fund or a charity:
                              # Minnesgåvor till …, Swish 123 …; vårt företagsnummer 123 …
                              "minnesgåva", "minnesgåvor", "minnesfond", "minnesfonden",
                              "företagsnummer", "företagsswish"})
# Fees are paid to an organisation whatever they are for: medlemsavgift, spåravgiften.
_FEES = ("avgift", "avgiften", "avgifter")


_SWISH_WORDS: Final = frozenset({"swish", "swisha", "swishade", "swishat"})
# Whose a number is, said in brackets right after it: `Swish 123 220 41 18 (föreningens)`,
# `(företaget)`, `(gåvor)`; but a sole trader's is the owner's (`(firman, ägare Jon Ek)`).
_OWNER_AFTER: Final = re.compile(r"[ \t]*\(([^()\n]{2,30})\)")
_FIRMS: Final = frozenset({"företaget", "företagets", "firman", "firmans", "bolaget",
                           "bolagets", "butiken", "butikens", "company", "shop", "company's",
                           # the kind, indefinite: `är det ett företag, t.ex. 123 …`
                           "företag", "bolag", "business",
                           "society's", "association's", "club's", "charity's",
                           # a shop's or an agent's own, said before the number too:
                           # butikens nummer 123 …, Ombudets Swish 123 …
                           "kioskens", "ombudets", "salongens", "restaurangens", "caféets",
                           "store's", "shop's",
                           # English genitives are read as the noun and an `s`: (society's)
                           "society", "association", "club", "charity", "church",
                           "foundation", "store"})
# Compounds naming what an organisation is paid for: föreningslotter, klubbavgift.
_ORG_STEMS: Final = ("förening", "klubb", "insamling", "kollekt")
# A compound naming an association, a fund or a foundation: Föräldraföreningen, Cancerfonden.
_ORG_ENDS: Final = ("föreningen", "fonden", "stiftelsen")
_PERSONAL_WORDS: Final = frozenset({"ägare", "ägaren", "owner", "privat", "privata", "private"})
# Labels of an organisation's own number: `org.nr 948285-9429` is no account.
_ORG_NUMBER_LABELS: Final = frozenset({"org.nr", "orgnr", "org.nr.", "organisationsnummer",
                                       "org.nummer", "momsreg.nr", "vat"})
# A reference's label right before a number names that reference, not an account, even in a
# statement full of account words: `kontoutdrag, ärende 26-30817`, `OCR 7410 3382 1106`.
# The giro labels are left out: a bankgiro's own rules above judge whose it is.
_REFERENCE_LABELS: Final = ID_NEGATIVE_CUES - {"bg", "pg", "bankgiro", "plusgiro"} | {
    # a user's or a profile's id on a platform (`bannade kontot … användar-id 8812…`, `account
    # … user id 5512…`) and a payment's message (`meddelande 4471 2290 118`): no account's
    "id", "användar-id", "användarid", "userid", "user-id", "uid", "profil-id", "profilid",
    "meddelande", "meddelandet", "message", "memo"}
# A person's word right before the payment word makes the account theirs: `Hans plusgiro`.
# A reflexive's own, nearer the number than an organisation's word: `från sitt eget`.
_OWN: Final = frozenset({"sitt", "sin", "sina", "eget", "egen", "egna", "own"})
_PERSONAL_OWNERS: Final = frozenset({"hans", "hennes", "hens", "min", "mitt", "mina", "din",
                                     "ditt", "his", "her", "my", "their", "deras"})


def _owner_after(text: str, end: int) -> bool:
    named = _OWNER_AFTER.match(text, end)
    if named is None:
        return False
    words = words_before(named.group(1), len(named.group(1)), 30)
    # an institution's word names the owner too: `(Vårdcentralen Apoteksgården)`
    return any(w in ORG_PAYMENT_CUES or w in _FIRMS or an_institutions_word(w)
               for w in words) and _PERSONAL_WORDS.isdisjoint(words)


# A Swish number's memo asked for after it: `Swish 123 …, märk gåvan med hennes namn`.
_GIFT_AFTER: Final = re.compile(r"[^.\n]{0,40}?\b(?:minnes)?gåv(?:a|an|or|orna)\b", re.I)


def _a_gift_after(text: str, end: int) -> bool:
    return _GIFT_AFTER.match(text, end) is not None


def _paid_to_an_organisation(before: list[str]) -> bool:
    """The nearest payment word is an organisation's (`bankgiro 5050-1055`, `vårt plusgiro`),
    not an account's (`bankgiro 5050-1055 eller konto 8327-9, …`, `hans plusgiro …`)."""
    for n in range(len(before) - 1, -1, -1):
        word = before[n]
        if word in _OWN:
            return False  # `har ett företag men swishade från sitt eget 123 …`
        if word in ORG_PAYMENT_CUES or word.endswith(_FEES) or word in _FIRMS or (
                word.startswith(_ORG_STEMS)) or word.endswith(_ORG_ENDS):
            return n == 0 or before[n - 1] not in _PERSONAL_OWNERS
        if word in BANK_CUES and word not in _SWISH_WORDS:
            return False  # `Swish` says nothing of whose: insamlingen via Swish 123 …
    return False


_IPV4: Final = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_COUNTRY_CODE: Final = re.compile(r"(?:\+|\b00)\d{1,3}[ \t]?\(?0?\)?[ \t]?$")


# A personnummer of twelve or ten digits: maybe the century, a date, four digits (19960310
# 9603, 960310-9603, 9603109603).
_DATED_ID: Final = re.compile(
    r"(?:19|20)?\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01]|[6-8]\d|9[01])\D?\d{4}")


_TYPOGRAPHIC_TAIL: Final = re.compile(r"[‐‑‒–—−]\d{4}(?!\d)")
# A calendar date: `Swish-flöde 2026-03-01 – 2026-09-30` is a period, never an account.
_A_DATE: Final = re.compile(
    r"(?:19|20)\d\d([-.])(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\2(?:19|20)\d\d")


_ORG_SHAPE: Final = re.compile(r"\d{6}-?\d{4}")


def _a_dated_id(number: str) -> bool:
    return _DATED_ID.fullmatch(number) is not None


def _cue_on_its_line(text: str, start: int) -> bool:
    """A bank word on the number's line, or alone above it as a form's label (`Konto:⏎…`),
    not ending another row (`… konto 9150 …⏎Lotta Ekberg 600110…`)."""
    line = text.rfind("\n", 0, start) + 1
    if cue_within(text[line:start], start - line, BANK_CUES, 50, last=5):
        return True
    if text[line:start].strip() or line == 0:
        return False
    above = text[text.rfind("\n", 0, line - 1) + 1 : line - 1]
    words = words_before(above, len(above), 50)
    return len(words) <= 3 and cue_within(above, len(above), BANK_CUES, 50, last=1)


def _digit_count(s: str) -> int:
    return sum(map(str.isdigit, s))


# Arabic-Indic and Persian digits as the phone recognizer reads them (`۰۷۰ ۱۷۴ …`).
_AS_ASCII: Final = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
# A Swedish mobile with its country code and no `+`: 46 7x, nine digits in all after 46.
_SWISH_TO_A_MOBILE_ABROAD: Final = re.compile(r"46[ -]?7\d(?:[ -]?\d){7}")


# Words a bank cue opens that name no account: `kontoret` (the office), `kontorschef`,
# `sortiment`, `bankett`; a number after them is a phone's or a code's.
_NOT_BANKS: Final = ("kontor", "sorter", "sortim", "bankett")


def _bank_cued(text: str, start: int) -> bool:
    """A bank's word among the five words before (`konto`, `clearingnr`, `Swish`), not one
    of the words that merely open as one does."""
    if not cue_within(text, start, BANK_CUES, 50, last=5):
        return False  # most numbers: answered without a list of words
    words = words_before(text, start, 50)[-5:]
    return has_cue([w for w in words if not w.startswith(_NOT_BANKS)], BANK_CUES, last=5)


class BankAccountRecognizer(RegexRecognizer):
    ENTITY = "BANK_ACCOUNT"
    PATTERNS = (ACCOUNT, LEDGER_ACCOUNT)
    CONTEXT = ("konto", "kontonummer", "clearing", "swish", "bankgiro", "plusgiro")

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        number = match.group()
        if _COUNTRY_CODE.search(text, max(0, match.start() - 10), match.start()):
            return None  # +46 70 174 06 49, 0046 (0) 70 …: a phone's digits after its code
        # A Swish number's `123` first: no pattern asked of the other 99 % of numbers.
        swish = number.startswith("123") and SWISH.fullmatch(number) is not None
        shaped = CLEARING_COMMA.fullmatch(number) is not None
        if not (swish or shaped) and not (_bank_cued(text, match.start()) and (
                7 <= _digit_count(number) <= 18)):
            return None  # most numbers: no account's length, or no bank word before them
        if not (swish or shaped) and _a_dated_id(number) and not _cue_on_its_line(
                text, match.start()):
            return None  # `konto …` a line above, then `Lotta Ekberg 199603109603`: hers
        before = words_before(text, match.start(), 50)
        if (before and (before[-1] in _ORG_NUMBER_LABELS or before[-1] in _REFERENCE_LABELS)) or (
                a_documents_number(text, match.start())):
            # org.nr 948285-9429 after a plusgiro, `order 118-40 2291`, `Annons #41230019`
            return None
        if not shaped and _paid_to_an_organisation(before[-8:] if swish else before[-4:]):
            return None  # bankgiro 5050-1055, Swish till föreningen: an organisation's
        if not shaped and (_owner_after(text, match.end()) or (swish and _a_gift_after(
                text, match.end()))):
            return None  # Swish 123 220 41 18 (föreningens)
        if swish:
            return Hit(match.start(), match.end(), 0.8)
        tail = _TYPOGRAPHIC_TAIL.match(text, match.end())
        if tail and _a_dated_id(number + tail.group()):
            return None  # `19871028–5850`: a personnummer's date before its typographic dash
        if _IPV4.fullmatch(number) or _A_DATE.fullmatch(number) or (
                _ORG_SHAPE.fullmatch(number) and an_organisation_number(number.replace("-", ""))):
            return None  # an IP after "Flashback-konto", a date after "Swish-flöde", an org.nr
        plain = number if number.isascii() else number.translate(_AS_ASCII)
        if (plain.startswith(("0", "+")) and a_phones(plain)) or after_an_area_code(
                text, match.start(), match.end()):
            return None  # Swish to a mobile (in Persian digits, `(073) 060 …`): the phone's
        if _SWISH_TO_A_MOBILE_ABROAD.fullmatch(number):
            return None  # `swish 46701740605`: a mobile, its `+` dropped (phoneabroad.py)
        if _a_dated_id(number) and a_holders_number(number, before):
            return None  # `Kontohavare 800125-7423`: his personnummer (ID_NUMBER reports it)
        return Hit(match.start(), match.end(), 0.8)
