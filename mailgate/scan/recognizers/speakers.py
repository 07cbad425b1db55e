"""Speakers of an SMS, WhatsApp or Teams export: `Anastasia: nej och ge honom inte Sobril`.

A line that opens with a name and a colon, in a text with at least two such lines, is a
message and its writer. A one-word speaker is reported when the lists hold it as a given
name (not also a word, a place or a drug's name): form labels (`Datum:`, `Plats:`) open
lines the same way and are words, not names. In a chat of four such lines or more, a given
name that is also a word speaks when it opens two lines (`Klara:`), as a field does not. Two-word
speakers are runs the PERSON recognizer judges anyway.
"""

from __future__ import annotations

from collections import Counter
from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_ALONE
from mailgate.scan.recognizers.textindex import positions
from mailgate.scan.recognizers.words import Tok

_FEWEST_LINES: Final = 2  # lines opening `Name:` that make a text a chat export
_WORDS_SPEAK: Final = 4  # lines opening `Name:` after which a name that is also a word speaks


def chat_speakers(toks: list[Tok]) -> list[Hit]:
    colons = positions(toks).get(":", [])
    openers = [c for c in colons if _opens_a_line(toks, c)]
    if len(openers) < _FEWEST_LINES:
        return []
    # In a longer chat a given name that is also a word speaks too when it speaks again
    # (`Klara: ringer henne`), unlike a form's field (`Sten: fem kilo`).
    spoke = Counter(toks[c - 1].folded for c in openers)
    words_too = len(openers) >= _WORDS_SPEAK
    out = []
    for c in openers:
        tok = toks[c - 1]
        info = tok.info
        if tok.line_break_before and info.first and not (
                (info.common and not (words_too and spoke[tok.folded] > 1)) or info.negative
                or tok.is_cue_word or tok.drug_word):
            out.append(Hit(tok.start, tok.end, SCORE_ALONE))
    return out


def _opens_a_line(toks: list[Tok], colon: int) -> bool:
    """`Name:` or `Given Surname:` at a line's start."""
    for width in (1, 2):
        first = colon - width
        if first < 0 or not all(t.capital and t.alpha for t in toks[first:colon]):
            return False
        if toks[first].line_break_before:
            return True
    return False
