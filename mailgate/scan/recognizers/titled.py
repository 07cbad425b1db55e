"""A title before a word that is no name names a boat, a drink, a pill or a stage name, not a
person: `"Lady Blue"`, `Lady Gin`, `Queen Bee`. A title before a name stays a person
(`Lady Anna Berg`), and so does a dealer's nickname after a naming cue (`kallas "Kapten
Ketamin"`: person.py weighs the cue; `kapten` is no title here for that reason)."""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.words import Tok

TITLES: Final = frozenset({"lady", "queen", "king", "lord", "sir", "miss", "madame", "prince",
                           "princess", "duke", "baron", "drottning", "kung", "prins", "prinsessan"})


def a_titled_thing(run: list[Tok]) -> bool:
    """Two words: a title, then a word no name list holds."""
    if len(run) != 2 or run[0].folded not in TITLES:
        return False
    word = run[1]
    return word.alpha and not word.info.name
