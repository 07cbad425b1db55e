"""A given name opening a message as its writer (`Nomagugu här.`, `Zahur here,`): no cue
word before it, yet it names someone. words.py asks it as a naming cue.

Tried and left out: a given name alone in brackets (`rum 6 (Bernharð)`) flagged a word in
brackets in text nobody had tuned on as often as it found a name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from mailgate.scan.recognizers.words import Tok

# `Anna här`: the writer names themself, in Swedish, Norwegian, Danish or English.
_HERE: Final = frozenset({"här", "her", "here"})
# What may follow `här`: the end of its clause.
_CLAUSE_ENDS: Final = frozenset({".", ",", "!", ":", "-", "–", "—"})


def introduces_self(tok: Tok, toks: list[Tok]) -> bool:
    """A given name opening the text or a line, then `här` and the clause's end."""
    i = tok.index
    if not (i == 0 or tok.line_break_before) or i + 1 >= len(toks):
        return False
    info = tok.info
    if toks[i + 1].folded not in _HERE or not tok.capital or not info.first or (
            info.common or info.negative or tok.drug_word):
        return False
    return i + 2 >= len(toks) or toks[i + 2].text in _CLAUSE_ENDS or toks[i + 2].line_break_before
