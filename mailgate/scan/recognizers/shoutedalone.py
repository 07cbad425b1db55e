"""A given name typed in capitals alone opening a line of lower case, as chat shouts at
someone: `LUDDE. det e farligt`, `ARVID!! var är du`, `"SILJA!! vi är vid scenen`. A line
written all in capitals is register.py's; here the line going on in lower case says the
capitals are a call, not an acronym, a heading or a code. Left out: capitals between words in
lower case (`for NATO liaison`, a script's stage direction naming its characters in capitals:
`sedan kommer EMIL in`), where acronyms and parts stand as often as anyone called."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.textindex import indexes_where
from mailgate.scan.recognizers.words import Tok

# Acronyms are as often three letters as names (`IVA`, `EVA`, `ALI`): four or more.
_SHORTEST: Final = 4
# Marks that may follow a name called out at a line's start before the message goes on.
_CALL_MARKS: Final = frozenset({".", "!", "!!", "!!!", "?", "??", "?!", ",", "…"})
_QUOTES: Final = frozenset({'"', "”", "“", "'", "«", "»"})
# Four capitals or more opening a line, a text or a chat message after its speaker's colon,
# then marks and a word in lower case: where a call may stand. Searched from a line end or a
# colon (a literal first character is found quickly), not tried at every character.
_CALL: Final = r"[\"”“'«»]?[A-ZÅÄÖ]{4,}[.!?,…]*[ \t]+[a-zåäö]"
_CALL_OPENING: Final = re.compile(_CALL)
_CALL_ON_A_LINE: Final = re.compile(r"\n" + _CALL)
_CALL_AFTER_A_SPEAKER: Final = re.compile(r": " + _CALL)


def _may_call(text: str) -> bool:
    return _CALL_ON_A_LINE.search(text) is not None or (
        _CALL_AFTER_A_SPEAKER.search(text) is not None) or _CALL_OPENING.match(text) is not None


def _loud(text: str) -> bool:
    return len(text) >= _SHORTEST and text.isupper() and text.isalpha()


def shouted_alone(toks: list[Tok]) -> list[Hit]:
    """A listed given name in no other use, in capitals, opening a line that is not, before a
    mark or a word in lower case."""
    place = toks[0].place if toks else None
    if place is not None and not _may_call(place.text):
        return []  # most texts: no line opening with four capitals
    out = []
    for i in indexes_where(toks, _loud):
        tok = toks[i]
        if tok.line_is_shouting or not _a_name_alone(tok):
            continue
        if _opens_a_call(i, toks):
            out.append(Hit(tok.start, tok.end, SCORE_WEAK))
    return out


def _a_name_alone(tok: Tok) -> bool:
    info = tok.info
    return info.first and not (info.negative or info.common or tok.drug_word or (
        tok.is_cue_word or tok.in_negative_phrase)) and tok.folded not in english_words()


def _opens_a_call(i: int, toks: list[Tok]) -> bool:
    """`LUDDE. det e …`, `"SILJA!! vi är …`, `@samir: MATTHIEU jag ser …`: the line, or a
    chat message after its speaker, opens with it and goes on in lower case."""
    j = i - 1
    while j >= 0 and toks[j].text in _QUOTES and not toks[j + 1].line_break_before:
        j -= 1
    if j >= 0 and not toks[j + 1].line_break_before and not _after_a_speaker(j, toks):
        return False
    k = i + 1
    while k < len(toks) and toks[k].text in _CALL_MARKS and not toks[k].line_break_before:
        k += 1
    return k < len(toks) and not toks[k].line_break_before and _lower_word(toks[k])


def _after_a_speaker(j: int, toks: list[Tok]) -> bool:
    """toks[j] is the colon after a chat line's speaker, a handle or a name (`@samir: NELLIE
    jag ser …`); not a label's (`Anm: NATO var temat`)."""
    if toks[j].text != ":" or j == 0 or toks[j].line_break_before:
        return False
    speaker = toks[j - 1]
    return (speaker.line_break_before or j == 1) and (
        speaker.text[:1] == "@" or "_" in speaker.text or speaker.info.name)


def _lower_word(tok: Tok) -> bool:
    return tok.alpha and tok.text.islower()
