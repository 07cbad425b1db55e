"""A given name's genitive opening a capitalised run names what is called after its owner:
a shop, a dish, a drink, a team or a band (`Annas Kök`, `Lasses Lucka`, `Ludwigs Radler`,
laget `Sven-Görans Svettband`).

A person's full name never puts the genitive on its first word, so a run whose first word is
a common given name's genitive (not itself a listed given name: `Jens`, `Nils`, `Carlos`,
`Agnes` are names as they stand) and whose later words are no given names is a thing's name.
A given name after the genitive stays a person (`Pelles Lisa`: his girlfriend), and so does a
surname no word is (`Evas Lindqvist` is a typo for a person, not a shop).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.kinof import genitive_stem
from mailgate.scan.recognizers.words import STOP_WORDS, Tok

_LONGEST: Final = 3  # words: Annas Kök och Bar is split at `och` before it is judged
_SHORTEST_STEM: Final = 3


def owned_by_a_given_name(run: list[Tok], toks: list[Tok]) -> bool:
    """`Annas Kök`, `Sven-Görans Svettband`: a given name's genitive, then no one's name and
    no drug, and the given name nowhere else in the text on its own (`Kristian Lind …
    Kristians Elvanse` is his)."""
    if not 2 <= len(run) <= _LONGEST or not run[0].capital or run[0].line_is_shouting:
        return False
    if not _a_given_names_genitive(run[0].text) or names.lookup(run[0].text, STOP_WORDS).core:
        return False  # the token's own facts are its stem's (Lasses reads as Lasse)
    if not all(_no_ones_word(t) for t in run[1:]):
        return False
    stem = genitive_stem(run[0].text)
    return not any(t.text == stem for t in toks)


def _no_ones_word(tok: Tok) -> bool:
    info = tok.info
    return not (info.first or (info.name and not info.common) or info.negative or tok.initial
                or tok.drug_word)


def _a_given_names_genitive(text: str) -> bool:
    """`Annas`, `Sven-Görans`: each part of the stem a listed given name, one a core one
    (common here), and no place (`Malmös`)."""
    stem = genitive_stem(text)
    parts = stem.split("-")
    if not text.endswith("s") or not text[-2:-1].isalpha():
        return False  # Kaisa's: English, where any word after has a capital
    if len(stem) < _SHORTEST_STEM or not all(p.isalpha() and p[:1].isupper() for p in parts):
        return False
    infos = [names.lookup(p, STOP_WORDS) for p in parts]
    return all(i.first for i in infos) and any(i.core for i in infos) and not (
        names.is_place(stem.casefold()))
