"""Whether a text is German, by the function words that Swedish, English and the Nordic
languages do not write: languages.py sets German word facts on its stretches, and line
styles read no Title Case in it (German capitalises every noun)."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.lowered import lower_text

GERMAN_MARKERS: Final = frozenset({
    "und", "nicht", "ist", "wurde", "ich", "wir", "sehr", "bitte", "für", "sind", "eine",
    "einen", "einem", "einer", "dem", "aus", "bei", "sie", "haben", "wird", "oder", "auch",
    "noch", "nach", "zum", "zur", "unser", "unsere", "ihre", "dass", "gibt", "kann", "können",
})
_WORD: Final = re.compile(r"[^\W\d_]+")


def a_german_text(text: str) -> bool:
    """Three markers at least, as languages.py asks of a stretch."""
    return len(GERMAN_MARKERS.intersection(_WORD.findall(lower_text(text)))) >= 3
