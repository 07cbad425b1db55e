"""A name in the genitive set between commas after a relation's genitive: `min kusins,
Fatlindas, pojkvän`, `hos sin systers, Majkens, familj`. The relation's genitive names whose
the next noun is, and the apposition between the commas names that relation, whatever list
the name is missing from. Places, drugs and function words there stay readable.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_ALONE
from mailgate.scan.recognizers.textindex import indexes_where
from mailgate.scan.recognizers.words import RELATION_CUES, STOP_WORDS, Tok

_SHORTEST: Final = 3


def _a_relations_genitive(text: str) -> bool:
    """`kusins`, `systers`, `grannens`: a relation's word and a genitive's s, in lower case."""
    return len(text) > _SHORTEST and text.islower() and text.endswith("s") and (
        text[:-1] in RELATION_CUES)


def genitive_appositions(toks: list[Tok]) -> list[Hit]:
    out = []
    for i in indexes_where(toks, _a_relations_genitive):
        if i + 4 >= len(toks) or toks[i + 1].text != "," or toks[i + 3].text != ",":
            continue
        name, after = toks[i + 2], toks[i + 4]
        if _a_genitive_name(name) and after.alpha and after.text.islower():
            out.append(Hit(name.start, name.end, SCORE_ALONE))
    return out


def _a_genitive_name(tok: Tok) -> bool:
    info = tok.info
    return (tok.alpha and tok.capital and not tok.text.isupper() and tok.text.endswith("s")
            and len(tok.text) > _SHORTEST and tok.folded not in STOP_WORDS
            and not (info.negative or tok.drug_word or tok.in_negative_phrase))
