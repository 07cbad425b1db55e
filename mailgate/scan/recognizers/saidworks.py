"""A name the sentence says is a work or a made-up figure: `Professor Balthazar är en tecknad
serie`, `Monsieur Hulot är en film av Jacques Tati`, `Doktor Glas is a novel`. What is called a
film, a book or a cartoon is its title, not a person; the maker named after it stays (`av
Jacques Tati`). `Anna Berg är en vän`, `Ola är en film-nörd`, `Kalle är en figur` (a
character about town) go on about people.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.lowered import folded_text

_KINDS: Final = (
    "film", "tv-serie", "serie", "seriefigur", "bok", "roman", "pjäs", "låt", "sång",
    "musikal", "opera", "saga", "barnbok", "tecknad serie", "tecknad figur", "animerad serie",
    "fiktiv figur", "romanfigur", "movie", "book", "novel", "series", "tv series",
    "song", "play", "cartoon", "comic strip", "cartoon character", "fictional character", "musical",
)
# `är en film`, `var en tecknad serie`, `is a novel`, then the clause's end or `av`/`by`/`från`.
_SAID: Final = re.compile(
    r"[\"”’']?[ \t]+(?:är|var|is|was)[ \t]+(?:en|ett|a|an)[ \t]+(?:"
    + "|".join(sorted(map(re.escape, _KINDS), key=len, reverse=True))
    + r")(?=[ \t]*(?:[,.;:!?)]|$|av\b|by\b|från\b|from\b|i\b|in\b|om\b|about\b|med\b|with\b))",
    re.IGNORECASE | re.MULTILINE)


def said_to_be_works(text: str, found: list[Hit]) -> list[Hit]:
    """`found` without a name that the words right after it call a work or a figure."""
    if not found:
        return found
    lowered = folded_text(text)
    if " är e" not in lowered and " var e" not in lowered and " is a" not in lowered and (
            " was a" not in lowered):
        return found  # nothing is said to be anything
    return [h for h in found if _SAID.match(text, h.end) is None]
