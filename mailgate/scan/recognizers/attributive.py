"""A listed given name that is an everyday word too, standing before the noun it qualifies:
`Brun kärrhök`, `tjänsten Mina recept`, `om Bruna glas`.

judged.py gives such a word alone, mid-sentence and without a cue the weak score, which still
masks it. Counted over the dev halves, that path made as many false alarms as persons, and
the false alarms were adjectives and pronouns capitalised in a name's place before their noun
in lower case, while the persons stood before a sign, a function word or a verb (`ringt
Britt.`, `for Rita.`, `Jonte and Aron`). The word is read as a word when it is one of the
adjectives, possessives and numbers below (picked from data/name_words.txt, the names that
are Swedish words, leaving out those common as given names: Klara, Linda, Sanna) and a
lower-case word follows on its line that is no function word and no subject's verb; any
name word did so too, but cost a person before an adverb (`arg på Jack hela resan`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.someone import verb_follows
from mailgate.scan.recognizers.words import STOP_WORDS, Tok

# Words that qualify a noun in the names' list of words (data/name_words.txt).
ATTRIBUTIVE_WORDS: Final = frozenset({
    # adjectives
    "brun", "bruna", "gul", "gula", "vit", "vita", "rosa", "lila", "lilla", "blank", "blanka",
    "blind", "breda", "frisk", "goda", "kalla", "kort", "korta", "kristen", "lätt", "matt",
    "milda", "modig", "mörk", "prima", "rak", "rask", "rena", "rik", "rika", "sant", "smal",
    "smart", "stark", "stilla", "sur", "sura", "tam", "tama", "tomma", "tung", "unga", "varma",
    "vida", "lika", "real", "dylik", "egal", "flink", "gemen", "habil", "het", "delikat",
    "primitiva", "rutten", "ryska", "valda", "bra",
    # possessives and determiners
    "min", "mina", "mitt", "din", "dina", "sina", "andra", "alla", "enda",
    # numbers
    "fem", "elva", "sexton", "nitti",
})


def qualifies_next(tok: Tok, toks: list[Tok]) -> bool:
    """`tok` (a name that is a word too) is followed by a lower-case content word it
    qualifies: `Brun kärrhök`, not `Britt ringde` nor `Rita och Ola`."""
    i = tok.index + 1
    if i >= len(toks) or tok.folded not in ATTRIBUTIVE_WORDS:
        return False
    nxt = toks[i]
    return nxt.alpha and nxt.text.islower() and not nxt.line_break_before and (
        nxt.folded not in STOP_WORDS and not verb_follows(tok, toks))
