"""Whether a case, lab or order number's label names this number or another one before it.

`labnr 21-81863` and `Dnr KS 2026/0123-0812` are no phone numbers: their label stands right
before them. In `Dnr 2026-1234, ring 070-174 06 25` the label names the diary number, and
the number after it, past a comma and a word, is a phone number again.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.numbercues import NUMBER_LABELS
from mailgate.scan.recognizers.base import cue_within, has_cue, words_before
from mailgate.scan.recognizers.columns import column_header

_CHARS: Final = 40
# The last digit of a window, and what follows it up to the number asked about.
_AFTER_LAST_DIGIT: Final = re.compile(r"\d(\D*)$")
# What parts two numbers: a space, a line, a comma or semicolon (a slash or dash joins the
# parts of one: 2026/0123-0812).
_PARTED: Final = re.compile(r"[\s,;]")
# A bracket closed right before the number: the label was inside an aside.
_ASIDE_CLOSED: Final = re.compile(r"[A-Za-zÅÄÖåäö]\)[ \t]*:?[ \t]*$")

# Things a shop, club, venue or platform numbers for itself: a receipt, ticket, card or ad.
# Said right before a number (its head in a compound too: `Återlämnings-
# kvitto 0855-2301`, `Lånekort 0046-5570 31`), the noun names that number; a phone stands
# apart from it (`skicka kvittot till 070-…`, `kvitto, ring 070-…`).
# Indefinite and without a colon, as a label is written: `på ett kvitto: 070-…` and `numret
# från bokningen 0701…` name where a phone was written. A booking or an order is left out:
# it names the line one rings to book or order too (`Tidbokning 08-…`).
_DOCUMENT_NOUNS: Final = (
    "kvitto", "biljett", "medlemskort", "lånekort", "kundkort", "presentkort", "annons",
    "medlemsnr", "medlemsnummer", "kortnr", "kortnummer", "expeditionsnummer",
    "platsnummer", "ticket", "receipt", "membership card", "listing")
# A number's word between the noun and the number: `Biljett nr 0044-…`, `Ticket no. 0087-…`.
_NUMBER_WORDS: Final = (" nr", " nr.", " no", " no.")


def a_documents_number(text: str, start: int) -> bool:
    """A receipt's, ticket's, card's or ad's noun stands right before `start`
    (string tests, no search: asked of every number)."""
    tail = text[max(0, start - 24) : start].rstrip(" \t#").lower()
    if tail.endswith(_NUMBER_WORDS):
        tail = tail.rsplit(None, 1)[0].rstrip(" \t#") if " " in tail else ""
    return tail.endswith(_DOCUMENT_NOUNS)


def labels_this_number(text: str, start: int) -> bool:
    """A number label is one of the two words before `start`, and no other number stands
    between it and this one; or it heads the number's column (`tid;tagg;innehavare`). A
    number written with `+` is a phone's: no case or order number carries a country code
    (`My number in case: +44 7700 900965`)."""
    if text.startswith("+", start):
        return False
    if column_header(text, start) in NUMBER_LABELS or a_documents_number(text, start):
        return True
    if not cue_within(text, start, NUMBER_LABELS, chars=_CHARS, last=2):
        return False   # nearly every number: no label at all
    window = text[max(0, start - _CHARS) : start]
    if _ASIDE_CLOSED.search(window):
        return False   # `(handskrivet, OCR): 070-…`: the word said how it was read
    digit = _AFTER_LAST_DIGIT.search(window)
    if digit is None or not _PARTED.search(digit.group(1)):
        return True    # the label's number is this one (or this one's first part)
    between = digit.group(1)
    return has_cue(words_before(between, len(between), _CHARS), NUMBER_LABELS, last=2)
