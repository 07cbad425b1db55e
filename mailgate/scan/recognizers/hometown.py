"""The town written after a home's street and number, as on an envelope: `Kvarngatan 7, Eslöv`,
`KLÖVERVÄGEN 8 BORÅS`, `14 Willow Lane, Stockport SK4 2DN`, `1418 Maple Crest Drive, Dayton,
OH 45409`. With the street it narrows a home to one door, so it is masked with it. A town said
in passing (`Storgatan 12 i Malmö`) is where something happened and stays, as does any town
not joined to a street and number."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import names

_WORD: Final = r"(?:[A-ZÅÄÖ][a-zåäöéü]+|[A-ZÅÄÖ]{2,})"
# One or two words of a town (`Upplands Väsby`, `Stockholm-Arlanda`), then no more of a word.
_TOWN: Final = re.compile(rf",?[ \t]({_WORD})(?:[ -]({_WORD}))?(?![\w-])")
# A postal code after an English-speaking town: a US state and ZIP, a British postcode.
_POSTAL: Final = re.compile(
    r",?[ \t](?:[A-Z]{2}[ \t]\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2})(?![\w])")
# What closes an address whose town no list holds: the line's or the sentence's end.
_CLOSED: Final = re.compile(r"[ \t]*(?:$|[\n.;!?)]|,[ \t])")


def town_end(text: str, end: int) -> int:
    """Where the address ending at `end` ends once its town (and postal code) is taken in;
    `end` when no town follows."""
    town = _TOWN.match(text, end)
    if town is None:
        return end
    first, second = town.group(1).casefold(), town.group(2)
    if second and names.is_place(text[town.start(1):town.end()].casefold()):
        stop = town.end()
    elif names.is_place(first) or _unlisted_town(town, text):
        stop = town.end(1)
    else:
        return end
    tail = _POSTAL.match(text, stop)
    return tail.end() if tail else stop


def _unlisted_town(town: re.Match[str], text: str) -> bool:
    """An unlisted town only after a comma: before a postal code, or closing the address and
    no one's name or a listed thing (`Vintervägen 4, Torö.`, not `Storgatan 12, Anna.`)."""
    word = town.group(1)
    if not town.group().startswith(",") or len(word) < 3:
        return False
    if _POSTAL.match(text, town.end(1)) is not None:
        return True  # Bolton BL2 6QX: a surname too, but a postcode follows
    if _CLOSED.match(text, town.end(1)) is None:
        return False
    info = names.lookup(word.capitalize(), frozenset())
    return not (info.first or info.last or info.negative or info.common)
