"""Places abroad named like people: `from India`, `carnaval em Salvador`, `West Africa`,
`Flight leg Vang Vieng–ARN`, `рецепт из Рига`, `i Χανιά`.

Many countries and cities are given names too (India, Georgia, Salvador, Victoria), so the
list of places abroad (data/places_abroad.txt) is asked only of a single word right after a
place preposition, in Swedish or the language of the report; a given name common in Sweden
stays a person there (`från Florence` may be a signature). A run of words that a listed
place of several words spells out (`Vang Vieng`, `Chiang Mai`), and a compass point before a
continent (`West Africa`, `Södra Asien`), name places wherever they stand.

In Cyrillic and Greek a capital starts every noun of a place too, and the lists read those
words in Latin letters, where `Χανιά` comes out a given name: a word of those scripts after a
preposition that puts things in a place is a place unless the lists call it a common given
name; after one that may also take a person (`στην Μαρία`), unless they call it one. A Greek
wish names a feast (`Καλό Πάσχα`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.recognizers.words import Tok

# Prepositions that put what follows in a place and seldom take a person, by language.
IN_PLACE: Final = frozenset({
    "i", "in", "inom",  # Swedish, English, German, Dutch, Italian
    "em", "en", "w", "we", "aus", "nach", "uit", "desde",  # pt, es/fr, pl, de, nl, es
    "в", "во", "из", "із", "зі",  # Russian, Ukrainian: in, out of
})
# Prepositions that put what follows in a place but take people too: `from Anna`, `στην Μαρία`.
FROM_PLACE: Final = frozenset({
    "från", "from", "fra", "frå", "nära", "near", "utanför", "outside", "across", "around",
    "throughout", "via", "genom", "runt",
    "στην", "στη", "στο", "στα", "σε", "από",  # Greek: to/in the, in, from
})
COMPASS: Final = frozenset({
    "west", "east", "north", "south", "central", "southeast", "southwest", "northeast",
    "northwest", "western", "eastern", "northern", "southern", "väst", "öst", "nord", "syd",
    "västra", "östra", "norra", "södra", "centrala", "sydöstra", "nordöstra", "sydvästra",
    "nordvästra", "mellersta",
})
CONTINENTS: Final = frozenset({
    "africa", "afrika", "asia", "asien", "europe", "europa", "america", "amerika", "sudan",
    "balkan", "siberia", "sibirien", "caribbean", "karibien", "mediterranean", "medelhavet",
})
# Greek wishes before a feast's name: Καλό Πάσχα, Καλά Χριστούγεννα, Καλή Χρονιά.
GREEK_WISHES: Final = frozenset({"καλό", "καλή", "καλά", "καλέσ", "χρόνια"})  # ς folds to σ
# Romance words that open a place's name: Praia da Rocha, Barrio de Salamanca, Cala d'Or.
PLACE_HEADS: Final = frozenset({
    "playa", "praia", "plage", "barrio", "bairro", "puerto", "porto", "cala", "isla", "ilha",
    "isola", "monte", "sierra", "serra", "costa", "ciudad", "cidade", "colonia", "urbanización",
    "urbanizacion", "quinta", "finca", "castillo", "castelo", "torre", "puerta", "porta",
    "vila", "villa", "lago", "río", "rio", "valle", "vale", "cabo", "punta", "ponta",
})
# Links after them: Praia da Rocha, Puerto de la Cruz (names have them too: José de la Torre).
ROMANCE_LINKS: Final = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "la",
                                  "las", "los", "el", "les", "le", "d'", "du", "des"})
# German place nouns after an adjective of a place in -er: Kottbusser Tor, Hackescher Markt.
GERMAN_PLACE_ENDS: Final = frozenset({"tor", "markt", "damm", "ufer", "allee", "brücke",
                                      "bahnhof", "hafen", "platz", "kiez", "viertel"})
_LONGEST_PLACE: Final = 3  # words in a listed place's name
_ROUTE: Final = re.compile(r"[–—/]")  # Vang Vieng–ARN: a leg of a route ends the place


@lexicon.table
def _abroad() -> frozenset[str]:
    return lexicon.entries("places_abroad")


@functools.cache
def _phrases() -> frozenset[tuple[str, ...]]:
    return frozenset(p for p in lexicon.phrases("places_abroad") if len(p) > 1)


@functools.cache
def _phrase_heads() -> frozenset[str]:
    return frozenset(p[0] for p in _phrases())


def a_place_abroad(run: list[Tok], toks: list[Tok]) -> bool:
    """The run names a place abroad, not a person."""
    return _spelled_out(run, toks) or _compass_and_continent(run) or _a_feast(run, toks) or (
        _a_romance_place(run, toks) or _a_german_place(run)) or (
        len(run) == 1 and _after_a_place_preposition(run[0], toks))


def _a_romance_place(run: list[Tok], toks: list[Tok]) -> bool:
    """`Praia da Rocha`, `Barrio de Salamanca`: a place's word, then a link and a capital (or
    a word no list calls a name: `Playa Blanca`), or the run after its links (`Playa de las
    Teresitas`). `Sierra Holm` stays a person."""
    i = run[0].index - 1
    while i > 0 and toks[i].folded in ROMANCE_LINKS and run[0].index - i <= 2:
        i -= 1  # Playa de las Teresitas: the run after the links
    if i < run[0].index - 1 and toks[i].capital and toks[i].folded in PLACE_HEADS:
        return True
    if len(run) < 2 or run[0].folded not in PLACE_HEADS or not run[0].capital:
        return False
    return run[1].folded in ROMANCE_LINKS or not run[0].info.name


def _a_german_place(run: list[Tok]) -> bool:
    """`Kottbusser Tor`, `Hackescher Markt`: a place's adjective in -er before its noun."""
    return len(run) == 2 and run[1].folded in GERMAN_PLACE_ENDS and (
        run[0].folded.endswith(("er", "es")) and not run[0].info.first)


def _a_feast(run: list[Tok], toks: list[Tok]) -> bool:
    """`Καλό Πάσχα!`: a Greek wish names the feast after it (no one is wished so)."""
    if len(run) == 2 and run[0].folded in GREEK_WISHES:
        return True
    i = run[0].index
    return len(run) == 1 and i > 0 and toks[i - 1].folded in GREEK_WISHES


def _spelled_out(run: list[Tok], toks: list[Tok]) -> bool:
    """`Vang Vieng`, `Chiang Mai`: the run's words and those right after spell a listed place
    of several words (the lists may keep only `Vang` in the run, a surname)."""
    i = run[0].index
    if run[0].folded not in _phrase_heads():
        return False
    words = tuple(_ROUTE.split(t.folded, maxsplit=1)[0] for t in toks[i : i + _LONGEST_PLACE])
    return any(words[:n] in _phrases() and n >= len(run) for n in range(2, len(words) + 1))


def _compass_and_continent(run: list[Tok]) -> bool:
    """`West Africa`, `Södra Asien`: a compass point before a continent is a region."""
    return len(run) == 2 and run[0].folded in COMPASS and run[1].folded in CONTINENTS


def _after_a_place_preposition(tok: Tok, toks: list[Tok]) -> bool:
    if tok.index == 0 or tok.info.core:
        return False  # `från Florence`: a given name common here may sign off
    before = toks[tok.index - 1].folded
    if before not in IN_PLACE and before not in FROM_PLACE:
        return False
    if _other_script(tok.text):
        return before in IN_PLACE or not tok.info.first  # из Рига, i Χανιά; στην Μαρία stays
    return tok.folded in _abroad()  # from India, em Salvador


def _other_script(word: str) -> bool:
    """A word in Cyrillic or Greek letters (no Latin-script list knows its places)."""
    name = unicodedata.name(word[0], "") if word else ""
    return name.startswith(("CYRILLIC", "GREEK"))
