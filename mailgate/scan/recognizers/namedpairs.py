"""Two words a list of things' names holds together: `Gamla Stan`, `Ebba Grön`, `Clas
Ohlson`. Two capitalised words read as a given name and a surname, or a comma's `Surname,
Given` astride two items of a list, are a place's, a band's or a firm's listed name first.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.recognizers.words import Tok

# The lists of things' names a pair of words may be: a place, a firm or a band, a work, an
# event, a product, a character, a region, an agency.
_THING_LISTS: Final = ("places", "places_abroad", "organisations", "works", "events",
                       "products", "characters", "regions", "agencies")


@lexicon.table
def _things_named() -> frozenset[tuple[str, ...]]:
    """The lists' two-word names as lexicon.phrases splits them: only pairs are asked."""
    return frozenset(p for name in _THING_LISTS for p in lexicon.phrases(name) if len(p) == 2)


def a_named_pair(first: Tok, last: Tok) -> bool:
    """Two words a list of things' names holds together: `Gamla Stan`, `Ebba Grön`."""
    return (first.folded, last.folded) in _things_named()
