"""Streets and squares named after people are places: Birger Jarlsgatan, Karl XII:s torg.

A capitalised run ending in a street compound is a street, and the first name glued to it
(`Birger` in `Birger Jarlsgatan`) belongs to the street, not to a person; a first name before
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
_REGNAL: Final = re.compile(r"^[IVX]{1,5}(?::s)?$")


def without_street(run: list[Tok], toks: list[Tok]) -> list[Tok] | None:
    """The run of capitalised words without a street name at its end; None when the whole
    run is one."""
    last = run[-1]
    nxt = toks[last.index + 1] if last.index + 1 < len(toks) else None
    if nxt is not None and _REGNAL.match(nxt.text) and last.info.first:
        return None  # Karl XII:s torg, Gustav III
    if not (len(last.folded) >= _SHORTEST_STREET and _STREET_ENDING.of(last.folded)):
        return run
    kept = run[:-1]
    if kept and kept[-1].info.first and (len(kept) == 1 or not kept[-1].info.last):
        kept = kept[:-1]  # Birger in Birger Jarlsgatan
    return kept or None
