"""Streets, squares and buildings named after people are places: Birger Jarlsgatan, Karl
XII:s torg, Hugo Alfvénhallen.

A capitalised run ending in a street's or a building's compound is a place, and the first
name glued to it (`Birger` in `Birger Jarlsgatan`, `Hugo` in `Hugo Alfvénhallen`) belongs
to it, not to a person; a first name before
a regnal number (`Karl XII`, `Gustav III`) is a king, not someone in a report.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.endings import Endings
from mailgate.scan.recognizers.words import Tok

# Endings of street names that hold a person's name: Birger Jarlsgatan, Magnus Ladulåsgatan.
_STREET_ENDINGS: Final = ("gatan", "gata", "vägen", "gränd", "gränden", "torget", "stigen",
                          "allén", "backen", "leden", "gången", "slingan", "kajen", "esplanaden",
                          "promenaden", "plan", "platsen",
                          # and in the genitive: Hjalmar Brantingsgatans busshållplats
                          "gatans", "vägens", "torgets", "platsens", "alléns", "backens")
# `Bangata`, `Ekvägen`: no listed name of seven letters has such an ending (`Wallén` has six).
_SHORTEST_STREET: Final = 7
_STREET_ENDING: Final = Endings(_STREET_ENDINGS)
# Halls, schools, baths and other buildings named after people: Hugo Alfvénhallen, Selma
# Lagerlöfskolan, Arne Jacobsenbadet. No listed name has such an ending; over the dev halves
# a capitalised word before one was 30 hard negatives and no person.
_BUILDING_ENDING: Final = Endings((
    "hallen", "skolan", "gymnasiet", "badet", "arenan", "salen", "biblioteket", "museet",
    "teatern", "kyrkan", "parken", "stadion", "huset", "hemmet", "scenen",
    "kapellet", "vallen", "planen",
    "hallens", "skolans", "gymnasiets", "badets", "arenans", "kyrkans", "parkens"))
_SHORTEST_BUILDING: Final = 8  # a compound: `Hallen`, `Vallen` alone are surnames; not
# `gården`: a farm is a surname's place (`Lisa Nygården`)
_REGNAL: Final = re.compile(r"^[IVX]{1,5}(?::s)?$")


def without_street(run: list[Tok], toks: list[Tok]) -> list[Tok] | None:
    """The run of capitalised words without a street name at its end; None when the whole
    run is one."""
    last = run[-1]
    nxt = toks[last.index + 1] if last.index + 1 < len(toks) else None
    if nxt is not None and _REGNAL.match(nxt.text) and last.info.first:
        return None  # Karl XII:s torg, Gustav III
    if not (len(last.folded) >= _SHORTEST_STREET and _STREET_ENDING.of(last.folded)) and not (
            len(last.folded) >= _SHORTEST_BUILDING and _BUILDING_ENDING.of(last.folded)):
        return run
    kept = run[:-1]
    if kept and kept[-1].info.first and (len(kept) == 1 or not kept[-1].info.last):
        kept = kept[:-1]  # Birger in Birger Jarlsgatan
    return kept or None
