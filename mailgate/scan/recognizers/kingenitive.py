"""A name no list holds, in the genitive right before a word for a person's kin: `Bardias
pappa ringde`, `klagomål från Sepidehs mamma`, `Teklits brorsa`. Things and places have no
mother, father, sister or boyfriend (`Sveriges mamma` is not said; the lists hold places).

A noun's definite genitive at a sentence's start (`Flickans mamma`, `Barnets pappa`) is no
name: a capitalised word there ending as a Swedish definite form is left alone.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon, names
from mailgate.scan.cues import PERSON_CUES
from mailgate.scan.kinwords import GENITIVE_KIN
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.textindex import token_folded
from mailgate.scan.recognizers.vouched import DEFINITE_NOUN, WORD_ENDING
from mailgate.scan.recognizers.words import STOP_WORDS, Tok

# Someone's home and keys: `Ljubicas lägenhet`, `Dawits nycklar`; not what brands make and
# name (`Samsungs telefon`, `Fjällrävens jacka`, `Hästens säng`), nor a car, a room or a
# street (`Volvos bil`, `Kyrkans rum`, `Malmös gator`), nor friends, which groups have.
BELONGINGS: Final = frozenset({
    "lägenhet", "lägenheten", "lägenhetsnyckel", "nycklar", "nyckel", "bostad", "flat",
    "apartment", "keys",
})
_OWNED: Final = GENITIVE_KIN | BELONGINGS
# `Skolans telefon`, `Kyrkans rum`: a noun's definite genitive owns things, not kin
_A_DEFINITE_A_NOUN: Final = re.compile(r"[a-zåäö]{3}ans$")

# Swedish definite endings: at a sentence's start `Flickans`, `Barnets`, `Pojkens` are nouns.
_DEFINITE: Final = re.compile(r"(?:an|en|et|rn|rna)$")


def unlisted_kin_genitives(toks: list[Tok]) -> list[Hit]:
    """Each capitalised genitive of a name-shaped word no list holds, right before kin or
    what a person owns."""
    if token_folded(toks).isdisjoint(_OWNED):
        return []
    out = []
    for i in range(1, len(toks)):
        tok = toks[i - 1]
        owned = toks[i].folded
        if owned in _OWNED and tok.capital and not toks[i].line_break_before and (
                _unlisted_genitive(tok)) and (
                    owned in GENITIVE_KIN or not _A_DEFINITE_A_NOUN.search(tok.folded)):
            out.append(Hit(tok.start, tok.end, SCORE_WEAK))
    return out


def _unlisted_genitive(tok: Tok) -> bool:
    """A name's genitive (`Bardias`, `Teklit's`, `Ilgaz` ending in z or x) whose name is in
    no other use: not a word, place, drug, noun's form or person's noun."""
    text = tok.text
    stem = text[:-2] if text.endswith(("'s", "’s")) else text[:-1] if text.endswith("s") else (
        text if text.endswith(("z", "x")) else "")
    if not _name_shaped(stem) or tok.line_is_shouting:
        return False
    folded = stem.casefold()
    info = names.lookup(stem, STOP_WORDS)
    if (tok.sentence_start or tok.line_break_before or tok.index == 0) and not (
            info.first or info.last) and (
            _DEFINITE.search(folded)):
        return False  # Flickans mamma, Barnets pappa; Jumanas pappa is listed
    return not (info.common or info.negative or folded in PERSON_CUES
                or folded in lexicon.drugs() or (not info.name and (
                    folded in lexicon.entries("english_words") or WORD_ENDING.search(folded)
                    or DEFINITE_NOUN.search(folded))))


def _name_shaped(stem: str) -> bool:
    """One capital, then small letters of any alphabet (Bożydar, Dănuț), perhaps after a
    capitalised part and a hyphen (Anna-Greta)."""
    parts = stem.split("-")
    return 3 <= len(stem) <= 30 and len(parts) <= 2 and all(
        len(p) >= 2 and p[0].isupper() and p[1:].isalpha() and p[1:].islower() for p in parts)
