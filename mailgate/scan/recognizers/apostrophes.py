"""A name in the genitive written with a bare apostrophe, as names ending in s, x or z take
it: `för Andreas' skull`, `Tobias' mamma`, `Jonas' skratt`. The apostrophe glues to the word,
so the word is no capitalised run; a listed name before it is someone's, the apostrophe masked
with it. Holy and old names are left out: `för Jesus' skull` names no one.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.leading import fast
from mailgate.scan.recognizers.scores import SCORE_ALONE
from mailgate.scan.recognizers.wordfacts import STOP_WORDS

# Capital-first (leading.fast): its guard first had it tried at every position.
_GENITIVE: Final = fast(re.compile(
    r"(?<![\w'’-])([A-ZÅÄÖ][a-zåäöéèüø]+(?:-[A-ZÅÄÖ][a-zåäöéèüø]+)?[sxz])['’](?![\w'’])"))
# Names of the Bible and antiquity whose genitive is a phrase or a book's: Jesus' skull,
# Markus' evangelium (Markus is a given name too: only before a book's word).
_NO_ONE: Final = frozenset({"Jesus", "Kristus", "Moses", "Herakles", "Sokrates", "Achilles",
                            "Zeus", "Venus", "Mars", "Paulus", "Dickens"})
_BOOKS: Final = ("evangelium", "evangeliet", "brev", "gospel", "epistle")
_SAINT: Final = re.compile(r"\b(?:St|St\.|S:t|Saint|Sankt|Sant)\s$")


def apostrophe_genitives(text: str) -> list[Hit]:
    """Every listed name with a bare apostrophe after it: Andreas', Tobias', Felix'."""
    if "'" not in text and "’" not in text:
        return []
    out = []
    for m in _GENITIVE.finditer(text):
        word = m.group(1)
        after = text[m.end(): m.end() + 12].lstrip(" ")
        if word in _NO_ONE or after.startswith(_BOOKS) or after[:1].isupper() or (
                _SAINT.search(text, max(0, m.start() - 8), m.start())):
            continue  # St Thomas' Hospital, Guy's and St Thomas': a place's name
        info = names.lookup(word, STOP_WORDS)
        if (info.first or info.last) and not (info.negative or info.common):
            out.append(Hit(m.start(), m.end(), SCORE_ALONE))
    return out
