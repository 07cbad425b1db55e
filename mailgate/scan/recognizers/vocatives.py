"""A given name opening a message and spoken to, also when it is a drug's street name too:
`Kristina sorry att jag väcker dig`, `Tina, kan du ringa mig?`, `Molly! var är du??`, also
after a reply's first word (`Ok Charlie, du tar nyckeln`). A drug opens a line as a topic,
not as the one a message asks or begs pardon of: `Tina, det är farligt`, `Tina, du vet, är
farligt` or `Molly 300` stay unmasked (nobody is spoken to).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_ALONE
from mailgate.scan.recognizers.words import Tok

# Words for the one a message speaks to, within its first words after the name.
YOU: Final = frozenset({"du", "dig", "din", "ditt", "dina", "ni", "er", "you", "your", "u",
                        "ur", "dej"})
# Words begging pardon or thanks right after the name: `Kristina sorry`, `Gina förlåt`.
PARDONS: Final = frozenset({"sorry", "förlåt", "ursäkta", "tack", "snälla", "please",
                            "thanks", "thank"})
# A chat's reply words before the name spoken to: `Ok Charlie, du tar nyckeln`, `Nej Molly,
# du ska inte`.
INTERJECTIONS: Final = frozenset({"ok", "okej", "okay", "oki", "ja", "nej", "jo", "yo", "åh",
                                  "haha", "men", "but", "well", "so", "yes", "no"})
_CALL_MARKS: Final = frozenset({",", "!"})
_SENTENCE_END: Final = frozenset({".", "?", "!", "…"})
_WORDS_TO_YOU: Final = 4  # Tina, kan du; Lucy, när kommer du


def street_name_vocatives(toks: list[Tok]) -> list[Hit]:
    """Listed given names that a drug list holds too, opening a line and spoken to (other
    given names there are found by their lists)."""
    out = []
    for i, tok in enumerate(toks):
        if not tok.capital or i + 2 >= len(toks) or not _opens_a_message(toks, i):
            continue  # a message's first word only, or its first after `Ok`
        info = tok.info
        if info.first and info.negative and _spoken_to(toks, i):
            out.append(Hit(tok.start, tok.end, SCORE_ALONE))
    return out


def _opens_a_message(toks: list[Tok], i: int) -> bool:
    """A line's first word, or its first after a reply's word (`Ok Charlie, …`)."""
    if i == 0 or toks[i].line_break_before:
        return True
    prev = i - 1
    return (prev == 0 or toks[prev].line_break_before) and toks[prev].folded in INTERJECTIONS


def _spoken_to(toks: list[Tok], i: int) -> bool:
    nxt = toks[i + 1]
    if nxt.line_break_before:
        return False
    if nxt.folded in PARDONS:
        return True
    if nxt.text not in _CALL_MARKS:
        return False
    for tok in toks[i + 2 : i + 2 + _WORDS_TO_YOU]:
        if tok.line_break_before or tok.text in _SENTENCE_END:
            return False
        if tok.folded in YOU:
            return not _a_filler(toks, tok.index)
    return False


def _a_filler(toks: list[Tok], you: int) -> bool:
    """`du vet`, `you know`: said in passing, to no one (`Tina, du vet, är farligt`)."""
    return you + 1 < len(toks) and toks[you + 1].folded in ("vet", "know", "fattar", "förstår")
