"""Who said a quoted line: a closing quote, a dash, and a full name ending the line or
followed by a comma or a bracket (a survey's answers, a review's voices):

```
"Lunchen var kall." – Viola Ström
"Jag kommer gärna igen." — Lisa Frisk, Umeå
```
Both words may be ordinary words (viola, ström; lisa, frisk) and so read as a phrase
elsewhere; after a quote and its dash they are its speaker. Both must be listed (a given
name, then a surname), the given name no place's or substance's word.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.namerows import NAME_PAIR, a_full_name
from mailgate.scan.recognizers.scores import SCORE_FULL

_DASHES: Final = ("–", "—", " - ")
_QUOTES: Final = ('"', "”", "»")
# A closing quote, a dash, two capitalised words, then the line's end, a comma or a bracket.
_SIGNED: Final = re.compile(
    r"[\"”»][ \t]*(?:–|—|-)[ \t]*" + NAME_PAIR + r"[ \t]*(?=$|[,(])", re.MULTILINE)


def quote_signers(text: str) -> list[Hit]:
    if not (any(q in text for q in _QUOTES) and any(dash in text for dash in _DASHES)):
        return []  # nearly every text: no quote signed
    return [Hit(m.start(1), m.end(2), SCORE_FULL) for m in _SIGNED.finditer(text)
            if a_full_name(m.group(1), m.group(2))]
