"""A drug's street name of given names, or after a relation cue a pill stamp or a one-word
street name that is no given name, then a surname: a person named like the product (`Mary
Jane Persson`, `Vakten Rolex Lindqvist`, `pratade med Kush Patel`).
No warning goes on from a street name or a stamp with a family name; a pill is named by its
colour, its maker or its series after it (`Rolex Gold`, `Tesla White`, `Mario Bros`,
`Mercedes Benz`), and those are English words, colours, or a car's make and a given name's
stamp, which this leaves to the other rules."""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.drugcues import PILL_WORDS
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.words import Tok
from mailgate.scan.thingcues import MAKES

# The product's words before the surname: `Rolex`, `Mary Jane`, `Blue Punisher`.
_PRODUCT_WORDS: Final = 2
# Colours a pill is described by after its stamp, Swedish ones that are surnames too.
_COLOURS: Final = frozenset({
    "röd", "grön", "blå", "gul", "vit", "svart", "rosa", "lila", "brun", "grå", "orange",
    "silver", "guld", "turkos", "beige",
})


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
        if all(t.capital for t in product) and _a_product(product):
            return [*product, last]
    return None


def _a_plain_surname(tok: Tok) -> bool:
    """Persson, Holm, Andersson: a listed surname that is no word (Swedish or English),
    colour, place, drug or stamp."""
    info = tok.info
    return info.last and tok.capital and not tok.text.isupper() and not (
        info.common or info.negative or tok.drug_word or tok.stamp_compound or tok.initial
        or tok.folded in PILL_WORDS or tok.folded in _COLOURS or tok.folded in english_words())


# A brand's stamp goes on with its line's word as often as a surname (`Nike Air`): a stamp
# alone is a person's given name only after a role or relation cue (`Vakten Rolex Lind`).
_PERSON_CUES: Final = frozenset({"relation"})


def _a_product(words: list[Tok]) -> bool:
    """A street name of two given names (`Mary Jane`) or a stamp of one word, no given name
    and no car's make (`Rolex`; not `Mario`, `Mercedes`: those rules are elsewhere); a stamp
    of several words goes on with its series (`Super Mario Kart`) and is left alone."""
    key = " ".join(t.folded for t in words)
    if len(words) == 1:  # also a one-word street name or strain: pratade med Kush Patel
        return (key in lexicon.entries("pill_stamps") or key in lexicon.entries("substances")) and (
            words[0].cue in _PERSON_CUES and not (words[0].info.first or key in MAKES))
    return key in lexicon.entries("substances") and all(t.info.first for t in words)
