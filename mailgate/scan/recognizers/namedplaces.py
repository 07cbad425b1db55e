"""A place named after someone, read from its first word: `Astrid Lindgrens skola`, `Gustav
Adolfs torg`, `Karin Boyes gymnasium`.

After a person's name and a comma (`Petra Almqvist, Astrid Lindgrens skola`), a given name
opening such a place was read as a register's `Surname, Given` or as one more person of a
list; the genitive and the place's noun after it say the item is the place. One word in the
genitive does so before a noun in the definite, which no owner's genitive takes
(`Karl-Johans hemmet`, not `Lisas skola`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.cues import PLACE_NOUNS
from mailgate.scan.recognizers.words import Tok

_NAME_WORDS: Final = 3  # words of the honoured name before the place's noun
_DEFINITE: Final = frozenset(w for w in PLACE_NOUNS if w.endswith(("en", "et", "an"))) - {
    "plan", "street"}


def opens_a_named_place(i: int, toks: list[Tok]) -> bool:
    """The capitalised words from `i` end, two or three words on, in a genitive and a place's
    noun on their line."""
    for j in range(i, min(i + _NAME_WORDS, len(toks) - 1)):
        tok, nxt = toks[j], toks[j + 1]
        if not tok.capital or nxt.line_break_before or (j > i and tok.line_break_before):
            return False
        if tok.text.endswith("s") and (nxt.folded in _DEFINITE or (
                j > i and nxt.folded in PLACE_NOUNS)):
            return True  # not `Lisas skola` alone: the girl's school
    return False
