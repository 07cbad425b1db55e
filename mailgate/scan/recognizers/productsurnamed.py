"""A drug's or a pill stamp's name, then a surname: a person named like the product
(`Mary Jane Persson`, `Dörrvakten Tesla Andersson`). No warning goes on from a street name
or a stamp with a family name; a pill is named by its colour or its maker after it (`Tesla
Röd`, `Tesla Plein`), and those are words or products, never a surname of no other use."""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.drugcues import PILL_WORDS
from mailgate.scan.recognizers.words import Tok

# The product's words before the surname: `Tesla`, `Mary Jane`, `Blue Punisher`.
_PRODUCT_WORDS: Final = 2


def product_then_surname(run: list[Tok]) -> list[Tok] | None:
    """The product's words and the surname ending the run, when the run ends in a listed
    surname of no other use after a drug's or a stamp's name; else None. Asked only of runs
    holding a product (a negative word or phrase), so ordinary names never pay."""
    if len(run) < 2 or run[0].line_is_shouting:
        return None
    last = run[-1]
    if not _a_plain_surname(last):
        return None
    for n in range(min(_PRODUCT_WORDS, len(run) - 1), 0, -1):
        product = run[-1 - n : -1]
        if _a_product(product) and all(t.capital for t in product):
            return [*product, last]
    return None


def _a_plain_surname(tok: Tok) -> bool:
    """Persson, Holm, Andersson: a listed surname that is no word, place, drug or stamp."""
    info = tok.info
    return info.last and tok.capital and not tok.text.isupper() and not (
        info.common or info.negative or tok.drug_word or tok.stamp_compound or tok.initial
        or tok.folded in PILL_WORDS)


def _a_product(words: list[Tok]) -> bool:
    key = " ".join(t.folded for t in words)
    return key in lexicon.entries("pill_stamps") or key in lexicon.entries("substances")
