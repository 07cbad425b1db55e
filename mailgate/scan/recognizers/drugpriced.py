"""What is said around a given name that only a drug fits: a price after it (`Pablo kostar
800 kr`, `X is expensive round here, 90 a gram`), a sample it shows in (`Hur länge syns Jack i
ett urinprov?`) and an adulterant it is cut with (`cut Henry with caffeine`). People are not
priced, found in urine nor cut with caffeine; `cut Jack with a knife` stays Jack's.
drugframe.py asks these of given names common here that are street names too."""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.recognizers.words import Tok

# A price right after the word: `Pablo kostar 800 kr`, `X goes for 90 a gram`, `X is
# expensive round here, 90 a gram`. People are not priced.
_COSTS: Final = frozenset({"kostar", "kostade", "costs", "cost"})
_GOES_FOR: Final = frozenset({("går", "för"), ("gick", "för"), ("goes", "for"), ("went", "for"),
                              ("sells", "for"), ("säljs", "för")})
_DEAR: Final = frozenset({"dyr", "dyrt", "dyrare", "billigt", "billigare", "expensive",
                          "cheaper", "pricey"})
_IS: Final = frozenset({"är", "var", "is", "was", "blivit", "got", "has", "gotten"})
_PRICE_WORDS: Final = frozenset({"kr", "kronor", "spänn", "gram", "g", "grammet", "pounds",
                                 "quid", "dollars", "euro", "euros", "gramme", "a", "per"})
_PRICE_REACH: Final = 6  # words after `is expensive` to the price: round here, 90 a gram


def priced(tok: Tok, toks: list[Tok]) -> bool:
    j = tok.index + (2 if tok.quoted else 1)
    if j + 1 >= len(toks):
        return False
    first, second = toks[j].folded, toks[j + 1].folded
    if first in _COSTS or (first, second) in _GOES_FOR:
        k = j + (1 if first in _COSTS else 2)
        return k < len(toks) and toks[k].text[:1].isdigit()
    if first not in _IS or second not in _DEAR:
        return False  # nearly every word
    near = toks[j + 2 : j + 2 + _PRICE_REACH]
    return any(t.text[:1].isdigit() for t in near) and any(
        t.folded in _PRICE_WORDS for t in near)


# A sample right after the word: `syns Jack i ett urinprov`, `Emma in a urine test`.
_IN: Final = frozenset({"i", "in"})
_ARTICLES: Final = frozenset({"ett", "en", "a", "the", "ditt", "sitt", "your"})
_SAMPLES: Final = frozenset({"urinprov", "urinprovet", "blodprov", "blodprovet", "drogtest",
                             "drogtestet", "urinet", "urine", "saliva", "salivtest", "hårprov",
                             "hårprovet"})  # not `blood`: a person is found lying in it


def in_a_sample(tok: Tok, toks: list[Tok]) -> bool:
    j = tok.index + (2 if tok.quoted else 1)
    if j + 1 >= len(toks) or toks[j].folded not in _IN:
        return False  # nearly every word
    k = j + 1
    if toks[k].folded in _ARTICLES:
        k += 1
    return k < len(toks) and toks[k].folded in _SAMPLES


# Cutting, and what the drug is cut with: `cut Jack with caffeine`, `sträckte Emma med
# koffein`; a person is cut with a knife, so the word after `with` must be a substance.
_CUTTING: Final = frozenset({"cut", "cuts", "cutting", "sträcker", "sträckte", "sträckt",
                             "späder", "spädde", "spätt"})
_WITH: Final = frozenset({"med", "with"})
ADULTERANTS: Final = frozenset({
    "caffeine", "koffein", "levamisole", "levamisol", "lidocaine", "lidokain", "benzocaine",
    "bensokain", "procaine", "prokain", "phenacetin", "fenacetin", "paracetamol", "talc",
    "talk", "glucose", "glukos", "mannitol", "inositol", "laktos", "lactose", "creatine",
    "kreatin", "stärkelse", "starch", "bakpulver", "something", "något", "nåt"})


def cut_with_a_drug(tok: Tok, toks: list[Tok], i: int) -> bool:
    """toks[i], right before the word (past its quotes), is a verb of cutting."""
    if toks[i].folded not in _CUTTING:
        return False  # nearly every word
    j = tok.index + (2 if tok.quoted else 1)
    if j + 1 >= len(toks) or toks[j].folded not in _WITH:
        return False
    what = toks[j + 1].folded
    return what in ADULTERANTS or what in lexicon.drugs()
