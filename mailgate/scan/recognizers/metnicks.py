"""A quoted word for a person as what someone is called, when a verb of calling, meeting,
texting or staying with is done to it: `hade ringt "Kusinen" som kom`, `pratade länge med
"Grannen"`, `var hos "Mostern"`, `talked to "Cousin"`.

Unquoted, `ringde kusinen` is a relation, no name; a word for a person put in quotes and
given a capital is the name the writer knows someone by. Words for things, services and
helplines (`ringde "Droghjälpen"`, `tittat på "Skam"`) are no person's word and stay out, as
do drugs' names (`om "Tina"`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.words import QUOTES, RELATION_CUES, Tok

# Verbs done to a person right before the quote, or before one of _TO_SOMEONE.
MET_VERBS: Final = frozenset({
    "ringt", "ringde", "ringer", "träffade", "träffat", "träffar", "mötte", "mött", "möter",
    "sms:ade", "sms:at", "messade", "pratade", "pratat", "pratar", "talade", "snackade",
    "var", "bor", "bodde", "sov", "met", "meets", "texted", "phoned", "called", "talked",
    "spoke", "stayed", "visited", "besökte", "besökt", "skrev", "wrote"})
_TO_SOMEONE: Final = frozenset({"med", "hos", "till", "with", "to", "at"})
# Of these verbs, those that need the preposition: `var hos "Mostern"`, not `var "Chefen"`.
_ONLY_WITH: Final = frozenset({"pratade", "pratat", "pratar", "talade", "snackade", "var",
                               "bor", "bodde", "sov", "talked", "spoke", "stayed", "skrev",
                               "wrote"})
_ADVERBS: Final = 1  # words between the verb and its preposition: pratade länge med


def met_nicknames(text: str, toks: list[Tok]) -> list[Hit]:
    if not any(q in text for q in QUOTES):
        return []  # most texts quote nothing
    out: list[Hit] = []
    for tok in toks:
        i = tok.index
        if tok.text in QUOTES and i + 2 < len(toks) and toks[i + 2].text in QUOTES and (
                _a_persons_word(toks[i + 1])) and _met(i, toks):
            out.append(Hit(toks[i + 1].start, toks[i + 1].end, SCORE_WEAK))
    return out


def _a_persons_word(tok: Tok) -> bool:
    return tok.capital and tok.alpha and tok.folded in RELATION_CUES and not tok.drug_word


def _met(quote: int, toks: list[Tok]) -> bool:
    """The verb before the opening quote, or before its preposition."""
    before = quote - 1
    if before < 0:
        return False
    if toks[before].folded in MET_VERBS:
        return toks[before].folded not in _ONLY_WITH
    return toks[before].folded in _TO_SOMEONE and any(
        toks[j].folded in MET_VERBS for j in range(max(0, before - 1 - _ADVERBS), before))
