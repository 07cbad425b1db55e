"""A room, hall or venue named after someone, told by a neuter state right after it: `Linus
Torvalds är bokat`, `Greta Garbo var fullbokat`, `Alfred Nobel är stängt i dag`.

Swedish predicative adjectives and participles agree with their subject: a person takes the
common gender (`Anna är bokad`, `stängd`), so a neuter-only form after `är`/`var` tells a
thing's name (a room, a hall, a ward; a building named after a scientist). Only forms that are
no adverb too (`öppet`, `ledigt` modify adjectives: `öppet homosexuell`) and differ from the
common gender (`låst`, `fullsatt` are both). The run must open its clause, as the state agrees
with the subject: `Mötet med Hedda Hall är bokat` is the meeting's. Asked of each run judged a
name (aside.py): a few neighbours looked at.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.words import Tok

_COPULAS: Final = frozenset({"är", "var", "blir", "blev"})
# Words after which a clause, and its subject, begins.
_CLAUSE_OPENERS: Final = frozenset({",", ";", "och", "men", "för", "eftersom", "att", "så",
                                    "då", "om", "fast", "medan"})
_NEUTER_STATES: Final = frozenset({
    "bokat", "fullbokat", "uppbokat", "avbokat", "dubbelbokat", "stängt", "avstängt",
    "reserverat", "upptaget", "inställt", "nedlagt", "utsålt", "slutsålt", "städat",
    "renoverat", "ombokat", "tomt", "överbokat",
})


def a_neuter_state(run: list[Tok], toks: list[Tok]) -> bool:
    """`är bokat`, `var fullbokat` right after the run, on its line, the run opening its
    clause."""
    first = run[0]
    if not (first.sentence_start or first.line_break_before or first.index == 0 or (
            toks[first.index - 1].folded in _CLAUSE_OPENERS)):
        return False
    i = run[-1].index + 1
    if i + 1 >= len(toks) or toks[i].folded not in _COPULAS:
        return False
    state = toks[i + 1]
    return not state.line_break_before and state.folded in _NEUTER_STATES
