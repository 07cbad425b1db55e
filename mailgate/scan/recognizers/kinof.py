"""The one someone is kin of: `Ewa Granath (dotter till Harry)`, `son till Tina`, `the wife
of Molly`. A name there is a person's even where a list holds it as a drug's street name or
a word (`Harry`, `Tina`, `Molly`, `Lind`): a substance, a place or a thing has no daughter,
son or wife. Only a listed given name or surname is read, capitalised and on the kin word's
line, and a surname that is also a place's name stays a place (`sonen åkte till Sala`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan import names
from mailgate.scan.kinwords import KIN_OF_SOMEONE
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.textindex import indexes_where, token_folded
from mailgate.scan.recognizers.words import Tok

# The words joining kin to the one it is kin of.
_OF: Final = frozenset({"till", "of", "åt"})


def kin_of_names(toks: list[Tok]) -> list[Hit]:
    """Each listed name right after a kin word and `till` or `of`."""
    if token_folded(toks).isdisjoint(KIN_OF_SOMEONE):
        return []  # a text without kin words pays one set test
    out = []
    for i in indexes_where(toks, _a_kin_word):
        if i + 2 < len(toks) and toks[i + 1].folded in _OF and _a_name_there(toks[i + 2]):
            out.append(Hit(toks[i + 2].start, toks[i + 2].end, SCORE_WEAK))
    return out


def _a_kin_word(text: str) -> bool:
    return text.casefold() in KIN_OF_SOMEONE


def _a_name_there(tok: Tok) -> bool:
    """A capitalised listed name on the kin word's line, not a town no list names anyone."""
    info = tok.info
    return tok.capital and tok.alpha and not tok.line_break_before and (
        info.first or (info.last and not names.is_place(tok.folded)))
