"""A role before `för` or `hos` and the word it serves: the role's firm, unit or place, not
a person (`ombud för Matbutiken`, `handledare hos Byggkompaniet`, `volunteer for Caritas`).

Words.py lets a person's cue reach over one word (`pratade med Anna`); a role's `för` and
`hos` name what the role works for. A guardian serves a person (`god man för Oktawian`), so
the guardians' words are kept out.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.holders import a_role
from mailgate.scan.recognizers.words import RELATION_CUES, Tok

_SERVING: Final = frozenset({"för", "hos", "for"})
# Who serves a person: `god man för X`, `förvaltare för X`, `advokat för X`.
_GUARDIANS: Final = frozenset({"man", "gode", "förvaltare", "förvaltaren", "advokat",
                               "advokaten", "försvarare", "försvararen", "tolk", "tolken"})


def serves_a_thing(tok: Tok, toks: list[Tok]) -> bool:
    """A role two words back and `för`, `hos` or `for` right before the word."""
    i = tok.index
    if i < 2 or toks[i - 1].folded not in _SERVING:
        return False
    role = toks[i - 2]
    return role.alpha and role.folded not in _GUARDIANS and (
        role.folded in RELATION_CUES or a_role(role.folded))
