"""Boats and foreign parks named like people: `båten Gamle Erik`, `motorbåten Lill-Ola`,
`Räddningsbåt Rescue Gunnel Larsdotter`, `Görlitzer Park`.

A boat word (or a compound ending in one) right before a run gives the boat's name, even
when that is a given name: boats are named after people. Sjöräddningssällskapet names its
boats `Rescue` and a donor's name. The neighbours' words count too (`prom Nova Star`,
`ferjen`, `laivalla`), but not English `prom` (a dance) before a given name and a listed
surname (`at prom Anna Lind`). A run ending in a foreign place noun (`Park`, `Street`,
`Platz`) after words that are no given names is a place (`Anna Park`, `Vakten Anna Lane`
stay people); one ending in a place noun no one is surnamed is a place after given names too
(`Victoria Station`, `Kennedy Airport`). A name right before a ship's IMO number is the
ship's (`MV NORDIC LINNEA (IMO 9418822)`, `the tanker Karin Lundh (IMO 9312456)`): IMO numbers
are given to ships only.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.endings import Endings
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.textindex import any_ending
from mailgate.scan.recognizers.things import VESSEL_ENDINGS
from mailgate.scan.recognizers.words import QUOTES, Tok

_LONGEST_BOAT_NAME: Final = 3  # words
_A_VESSEL_ENDING: Final = Endings(VESSEL_ENDINGS)
# Definite ship words of Swedish, which a capitalised compound may end in (Systerfartyget).
_SWEDISH_VESSELS: Final = ("båten", "fartyget", "färjan", "skeppet", "kryssaren", "isbrytaren",
                           "trålaren", "tankern")
PLACE_NOUNS_ABROAD: Final = frozenset({"park", "street", "road", "lane", "square", "avenue",
                                       "platz", "straße", "strasse", "bridge", "gardens", "common",
                                       "plein", "gracht", "plaza", "boulevard"})


def boat_words(folded: frozenset[str]) -> bool:
    """Whether a text's words (folded) hold a boat's word or `rescue`: a_boat's gate."""
    return "rescue" in folded or any_ending(folded, _A_VESSEL_ENDING)


def a_boat(run: list[Tok], toks: list[Tok]) -> bool:
    for k, t in enumerate(run[:-1]):
        if t.folded == "rescue" and (k == 0 or run[k - 1].folded.endswith(VESSEL_ENDINGS)):
            return True  # (Räddningsbåt) Rescue Gunnel Larsdotter, a rescue boat
    if _a_capital_vessel_word(run):
        return True  # Räddningskryssaren Elsa Wihlborg, Systerfartyget Tom Sawyer
    i = run[0].index - 1
    while i >= 0 and toks[i].text in QUOTES:
        i -= 1
    if i >= 0 and toks[i].folded == "prom" and run[0].info.first and run[-1].info.last:
        return False  # at prom Anna Lind danced: English `prom`, a dance, before someone
    return i >= 0 and len(run) <= _LONGEST_BOAT_NAME and toks[i].folded.endswith(
        VESSEL_ENDINGS) and not toks[i].capital


def _a_capital_vessel_word(run: list[Tok]) -> bool:
    """A Swedish ship's word opening a sentence, then the ship's name, full names too:
    ships are named after people (`Isbrytaren Atle`, `Räddningskryssaren Elsa Wihlborg`);
    no person is written right after one."""
    return 1 < len(run) <= _LONGEST_BOAT_NAME + 1 and run[0].folded.endswith(_SWEDISH_VESSELS)


# Place nouns no one is surnamed: after given names too (`Victoria Station`, `Kennedy Airport`).
PLACE_NOUNS_NO_SURNAME: Final = frozenset({"station", "airport", "square", "gardens", "stadium",
                                           "cathedral", "museum", "gallery", "theatre",
                                           "theater", "terminal", "harbour", "harbor", "road",
                                           "avenue", "boulevard"})


def a_park_abroad(run: list[Tok]) -> bool:
    if len(run) < 2:
        return False
    return (run[-1].folded in PLACE_NOUNS_NO_SURNAME and run[-1].capital) or (
        run[-1].folded in PLACE_NOUNS_ABROAD and not any(t.info.first for t in run[:-1]))


# A ship's IMO number (seven digits) right after its name, maybe in brackets or after a comma.
_IMO: Final = re.compile(r"[ \t]?[(,]?[ \t]?IMO[ \t:.-]*(?:nr\.?|no\.?)?[ \t]*\d{7}(?!\d)")


def ships_out(text: str, found: list[Hit]) -> list[Hit]:
    """`found` without the names a ship's IMO number follows."""
    if "IMO" not in text or not found:
        return found
    return [h for h in found if not _IMO.match(text, h.end)]
