"""What a single word tells about names: gazetteers, surname shapes, words that are not names.

The lists are package data (see tests/data/pii/build_gazetteers.py for their sources). A word
is judged case-folded; capitals are weighed by the PERSON recognizer, not here.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.arabicfold import arabic_skeleton
from mailgate.scan.surnameshape import SURNAME_SHAPE as SURNAME_SHAPE
from mailgate.scan.surnameshape import surname_shaped
from mailgate.scan.transliterate import (
    arabic_script,
    foreign_script,
    georgian_script,
    latin_spellings,
    thai_word,
)

# Gaelic and Norman surnames written with a capital inside (MacLeod, McAllister, O'Neill,
# FitzGerald), whatever list they are missing from: no ordinary word has that shape (brands
# that do, MacBook, are products). Mc needs no inner capital (Mcdonald): no word starts so.
GAELIC_SHAPE: Final = re.compile(r"^(?:Mac|Mc|Fitz|O['’])[A-Z][a-zà-ÿ]{2,}$|^Mc[a-z]{3,}$")
# Small words inside names: Karl af Ugglas, Anna von Essen, Ali bin Omar, Hassan al Amin.
PARTICLES: Final = frozenset({
    "af", "av", "von", "van", "der", "den", "de", "la", "le", "du", "da", "di", "dos", "das",
    "del", "al", "el", "bin", "ibn", "bint", "abu", "ben", "ter", "ten", "mac", "mc", "ould",
    "wad",  # Sudanese: son of (Hassan wad Ali), as ibn
})
# Vietnamese middle names: the word after a family name (Le Thi Lan, Nguyen Van An).
VIETNAMESE_MIDDLE: Final = frozenset({"thi", "thị", "van", "văn", "duc", "đức", "huu", "hữu"})
# Particles that may begin a name when capitalised: Abu Karim, Al Amin, Bin Laden.
ARABIC_PARTICLES: Final = frozenset({"abu", "al", "el", "bin", "ibn", "bint", "ben", "ould"})
# Names that are also Swedish words, yet at a sentence start far more often the name
# ("Björn ringde", not "Björn ..."): trusted there. "Rosa tabletter", "Ville inte", "Tom påse",
# "Gift med" and "Sanna uppgifter" are the reasons this is a short list, not a rule.
SENTENCE_START_NAMES: Final = frozenset({
    "axel", "björn", "ebba", "inger", "karl", "lena", "linda", "mats", "sven", "oliver",
    "signe", "ester", "lova", "meja", "knut", "olle", "lotta", "britt", "kåre", "jarl",
    "enar", "alvar", "albin", "hannes", "helga", "tuva", "tindra", "vilde", "liva", "inge",
    "iver", "jon", "klas", "stig", "sten", "bo", "rut", "siv",
})
# Capitalised words that start sentences or titles and are never names on their own.
NEVER_ALONE: Final = frozenset({
    "hej", "hejsan", "tack", "mvh", "med", "vänliga", "hälsningar", "ps", "obs", "ang", "re",
    "sv", "fw", "fwd", "vb", "ämne", "angående", "ok", "okej", "idag", "igår", "imorgon",
    # greetings that are given names too, in their own scripts (Selam, Salam: peace); in
    # Latin letters Selam is as often someone (selam (pnr …) säger att …)
    "ሰላም", "سلام", "shalom",
    # a bank's terms that are given names too (Iban, Swift): `Mitt IBAN är …`
    "iban", "swift",
})


@dataclass(frozen=True)
class Word:
    """What the lists say about one word."""

    first: bool  # a known first name
    last: bool  # a known surname
    shaped: bool = False  # not listed, but shaped like a surname (Hjalmarsson, Kovačević)
    core: bool = False  # listed among the names common in Sweden
    common: bool = False  # also an ordinary Swedish word, or a stop word
    negative: bool = False  # a place, agency, substance, stamp, month or weekday
    # Listed or shaped as a name. Kept, not a property: PERSON asks it of every token and
    # its neighbours (half a million times per dense MB).
    name: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", self.first or self.last or self.shaped)


# Letters that Unicode does not decompose into a base letter and a mark.
_PLAIN: Final = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th",
                               "ß": "ss", "æ": "ae", "œ": "oe"})


def plain(folded: str, keep: str = "åäö") -> str:
    """A word without diacritics, as the lists also hold names: zîlan → zilan, xoşnaw →
    xosnaw. Swedish å, ä, ö stay (`keep`), since they tell names apart (Åsa, Asa)."""
    return "".join([_plain_letter(ch, keep) for ch in folded])


@functools.cache
def _plain_letter(ch: str, keep: str) -> str:
    """One letter's plain form: worked out once per letter, not per word (a report's first
    scan looks up every new word with a diacritic)."""
    if ch in keep:
        return ch
    return "".join(c for c in unicodedata.normalize("NFD", ch.translate(_PLAIN))
                   if not unicodedata.combining(c))


def _listed(folded: str, name: str) -> bool:
    return _listed_in(folded, lexicon.entries(name))


def _listed_in(folded: str, entries: frozenset[str]) -> bool:
    """In the list as written, or as typed without diacritics (Hadzic for Hadžić)."""
    return folded in entries or (not folded.isascii() and plain(folded) in entries)


@functools.cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                      frozenset[str]]:
    """The sets a word's look-up probes, fetched once (a new word's look-up asked
    `lexicon.entries` five times and `_negatives` once, a call each): given names, surnames,
    core names, the words making a name `common` (besides the stop words), negatives."""
    return (lexicon.entries("first_names"), lexicon.entries("surnames"),
            lexicon.entries("core_names"), lexicon.entries("name_words") | NEVER_ALONE,
            _negatives())


# The first letters GAELIC_SHAPE can match at: other words are not tried.
_GAELIC_FIRSTS: Final = frozenset("MFO")


@functools.lru_cache(maxsize=1 << 16)
def lookup(word: str, stop_words: frozenset[str]) -> Word:
    # Nearly every word is of Latin letters, below the first other script's.
    if not word.isascii() and max(word) >= _OTHER_SCRIPTS and (
            other := _other_script(word)) is not None:
        return other
    folded = word.casefold()
    firsts, lasts, core, words, negatives = _lists()
    first, last = _listed_in(folded, firsts), _listed_in(folded, lasts)
    shaped = not (first or last) and (
        (len(folded) >= 6 and word[:1].isupper() and surname_shaped(folded))
        or (word[:1] in _GAELIC_FIRSTS and GAELIC_SHAPE.match(word) is not None))
    return word_of(first, last, shaped, folded in core, folded in words or folded in stop_words,
                   _negative_in(folded, negatives))


_WORDS: Final[dict[tuple[bool, bool, bool, bool, bool, bool], Word]] = {}


def word_of(first: bool, last: bool, shaped: bool, core: bool, common: bool,
            negative: bool) -> Word:
    """The one Word with these facts. There are 64 at most, each built once: building a
    frozen dataclass took 1.6 µs, a sixth of a new word's look-up (a report's first scan
    meets some fifty words new to the worker)."""
    key = (first, last, shaped, core, common, negative)
    known = _WORDS.get(key)
    if known is None:
        known = _WORDS[key] = Word(first, last, shaped, core, common, negative)
    return known


_OTHER_SCRIPTS: Final = "\u0370"  # Greek, the first script after Latin's letters and marks


def _other_script(word: str) -> Word | None:
    """A word of Arabic, Georgian, Thai, Cyrillic, Greek, Ethiopic or Armenian letters."""
    caseless = "arabic_script_names" if arabic_script(word) else (
        "georgian_script_names" if georgian_script(word) else "")
    if caseless:
        firsts, lasts = _script_names(caseless)
        key = word
        if caseless[0] == "a" and word not in firsts and word not in lasts:
            firsts, lasts = _arabic_skeletons()  # علي as علی, مەحمود as محمود
            key = arabic_skeleton(word)
        return Word(first=key in firsts, last=key in lasts, core=key in firsts,
                    common=word in NEVER_ALONE)
    if thai_word(word):
        return _thai(word)
    if foreign_script(word):
        info = _lookup_transliterated(word)
        return dataclasses.replace(info, common=True) if word in NEVER_ALONE else info
    return None


@functools.cache
def _script_names(list_name: str) -> tuple[frozenset[str], frozenset[str]]:
    """Given names and family names in a script with no capitals, whose words are names only
    when listed in that script (data/arabic_script_names.txt, georgian_script_names.txt)."""
    firsts: set[str] = set()
    lasts: set[str] = set()
    for entry in lexicon.entries(list_name):
        name, _, kind = entry.rpartition(" ")
        (firsts if kind == "first" else lasts).add(name)
    return frozenset(firsts), frozenset(lasts)


@functools.cache
def _arabic_skeletons() -> tuple[frozenset[str], frozenset[str]]:
    """The Arabic-script list in one spelling (arabicfold.py), for a name keyed otherwise."""
    firsts, lasts = _script_names("arabic_script_names")
    return frozenset(map(arabic_skeleton, firsts)), frozenset(map(arabic_skeleton, lasts))


# Kin words and titles Thai glues to the name they go with: พี่มาลี (elder sister Malee),
# น้องนก, คุณสมชาย, หนูปุ๋ย (the writer calling herself Pui). Longest first.
THAI_TITLES: Final = ("นางสาว", "น้อง", "คุณ", "หนู", "พี่", "ป้า", "ลุง", "น้า", "นาย",
                      "นาง", "ครู", "หมอ", "เจ๊", "เฮีย", "ยาย")


def _thai(word: str) -> Word:
    """A Thai word: a listed name, alone or after a kin word or title glued to it."""
    firsts, lasts = _script_names("thai_script_names")
    name = word
    if not (word in firsts or word in lasts):
        name = next((word[len(t):] for t in THAI_TITLES if word.startswith(t) and (
            word[len(t):] in firsts or word[len(t):] in lasts)), word)
    return Word(first=name in firsts, last=name in lasts, core=name in firsts)


def _lookup_transliterated(word: str) -> Word:
    """A Cyrillic or Greek word, by its Latin spellings (Оксана as Oksana): a name when a
    spelling is listed; a word of the language otherwise (no list of theirs here)."""
    spellings = latin_spellings(word.casefold())
    first = any(_listed(s, "first_names") for s in spellings)
    last = any(_listed(s, "surnames") for s in spellings)
    capital = word[:1].isupper()
    shaped = not (first or last) and capital and len(spellings[0]) >= 6 and bool(
        surname_shaped(spellings[0]))
    return Word(first=first, last=last, shaped=shaped,
                core=any(s in lexicon.entries("core_names") for s in spellings))


NEGATIVE_LISTS: Final = ("municipalities", "regions", "agencies", "substances", "pill_stamps",
                   "places", "calendar", "products", "medicines", "events", "organisations",
                   "characters", "works", "medical_eponyms", "moves")


# Lists whose places are also typed without diacritics (Goteborg, Vasteras, Malmo).
_PLACE_LISTS: Final = ("municipalities", "regions", "places")


@functools.cache
def _negatives() -> frozenset[str]:
    listed = frozenset().union(*(lexicon.entries(name) for name in NEGATIVE_LISTS))
    return listed | _ascii_places()


def _ascii_places() -> frozenset[str]:
    """Places as a phone or a foreign keyboard types them: Göteborg as goteborg, unless that
    spelling is someone's name (Töre as Tore)."""
    out = set()
    for name in _PLACE_LISTS:
        for entry in lexicon.entries(name):
            bare = plain(entry, keep="")
            if bare != entry and not (_listed(bare, "first_names") or _listed(bare, "surnames")):
                out.add(bare)
    return frozenset(out)


@lexicon.table
def listed_places() -> frozenset[str]:
    """Swedish towns, districts, regions and the countries, as the lists spell them."""
    return frozenset().union(*(lexicon.entries(name) for name in _PLACE_LISTS))


@lexicon.table
def _towns() -> frozenset[str]:
    return listed_places() | _ascii_places()


def is_place(folded: str) -> bool:
    """A listed Swedish town, district, region or country, also typed without diacritics."""
    return folded in _towns()


# A championship's letters after a hyphen: Junior-SM, Veteran-VM, Lag-EM, Ungdoms-DM.
_CHAMPIONSHIPS: Final = ("-sm", "-vm", "-em", "-nm", "-dm", "-sm:s", "-vm:s", "-em:s")


def is_negative(folded: str) -> bool:
    """Listed, or a listed word's genitive: Xanax, Xanax's, Alfa-PVP's, Malmös; a
    championship (Junior-SM)."""
    return _negative_in(folded, _negatives())


def _negative_in(folded: str, negatives: frozenset[str]) -> bool:
    return folded in negatives or (folded.endswith("s") and (
        folded[:-1] in negatives or (folded[-2:-1] in ("'", "’") and folded[:-2] in negatives))
    ) or ("-" in folded and folded.endswith(_CHAMPIONSHIPS))


def is_listed_negative(folded: str) -> bool:
    """Listed itself, not read as a listed word's genitive: `hs` and `Karras` are no `h`'s
    or `Karra`'s where initials or a cited author's initials stand."""
    return folded in _negatives()


def negative_phrases() -> tuple[tuple[str, ...], ...]:
    """Multi-word hard negatives (`Mary Jane`, `Philipp Plein`, `Upplands Väsby`)."""
    found: set[tuple[str, ...]] = set()
    for name in NEGATIVE_LISTS:
        found.update(p for p in lexicon.phrases(name) if len(p) > 1)
    return tuple(sorted(found, key=len, reverse=True))
