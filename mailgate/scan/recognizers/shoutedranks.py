"""A rank's or role's word and a listed surname in a line written in capitals (`LÖJTNANT
BERG MEDDELADE …`, `SJUKSKÖTERSKA HOLM RINGDE`, `VAKTCHEF LIND`): the surname is the person,
as `löjtnant Berg` is in lower case; in capitals no case tells a name from a word, so the
rank says it. A place after a preposition (`LÄKARE I LUND`) or a drug after a role (`KOCK
TINA`) is none, nor a word no list holds as a surname (`LÄKARE JOUR`), nor a heading's
field before its colon (`SJUKSKÖTERSKA NATT:`)."""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.roles import role_shaped
from mailgate.scan.recognizers.textindex import indexes_where
from mailgate.scan.recognizers.wordfacts import STOP_WORDS
from mailgate.scan.recognizers.words import RELATION_CUES, Tok

_SHORTEST_SURNAME: Final = 3  # NY, ÖM: shorter capitals are abbreviations


def ranked_surnames(toks: list[Tok], score: float) -> list[Hit]:
    """Each listed surname in capitals right after a rank or role in capitals."""
    out = []
    for i in indexes_where(toks, str.isupper):
        if i == 0:
            continue
        rank, tok = toks[i - 1], toks[i]
        if tok.line_break_before or not (rank.text.isupper() and tok.line_is_shouting):
            continue
        if _a_rank(rank) and _a_surname(tok) and not _a_label(i, toks):
            out.append(Hit(tok.start, tok.end, score))
    return out


def _a_label(i: int, toks: list[Tok]) -> bool:
    """`SJUKSKÖTERSKA NATT: RING VÄXELN`: a heading's field, before its colon."""
    return i + 1 < len(toks) and toks[i + 1].text == ":"


def _a_rank(tok: Tok) -> bool:
    folded = tok.folded
    return tok.alpha and not tok.info.name and (
        folded in RELATION_CUES or role_shaped(folded, False))


def _a_surname(tok: Tok) -> bool:
    info = tok.info
    return tok.alpha and len(tok.text) >= _SHORTEST_SURNAME and info.last and not (
        tok.drug_word or tok.folded in STOP_WORDS or tok.stamp_compound)
