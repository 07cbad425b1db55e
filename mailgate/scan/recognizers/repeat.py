"""A name once found is a name everywhere in the text: alone, in capitals, with a genitive -s.

`Erik Johansson` found once makes `Erik`, `Johanssons` and `ERIK` names further on. Parts
that are also ordinary words or places (`Lind`, `Berg`, `Ek`, `Rosa`) repeat only where a
capital says so and nothing else explains it: not at a sentence start unless a verb follows
(`Lind berättade`, not `Rosa tabletter`), not after `i`/`från`, not in drug talk.
"""

from __future__ import annotations

import re

from mailgate.scan.cues import SUBJECT_VERBS
from mailgate.scan.names import PARTICLES
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.words import Tok, drug_talk

SCORE_AGAIN = 0.6  # a word already found in a name, seen again
# A Swedish past tense after a sentence-initial word makes it a subject: Berg förnekade.
_PAST_TENSE = re.compile(r"^[a-zåäö]{2,}(?:ade|dde|de|te)$")
# Nouns after a genitive that make it a place's: Bergs kommun, Eds församling.
AREA_NOUNS = frozenset({"kommun", "kommuns", "län", "läns", "församling", "socken", "härad"})


def repeated(toks: list[Tok], found: list[Hit]) -> list[Hit]:
    """Every other occurrence of a word already found in a name."""
    inside = _inside(toks, found)
    parts = [t for t in toks if t.index in inside]
    anywhere = {t.folded for t in parts if _repeatable(t)}
    capitalised = {t.folded for t in parts if _repeatable_capitalised(t)} | {
        p for t in parts if "-" in t.folded and t.capital  # Ek-Lind, Al-Sayed: Lind, Sayed
        for p in t.folded.split("-") if len(p) >= 3 and p not in PARTICLES
    }
    capitalised -= anywhere
    if not anywhere and not capitalised:
        return []
    forms = _with_genitives(anywhere | capitalised)
    out = []
    for t in [t for t in toks if t.folded in forms]:
        if t.index in inside or t.in_negative_phrase or (
                t.drug_word and drug_talk(toks, t.index)):
            continue
        if _base(t, anywhere) or (
                _base(t, capitalised) and _named_by_capital(t, toks, capitalised)):
            out.append(Hit(t.start, t.end, SCORE_AGAIN))
    return out


def _with_genitives(seen: set[str]) -> frozenset[str]:
    """The words and their genitives, to pass over every other token at once."""
    return frozenset(seen | {w + "s" for w in seen} | {w + g for w in seen for g in ("'s", "’s")})


def _base(tok: Tok, seen: set[str]) -> bool:
    """The word or its genitive (Eriks, Johanssons, Al-Sayeds) is in `seen`."""
    f = tok.folded
    return f in seen or (f[-1:] == "s" and f[:-1] in seen) or (
        f[-2:] in ("'s", "’s") and f[:-2] in seen)


def _inside(toks: list[Tok], found: list[Hit]) -> set[int]:
    """Indexes of the tokens that lie within a hit."""
    starts = {t.start: t.index for t in toks}
    out: set[int] = set()
    for hit in found:
        i = starts.get(hit.start)
        while i is not None and i < len(toks) and toks[i].end <= hit.end:
            out.add(i)
            i += 1
    return out


def _repeatable(tok: Tok) -> bool:
    return (tok.alpha and len(tok.text) >= 3 and not tok.particle and not tok.info.common
            and not tok.info.negative and not tok.is_cue_word)


def _repeatable_capitalised(tok: Tok) -> bool:
    """Name parts that are also words or places (Lind, Berg, Bo, Ek): only with a capital."""
    return (tok.alpha and len(tok.text) >= 2 and not tok.particle and not tok.is_cue_word
            and not tok.label and not tok.institution)


def _named_by_capital(tok: Tok, toks: list[Tok], seen: set[str]) -> bool:
    if not (tok.capital or (tok.text.isupper() and len(tok.text) >= 3)):
        return False
    nxt = toks[tok.index + 1] if tok.index + 1 < len(toks) else None
    if tok.after_place_word or (nxt is not None and (nxt.folded in AREA_NOUNS or nxt.institution)):
        return False  # i Berg, från Lund, Bergs kommun
    if not tok.sentence_start or tok.folded not in seen:
        return True  # mid-sentence, or a genitive (Eks bil) that is no word on its own
    return nxt is not None and (nxt.folded in SUBJECT_VERBS or bool(  # Lind berättade
        not nxt.capital and _PAST_TENSE.match(nxt.text)))
