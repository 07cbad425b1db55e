"""Whether a naming cue's subject is a thing's pronoun: `It is called Rose`, `den kallas Tina`,
`det går under namnet X` name a thing; `Den killen heter X`, `she is called` a person."""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.words import Tok

# A thing's pronoun as the naming cue's subject (`It is called Rose`, `den kallas Tina`);
# `de`, `they` name people as often, `that` is a person's too (`a girl that is called`).
_THING_SUBJECTS: Final = frozenset({"it", "it's", "it’s", "den", "det", "detta", "denna"})
# Words between such a subject and the cue: `it is called`, `it's also called` (its `'s`
# one word or three), `det går under namnet`.
_LINKS: Final = frozenset({"is", "was", "'s", "’s", "'", "’", "s", "also", "often", "usually",
                           "goes", "går", "gick", "är", "var", "också", "även", "ofta",
                           "oftast", "ibland", "numera"})
_LINKS_REACH: Final = 4


def a_thing_as_subject(toks: list[Tok], before: int) -> bool:
    """The cue ends right after `before`; its subject, a link or two back, is a thing's."""
    k = before
    while k >= 0 and before - k < _LINKS_REACH and toks[k].folded in _LINKS:
        k -= 1
    return k >= 0 and toks[k].folded in _THING_SUBJECTS and not toks[k + 1].line_break_before
