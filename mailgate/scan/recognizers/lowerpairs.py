"""Two rarer given names typed in lower case and joined as chat joins people (`med ansora o
varenya`, `hittade tabassum och sulhi`): neither is a word of any list, and two such names side
by side say what one alone would not. lowercase.py finds a pair when one of them is common
here or cued; this reads the pair no cue precedes."""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.textindex import positions
from mailgate.scan.recognizers.wordfacts import STOP_WORDS
from mailgate.scan.recognizers.words import Tok

_JOINS: Final = frozenset({"och", "o", "&", "and", "eller"})
# The short given names are as often words of other tongues or clippings (`mats`, `ali`).
_RARE_LENGTH: Final = 4


def lower_pairs(toks: list[Tok]) -> list[Hit]:
    """`ansora o varenya`: two listed given names in no other use, in lower case, joined."""
    at = positions(toks)
    joins = [i for word in _JOINS for i in at.get(word, ())]  # typed in lower case, as the names
    if not joins:
        return []
    out = []
    last = len(toks) - 1
    for i in sorted(joins):
        if not 0 < i < last or toks[i].line_break_before or toks[i + 1].line_break_before:
            continue
        first, second = toks[i - 1], toks[i + 1]
        if _rare_lower_name(first) and _rare_lower_name(second):
            out += [Hit(first.start, first.end, SCORE_WEAK),
                    Hit(second.start, second.end, SCORE_WEAK)]
    return out


def _rare_lower_name(tok: Tok) -> bool:
    info = tok.info
    return info.first and tok.alpha and tok.text.islower() and len(tok.text) >= _RARE_LENGTH and (
        not (info.common or info.negative or tok.drug_word or tok.is_cue_word)) and (
        tok.folded not in STOP_WORDS and tok.folded not in english_words())
