"""Names typed in lower case after a word for a person or a family, as speech to text and
hurried notes write them, where the surname is also a word: `kunden mats strand`,
`patienten sara holm`, `familjen strand`. A given name and a listed surname after a
relation or a role, or a listed surname after a family word, are someone's even when the
surname reads as a word alone; a verb, an adverb or a preposition there stays
(`kunden ville inte`, `kunden per telefon`, `familjen bor kvar`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.cues import PERSON_CUES
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.kin import FAMILY_BEFORE
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.words import STOP_WORDS, Tok

_SHORTEST: Final = 2  # letters of a surname: `ek`, `ås`


def lower_cued_names(toks: list[Tok]) -> list[Hit]:
    """`kunden mats strand`, `familjen strand`: lower-case names after a cue."""
    out = []
    for i in range(len(toks) - 1):
        cue = toks[i].folded
        if cue in FAMILY_BEFORE:
            if _surname(toks[i + 1]):
                out.append(Hit(toks[i + 1].start, toks[i + 1].end, SCORE_WEAK))
        elif cue in PERSON_CUES and i + 2 < len(toks) and _given(toks[i + 1]) and (
                _surname(toks[i + 2])):
            out.append(Hit(toks[i + 1].start, toks[i + 2].end, SCORE_WEAK))
    return out


def _lower(tok: Tok) -> bool:
    return tok.alpha and tok.text.islower() and not tok.line_break_before and (
        tok.folded not in STOP_WORDS) and not tok.drug_word


def _given(tok: Tok) -> bool:
    info = tok.info
    return _lower(tok) and info.first and info.core and not info.negative


def _surname(tok: Tok) -> bool:
    info = tok.info
    return _lower(tok) and len(tok.text) >= _SHORTEST and info.last and info.core and not (
        info.negative or info.first)
