"""Lists whose label says their items are no people, whatever they look like: `Ord i våra
spelprodukter som ser ut som namn: Mr Green, Lady Luck, …`, `Namn som INTE är personer
(till nyanställda): Krugerrand, Wiener Philharmoniker, …`, `Names on our menu that are not
people: Lady Grey, Earl Benson`.

Operators, shops and clubs hand their staff such lists so that no one takes a product for a
customer; a name list takes most items for people. The label (its line up to the colon)
denies them personhood (`inte personer`, `not people`), says they only look or sound like
names (`ser ut som namn`, `liknar personnamn`, `look like names`) or bear people's names
(`varumärken som är personnamn`, `named after people`); every name from the colon
to the sentence's end is no one, and when the colon ends its line, the short lines after it
(a list set one item a line) up to a blank or a long line. A denial of another kind keeps
the people (`Följande är spelare, inte anställda: Lars Nordin`). A gloss after the list
(`… – inte personer`) is disclaimed.py's, and a denial in an aside that closes before the
colon labels nothing (`(… om mönster, inte personer – jag stryker det): Roine Hammar`).
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.prefilter import prefiltered

_PEOPLE: Final = r"(?:personer|människor|folk|personnamn|people|persons|humans)"
# What a label says of its items: no people, or only names' look or sound.
# Through its prefilter (prefilter.py): `re` skips to the first letters of its words.
_DENIAL: Final = prefiltered(re.compile(
    rf"(?<![\w])(?:(?:inte|ej|icke|inga|aldrig|not|no|never)\s+(?:är\s+|are\s+|riktiga\s+"
    rf"|real\s+)?{_PEOPLE}\b"
    r"|(?:ser|såg|look|looks|sound|sounds)\s+(?:ut\s+)?(?:som|like)\s+(?:person|people's\s+|"
    r"personal\s+)?(?:namn|names|personer|people|folk)\b"
    r"|(?:liknar|låter\s+som|påminner\s+om|resemble|resembles)\s+(?:person)?"
    r"(?:namn|names|personer|people|folk)\b"
    # things that bear people's names: varumärken som är personnamn, named after people
    r"|(?:som\s+är|that\s+are|which\s+are)\s+(?:personnamn|people's\s+names)\b"
    r"|(?:uppkallade?|named)\s+(?:efter|after)\s+(?:personer|people|persons)\b)",
    re.IGNORECASE))
_SENTENCE_END: Final = re.compile(r"[.!?](?=\s|$)|\n\s*\n")
_DASHES: Final = re.compile(r"\s[–—-]\s")
_SHORT_LINE: Final = 60  # characters of an item set on its own line
_LONGEST_LABEL: Final = 160  # characters from the denial to its colon


def disowned(text: str, found: list[Hit]) -> list[Hit]:
    """`found` without the names in a list its label says holds no people."""
    denials = list(_DENIAL.finditer(text)) if found else []
    if not denials:
        return found  # most texts: no such label (one search)
    spans = [_list_after(text, m.end()) for m in denials]
    lists = [span for span in spans if span is not None]
    if not lists:
        return found
    return [h for h in found if not any(s <= h.start and h.end <= e for s, e in lists)]


def _list_after(text: str, at: int) -> tuple[int, int] | None:
    """The stretch of the list whose label's colon follows the denial on its line."""
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    colon = text.find(":", at, min(line_end, at + _LONGEST_LABEL))
    if colon < 0 or _SENTENCE_END.search(text, at, colon) is not None:
        return None  # no label's colon, or a sentence ends before it
    between = text[at:colon]
    if _DASHES.search(between) or between.count(")") > between.count("("):
        return None  # the denial is an aside's (`… om mönster, inte personer – jag …):`)
    if text[colon + 1 : line_end].strip():
        stop = _SENTENCE_END.search(text, colon + 1, line_end)
        return colon + 1, stop.start() if stop else line_end
    end = line_end  # the items on their own lines after the colon
    while end + 1 < len(text):
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[end + 1 : nxt].strip()
        if not line or len(line) > _SHORT_LINE:
            break
        end = nxt
    return colon + 1, end
