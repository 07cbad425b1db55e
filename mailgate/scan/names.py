"""What a single word tells about names: gazetteers, surname shapes, words that are not names.

The lists are package data (see tests/data/pii/build_gazetteers.py for their sources). A word
is judged case-folded; capitals are weighed by the PERSON recognizer, not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailgate.scan import lexicon

# Surname shapes that are names whatever list they are missing from: Swedish compounds
# (-sson, -berg, -qvist), Finnish (-nen, -la), Slavic (-ić, -ski, -ov), Turkish (-oğlu),
# Armenian (-ian), Persian (-zadeh, -pour). Only for capitalised words of five letters or more.
SURNAME_SHAPE = re.compile(
    r"(?:s?son|sen|sdotter|berg|bergh|borg|ström|strom|qvist|kvist|quist|gren|grén|lund|lind"
    r"|dahl|dal|holm|strand|blad|bäck|beck|stedt|stad|sjö|mark|ling|lin|lén|ander|vall|fors"
    r"|hammar|hag|ros|ek|eke|nér|ner|ell|ius|éus|man|mann|skog|hed|löf|löv|wall|krantz|feldt"
    r"|nen|inen|la|lä|ić|ic|ović|ovic|ević|evic|ski|ska|cki|cka|wicz|czyk|ak|uk|ov|ova|ev|eva"
    r"|enko|chuk|vili|idze|oğlu|oglu|gil|ian|yan|zadeh|zade|pour|poor|far|nia|lou|ani|awi|ouri"
    r"|aoui|ssi)$"
)
# Small words inside names: Karl af Ugglas, Anna von Essen, Ali bin Omar, Hassan al Amin.
PARTICLES = frozenset({
    "af", "av", "von", "van", "der", "den", "de", "la", "le", "du", "da", "di", "dos", "das",
    "del", "al", "el", "bin", "ibn", "bint", "abu", "ben", "ter", "ten", "mac", "mc", "ould",
})
# Capitalised words that start sentences or titles and are never names on their own.
NEVER_ALONE = frozenset({
    "hej", "hejsan", "tack", "mvh", "med", "vänliga", "hälsningar", "ps", "obs", "ang", "re",
    "sv", "fw", "fwd", "vb", "ämne", "angående", "ok", "okej", "idag", "igår", "imorgon",
})


@dataclass(frozen=True)
class Word:
    """What the lists say about one word."""

    first: bool  # a known first name
    last: bool  # a known surname, or a surname's shape
    common: bool  # also an ordinary Swedish word, or a stop word
    negative: bool  # a place, agency, substance, stamp, month or weekday

    @property
    def name(self) -> bool:
        return self.first or self.last


def lookup(word: str, stop_words: frozenset[str]) -> Word:
    folded = word.casefold()
    shaped = len(folded) >= 5 and word[:1].isupper() and bool(SURNAME_SHAPE.search(folded))
    return Word(
        first=folded in lexicon.entries("first_names"),
        last=folded in lexicon.entries("surnames") or shaped,
        common=folded in lexicon.entries("name_words") or folded in stop_words
        or folded in NEVER_ALONE,
        negative=is_negative(folded),
    )


_NEGATIVE_LISTS = ("municipalities", "regions", "agencies", "substances", "pill_stamps",
                   "places", "calendar")


def is_negative(folded: str) -> bool:
    return any(folded in lexicon.entries(name) for name in _NEGATIVE_LISTS)


def negative_phrases() -> tuple[tuple[str, ...], ...]:
    """Multi-word hard negatives (`Mary Jane`, `Philipp Plein`, `Upplands Väsby`)."""
    found: set[tuple[str, ...]] = set()
    for name in _NEGATIVE_LISTS:
        found.update(p for p in lexicon.phrases(name) if len(p) > 1)
    return tuple(sorted(found, key=len, reverse=True))
