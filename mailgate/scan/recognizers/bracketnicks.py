"""A nickname in quotes in brackets beside a name found (`Magnus Berg ("Maggen")`, `Janne
("Kocken") berättade`, `player "Ghost" (Serhat Kaya, …)`): the quoted word is what the
person is called, masked as the name is. One word only: a source or a work in quotes is
several or a listed thing (`Ola Berg ("Svenska Dagbladet")`), a work is cited with its
maker and year (`"Tabletten" (Ebba Lindqvist, 2026)`); a drug's or a brand's word is never
taken (`Kim ("Tina")`)."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.wordfacts import lookup

_Q: Final = "\"“”'»«"
# After the name: ` ("Maggen")`, ` ("Eken" på affischen)`.
_AFTER: Final = re.compile(r"[ \t]?\([ \t]?[" + _Q + r"]([A-ZÅÄÖ][a-zåäöéü]{1,15})[" + _Q + r"]")
# Before the name: `"Ghost" (`, the name opening the brackets.
_BEFORE: Final = re.compile(r"[" + _Q + r"]([A-ZÅÄÖ][a-zåäöéü]{1,15})[" + _Q + r"][ \t]?\([ \t]?$")
_BACK: Final = 24  # characters before a name where its nickname may stand
# A year after the name in the brackets: a work and its maker (`"Tabletten" (Ebba Lindqvist,
# 2026)`), not someone and their nickname.
_YEAR: Final = re.compile(r",?[ \t]*(?:19|20)\d\d\b")


def bracketed_nicknames(text: str, found: list[Hit]) -> list[Hit]:
    if "(" not in text:
        return []  # most texts: no brackets at all
    out = []
    for h in found:
        m = _AFTER.match(text, h.end)
        if m and _a_nickname(m.group(1)):
            out.append(Hit(m.start(1), m.end(1), SCORE_WEAK))
        if text[max(0, h.start - 2) : h.start].rstrip(" \t").endswith("("):
            b = _BEFORE.search(text, max(0, h.start - _BACK), h.start)
            if b and _a_nickname(b.group(1)) and not _YEAR.match(text, h.end):
                out.append(Hit(b.start(1), b.end(1), SCORE_WEAK))
    return out


def _a_nickname(word: str) -> bool:
    info = lookup(word)[0]
    return not info.negative and word.casefold() not in lexicon.drugs()
