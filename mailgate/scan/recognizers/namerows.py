"""A list's row opening with someone's full name, then a tab and a phone number:

```
Visningslista
Lisa Frisk	070-174 06 61	intresserad
```
A given name that is also an ordinary word (Lisa, Viola) at a line's start reads as a word
beside a surname that is a word too (Frisk, Ström); but a row that gives the pair a number of
its own is a contact's. Both words must be listed (a given name, then a surname; a surname may
also be a place's, Berg, Lund), the given name no place's or substance's (Adam), so
`Norra Skog⏎08-…` or `Kronans Apotek⏎0771-…` stay things.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon, names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_FULL

# Two capitalised words, each a group: a given name and a surname for a_full_name to judge.
NAME_PAIR: Final = r"([A-ZÅÄÖ][a-zåäöéü]+) ([A-ZÅÄÖ][a-zåäöéü]+)"
# A line's two capitalised words, a tab, and a number of seven characters or more.
_ROW: Final = re.compile(
    r"(?m)^[ \t]*" + NAME_PAIR + r"[ \t]*\t[ \t]*(?:\+\d|\(?0\d)[\d ()-]{6,}")
_NO_STOP_WORDS: Final = frozenset[str]()


def name_rows(text: str) -> list[Hit]:
    if "\t" not in text:
        return []  # nearly every text: no row to read
    return [Hit(m.start(1), m.end(2), SCORE_FULL) for m in _ROW.finditer(text)
            if a_full_name(m.group(1), m.group(2))]


def a_full_name(given: str, surname: str) -> bool:
    """A listed given name (no place's or substance's word), then a listed surname."""
    first = names.lookup(given, _NO_STOP_WORDS)
    last = names.lookup(surname, _NO_STOP_WORDS)
    return (first.first and not first.negative and last.last
            and f"{given} {surname}".casefold() not in lexicon.organisations())
