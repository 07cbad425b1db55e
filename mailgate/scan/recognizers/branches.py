"""An organisation's branch by its compass word: `Förarprov Nord`, `Konvent Syd`, `Trådlös
Väst`. Units, regions and event series add a compass point to their name; a person's name
ends in one only as a surname after a given name (`Kasper Nord`), which stays a name."""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.abroad import COMPASS
from mailgate.scan.recognizers.words import Tok

# The compass points as a name's last word, Swedish and English, also the older forms.
BRANCH_TAILS: Final = COMPASS | frozenset({"norr", "söder", "öster", "väster", "mitt"})


def a_branch(words: list[Tok]) -> bool:
    """Two words, the second a compass point and the first no given name."""
    return len(words) == 2 and words[1].folded in BRANCH_TAILS and not (
        words[0].info.first or words[0].initial)
