"""A name that the word right beside it tells is a thing's: a make and its model before the
model's code or number (Vestas V150, Kabe Royal 560), a tract before a property's block and
unit (Mora Vattnäs 14:3), a programme beside its numbered channel (P3 Natt), an adjective
before an institution's word in lower case (Medicinhistoriska museet), a dish and the name
of its manner on either side of `à la` (Biff à la Lindström, Ris à la Malta). People's names
stand before flats, ages, times and amounts instead.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.numbercues import CURRENCIES
from mailgate.scan.recognizers.runs import Run
from mailgate.scan.recognizers.words import Tok

# A model's designation: letters and digits mixed (V150, EX5601, 12C27); not a plain number
# (`Dler Aziz 1203` is someone and a flat), nor a car's plate.
_MODEL = re.compile(r"^(?=[A-Za-z-]*\d)(?=\d*[A-Za-z])[A-Za-z0-9-]{3,}$")
# A Swedish plate written as one token (`ABC123`, `ABC12D`); makemodels.py asks it too.
PLATE_TOKEN: Final = re.compile(r"^[A-ZÅÄÖ]{3}\d{2}[\dA-Z]$")
# A model's bare number of three digits, no age nor year (Kabe Royal 560, Bauer Re-Akt 150),
# unless an amount's unit follows it.
_MODEL_NUMBER: Final = re.compile(r"^[1-9]\d\d$")
_AMOUNT_UNITS: Final = frozenset({"kr", "kronor", "sek", "eur", "euro", "usd", "dollar", "spänn",
                                  "g", "gram", "mg", "kg", "ml", "st", "m", "km", "år", "p",
                                  "poäng", ":-", "%"})


def before_a_model(run: Run, toks: list[Tok]) -> bool:
    """A make and a model's name right before a model's designation: a product (Vestas V150,
    Zyxel EX5601). Never a given name common here, or a given name and a surname."""
    i = run.toks[-1].index + 1
    if i >= len(toks) or toks[i].line_break_before or run.toks[-1].end + 1 != toks[i].start:
        return False  # one space between, no tab, no line
    code = toks[i].text
    if _MODEL_NUMBER.match(code) is not None:
        if (i + 1 < len(toks) and toks[i + 1].folded in _AMOUNT_UNITS) or (
                run.toks[-1].text in CURRENCIES):
            return False  # Vukan 500 kr, Ibbe 250 g, Berg A. EUR 300: a ledger of people
    elif _MODEL.match(code) is None or PLATE_TOKEN.match(code):
        return False  # Erik Ek ABC12A: the car he drove
    words = [t for t in run.toks if t.alpha]
    return not any(t.info.first and (t.info.core or (
        n + 1 < len(words) and (words[n + 1].info.last or words[n + 1].info.shaped)))
        for n, t in enumerate(words))


# A property's designation after its tract's name: Vattnäs 14:3, Sältan 4:112 (block and
# unit); never a time of day (Anna 14:30), whose minutes are two digits under 60.
_PROPERTY_NUMBER: Final = re.compile(r"^\d{1,4}:(?:\d|\d{3,4}|[6-9]\d)$")


def before_a_property_number(run: Run, toks: list[Tok]) -> bool:
    i = run.toks[-1].index + 1
    return i < len(toks) and _PROPERTY_NUMBER.match(toks[i].text) is not None and (
        run.toks[-1].end + 1 == toks[i].start)


# Numbered channels, whose programmes' names hold them: `P3 Natt`, `Ring P4 Kväll`.
_CHANNELS: Final = frozenset({"P1", "P2", "P3", "P4", "SVT1", "SVT2", "SVT24", "TV3", "TV4",
                              "TV6", "TV8", "TV10", "DR1", "DR2", "NRK1", "NRK2", "NRK3",
                              "BBC1", "BBC2", "Kanal5"})


def beside_a_channel(i: int, toks: list[Tok]) -> bool:
    """toks[i] right before or after a numbered channel, one space between: a programme's
    word (`P3 Natt`, `Ring P4 Kväll`)."""
    word = toks[i]
    if i + 1 < len(toks) and toks[i + 1].text in _CHANNELS and (
            word.end + 1 == toks[i + 1].start):
        return True
    return i > 0 and toks[i - 1].text in _CHANNELS and toks[i - 1].end + 1 == word.start


# Institutions named by an adjective before their word in lower case: `Medicinhistoriska
# museet`, `Dramatiska institutet`, `Musikaliska akademien`. No name ends so before them.
_INSTITUTION_NOUNS: Final = frozenset({
    "museet", "institutet", "sjukhuset", "gymnasiet", "biblioteket", "teatern", "operan",
    "akademien", "högskolan", "universitetet", "skolan", "galleriet", "arkivet", "centret",
    "centrum", "förlaget", "konsthallen", "konserthuset", "sällskapet", "samfundet",
})
_ADJECTIVE_ENDINGS: Final = ("iska", "liga", "ska")
_SHORTEST_ADJECTIVE: Final = 6


# Authorities a place's genitive names: `Österbottens polis`, `Gotlands kommun`.
_AUTHORITY_NOUNS: Final = frozenset({
    "polis", "polisen", "kommun", "region", "län", "landsting", "församling", "stift",
    "universitet", "sjukhus", "museum", "räddningstjänst", "tingsrätt", "hovrätt",
})


def before_an_institution(i: int, toks: list[Tok]) -> bool:
    """toks[i] right before an institution's word in lower case: an adjective in -iska, -ska
    or -liga before its word or a compound ending in one (`Naturhistoriska riksmuseet`), or
    a genitive no list calls a name before an authority (`Österbottens polis`)."""
    if i + 1 >= len(toks) or toks[i + 1].capital:
        return False
    word, noun = toks[i], toks[i + 1].folded
    if len(word.folded) < _SHORTEST_ADJECTIVE or word.info.first:
        return False
    if word.folded.endswith(_ADJECTIVE_ENDINGS):
        return noun in _INSTITUTION_NOUNS or noun.endswith(_INSTITUTION_HEADS)
    return noun in _AUTHORITY_NOUNS and word.folded.endswith("s") and not word.info.name


_INSTITUTION_HEADS: Final = tuple(_INSTITUTION_NOUNS)  # riksmuseet, stadsbiblioteket


_A: Final = frozenset({"à", "a"})  # `à la`, also typed without its accent


def beside_a_la(run: Run, toks: list[Tok]) -> bool:
    """The run stands right after `à la` (Biff à la Lindström: a dish in his manner) or
    right before `à la` and a capitalised word (Ris à la Malta)."""
    i, j = run.toks[0].index, run.toks[-1].index
    if i >= 2 and toks[i - 1].folded == "la" and toks[i - 2].folded in _A:
        return True
    return j + 3 < len(toks) and toks[j + 1].folded in _A and toks[j + 2].folded == "la" and (
        toks[j + 3].capital)
