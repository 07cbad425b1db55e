"""Landlines that belong to an organisation a report names, not to a person.

`_an_organisations_line` in phone.py takes a number written right after an organisation's
name; these are the two other ways reports write one:
- the organisation's name in the genitive and a number word before it:
  `Giftinformationscentralens nummer 010-456 67 00`, `Polisens telefon 114 14`;
- the organisation's name in brackets right after it: `020-84 44 48 (Alkohollinjen)`.
A person's name in either place (`Eriks nummer`, `070-… (Erik)`) is no organisation's.
"""

from __future__ import annotations

import re

from mailgate.scan import lexicon
from mailgate.scan.recognizers.base import words_before

# Words between an organisation's genitive and its number.
NUMBER_WORDS = frozenset({"nummer", "telefonnummer", "telefon", "tel", "tfn", "number",
                          "phone", "växelnummer", "jourtelefon", "journummer", "stödlinje"})
_NAMED_AFTER = re.compile(r"[ \t]*\(([^()\n]{2,60})\)")


def an_organisations_number(text: str, start: int, end: int) -> bool:
    """The number between `start` and `end` is an organisation's, by the words around it."""
    return _genitive_before(text, start) or _named_after(text, end)


def _named_after(text: str, end: int) -> bool:
    """`020-84 44 48 (Alkohollinjen)`, `010-456 67 00 (Giftinformationscentralen)`."""
    named = _NAMED_AFTER.match(text, end)
    return named is not None and named.group(1).strip().casefold() in lexicon.organisations()


def _genitive_before(text: str, start: int) -> bool:
    """`Giftinformationscentralens nummer 010-…`: a number word after an organisation's name
    in the genitive. `hans nummer`, `Eriks nummer` stay someone's."""
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
