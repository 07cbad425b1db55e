"""A given name typed in lower case with its genitive -s, before what is that person's:
`en påse i viggos jacka`, `hos kentas kompis`, as dictation and chat write it. The -s form
is in no list, so the name's base form is asked: a given name common here (a word too, as
`sten`), after a preposition and before a lower-case noun."""

from __future__ import annotations

from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.textindex import indexes_where
from mailgate.scan.recognizers.wordfacts import STOP_WORDS
from mailgate.scan.recognizers.words import Tok

# Prepositions before a possession: i viggos jacka, på linas rum, med kentas mamma.
_BEFORE: Final = frozenset({"i", "på", "med", "hos", "från", "till", "av", "ur", "under", "åt",
                            "bakom", "vid", "om"})
_SHORTEST: Final = 4  # letters with the -s: `los`, `bos` are words


def lower_genitives(toks: list[Tok]) -> list[Hit]:
    """Lower-case genitives of given names common here, between a preposition and a noun."""
    found: list[Hit] = []
    # Only words of a genitive's shape are read (asked once per distinct word).
    for i in indexes_where(toks, _genitive_shaped):
        if i == 0 or i + 1 >= len(toks) or toks[i - 1].folded not in _BEFORE:
            continue
        tok = toks[i]
        nxt = toks[i + 1]
        if nxt.capital or not nxt.alpha or nxt.folded in STOP_WORDS or nxt.line_break_before:
            continue
        if _a_genitive_of_a_given_name(tok):
            found.append(Hit(tok.start, tok.end, SCORE_WEAK))
    return found


def _genitive_shaped(text: str) -> bool:
    return text.endswith("s") and len(text) >= _SHORTEST and text[:1].islower()


def _a_genitive_of_a_given_name(tok: Tok) -> bool:
    info = tok.info
    if info.name or info.common or info.negative or tok.drug_word or not tok.alpha or (
            tok.folded in STOP_WORDS or tok.text.endswith("ss")):
        return False  # a word or name itself (mats, bus), or a double s (boss, pass)
    base = names.lookup(tok.text[:-1], STOP_WORDS)
    return base.first and base.core and not base.negative and tok.text[:-1] not in STOP_WORDS
