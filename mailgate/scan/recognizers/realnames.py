"""A nickname the text glosses with talk of a real name: `"Tina Turntable", real name Tina
Holmqvist`, `djuret (his real name is Jörg Becker)`, `"Boy" är ett smeknamn`, `"Charlie" var
inte hans riktiga namn`, `let's call him J (his real name is …)`. Only a person has a real
name beside the one used, so the word glossed is that person's, listed or not; a nickname
for a thing (`"Kristall" är ett smeknamn på metamfetamin`) or a drug's (`Ecstasy (real name:
MDMA)`) stays unmasked.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.lowered import folded_text
from mailgate.scan.recognizers.nickname import SCORE_NICKNAME
from mailgate.scan.recognizers.sellers import is_drug
from mailgate.scan.recognizers.wordfacts import STOP_WORDS

# Lower-cased substrings one of which a glossing text holds: the gate before any pattern.
_GATES: Final = ("real name", "riktiga namn", "riktigt namn", "riktiga smeknamn",
                 "egentliga namn", "smeknamn", "his name", "her name")
_OWNER: Final = r"(?:(?:his|her|their|hans|hennes|deras)\s+)?"
# The gloss right after the nickname (and its closing quote).
_GLOSS: Final = re.compile(
    r"(?:\s*[(,]\s*" + _OWNER + r"(?:real\s+name|riktiga\s+namn(?:et)?|riktigt\s+namn|"
    r"egentliga\s+namn(?:et)?|name\b(?=\s*[,:]))"
    r"|\s+(?:är|var|is|was)\s+(?:ett\s+smeknamn|a\s+nickname|inte\s+" + _OWNER
    + r"riktiga\s+namn|not\s+" + _OWNER + r"real\s+name)"
    r"|\s*[–—-]\s*det\s+var\s+" + _OWNER + r"riktiga\s+(?:smek)?namn)",
    re.IGNORECASE)
# A nickname for a thing: `smeknamn på`, `a nickname for`.
_FOR_A_THING: Final = re.compile(r"\s+(?:på|för|for|of)\b", re.IGNORECASE)
_QUOTED: Final = re.compile(r"[\"“”„«»]([^\"“”„«»\n()]{1,40})[\"“”„«»]$")
_WORD: Final = re.compile(r"(?<![\w@.])([^\W\d_][\w'-]*)$")
_PREV_WORD: Final = re.compile(r"([^\W\d_][\w'-]*)[ \t]+$")
_MAX_WORDS: Final = 3


def glossed_nicknames(text: str) -> list[Hit]:
    lowered = folded_text(text)
    if not any(gate in lowered for gate in _GATES):
        return []  # no talk of names: no pass
    out = []
    for m in _GLOSS.finditer(text):
        if _FOR_A_THING.match(text, m.end()):
            continue  # "Kristall" är ett smeknamn på metamfetamin
        hit = _nickname_before(text, m.start(), bracketed=m.group(0).lstrip().startswith("("))
        if hit is not None and not is_drug(text[hit.start : hit.end].casefold()):
            out.append(hit)  # not Ecstasy (real name: MDMA)
    return out


def _nickname_before(text: str, end: int, bracketed: bool) -> Hit | None:
    """The quoted words ending at `end`, or (before a bracket only) the one word there."""
    head = text[max(0, end - 45) : end]
    quoted = _QUOTED.search(head)
    if quoted is not None:
        words = quoted.group(1).strip()
        if not words or len(words.split()) > _MAX_WORDS or any(ch.isdigit() for ch in words):
            return None
        start = end - len(head) + quoted.start(1) + (len(quoted.group(1)) - len(
            quoted.group(1).lstrip()))
        return Hit(start, start + len(words), SCORE_NICKNAME)
    word = _WORD.search(head) if bracketed else None
    if word is None or word.group(1).casefold() in STOP_WORDS:
        return None
    # A capitalised word before joins it (the rapper Lil Kvist (real name …)): the whole
    # name is what the stage-name rule then weighs.
    start = end - len(head) + _capital_before(head, word.start(1))
    return Hit(start, end, SCORE_NICKNAME)


def _capital_before(head: str, at: int) -> int:
    """Where the nickname starts in `head`: at `at`, or at a capitalised word right before."""
    prev = _PREV_WORD.search(head, 0, at)
    return prev.start(1) if prev is not None and prev.group(1)[0].isupper() else at
