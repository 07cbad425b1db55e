"""A word said to be what others call a drug: `Vicky is what the Americans on the forum call
Vicodin`, `X är vad de kallar kokain`. glossed.py reads the drug's name after the verb."""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.words import Tok

# `X is what the Americans call Vicodin`, `X är vad de kallar kokain`: the verb of calling a
# few words after `is what`.
_WHAT: Final = frozenset({"what", "vad"})
_CALLING: Final = frozenset({"call", "calls", "called", "kallar", "kallade", "säger", "say",
                             "says"})
_CALLING_REACH: Final = 7  # words from `what` to the verb: the Americans on the forum call


def what_is_called(j: int, toks: list[Tok]) -> int | None:
    """The index after the verb of calling when toks[j] opens `is what … call`, or None."""
    if j + 2 >= len(toks) or toks[j].folded not in ("is", "är", "was", "var") or (
            toks[j + 1].folded not in _WHAT):
        return None
    for k in range(j + 2, min(len(toks), j + 2 + _CALLING_REACH)):
        if toks[k].line_break_before or not toks[k].alpha:
            return None
        if toks[k].folded in _CALLING:
            return k + 1
    return None
