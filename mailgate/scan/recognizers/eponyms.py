"""Things named after a person, by the word for the thing glued, hyphened or right after the
name: `Carl Larsson-rummet`, `Hjalmar Lundbohmsgården`, `Evert Taubes park`, `Janssons
frestelse`, `Elsa Goljes Minne`, `Bingsjö-Matts vals`, `Polska efter Hjort Anders`.

Rooms, halls, libraries, foundations, prizes, dishes and tunes carry the names of the people
they honour; a report mentioning them names no one. Each table below holds only words for
things nobody privately owns: `Anna Bergs hus` and `Eriks bil` stay people's, and `hus` or
`gård` after a genitive names a thing only when a word for a venue stands right before the
name (`fritidsgården Karl-Bertil Jonssons hus`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.roles import role_shaped
from mailgate.scan.recognizers.surnamestem import a_surname_stem
from mailgate.scan.recognizers.words import QUOTES, RELATION_CUES, Tok

# A hyphened compound's tail, or a glued one's ending, after the honoured person's name:
# Carl Larsson-rummet, Selma Lagerlöf-biblioteket, Hjalmar Lundbohmsgården, Jenny Lind-stipendiet.
COMPOUND_HEADS: Final = (
    "rummet", "salen", "salongen", "huset", "gården", "hallen", "biblioteket", "skolan",
    "gymnasiet", "parken", "torget", "platsen", "stipendiet", "stipendiat", "priset",
    "medaljen", "fonden", "stiftelsen", "museet", "scenen", "studion", "teatern", "kyrkan",
    "kapellet", "leden", "stigen", "statyn", "sällskapet", "institutet", "centret",
    "sviten", "loungen", "paviljongen", "akademin", "dagarna", "veckan", "festivalen",
    # cabins, arenas and villas of a camp or a town: Astrid Lindgren-stugan, Nilsson-arenan
    "stugan", "arenan", "villan", "torpet", "kåtan", "flygeln",
    # pastries: Gustav Adolfsbakelse, Karl XII-bakelse, Sarah Bernhardt-tårta
    "bakelse", "bakelsen", "tårta", "tårtan",
)
# Lower-case words after a genitive name that are things nobody owns privately: Evert Taubes
# park, Janssons frestelse, Bingsjö-Matts vals, Knut Wallenbergs stipendium.
# Left out for what else they say of a person: plats (her seat), pris (the price he paid),
# bruk (his use of a drug; a place's works are _WORKS), sällskap (in her company), minne
# (in his memory), kanal (her channel online).
AFTER_GENITIVE: Final = frozenset({
    "park", "torg", "minnesfond", "stipendium", "stipendier", "frestelse", "orkester",
    "kapell", "spelmanslag", "vals", "polska", "polskan", "schottis", "hambo", "marsch",
    "gånglåt", "brudmarsch", "memorial", "stiftelse",
})
# Lower-case words after a surname's genitive that name what was named after its describer:
# Sjögrens syndrom, Hashimotos tyreoidit, Ewings sarkom, Pythagoras sats, Occams rakkniv.
# One word only: after a given name or a full name they are the person's own (Eriks sjukdom,
# Anna Bergs sjukdom), and after a patronymic (`Karlssons sjukdom`, a patient's; no describer
# is called so).
# Not `lag`, `test`, `metod`, `modell`: a team's, a test's or a way someone has.
EPONYM_HEADS: Final = frozenset({
    "sjukdom", "syndrom", "sarkom", "lymfom", "tumör", "tyreoidit", "fenomen", "pares",
    "triad", "reflex", "kontraktur", "anomali", "cysta", "princip", "sats", "ekvation",
    "formel", "skala", "rakkniv", "behovstrappa", "teorem", "konstant", "paradox", "komet",
})
_PATRONYMIC: Final = ("sons", "sens", "ssons")
# Endings of compounds of those and of public places: sommarstipendier, brudpolska, Carl
# Eldhs ateljémuseum, Ivar Los minnespark (not skola: Eriks förskola is the child's).
_GENITIVE_ENDINGS: Final = ("stipendier", "stipendium", "stipendiet", "polska", "marsch", "vals",
                            "museum", "museet", "bibliotek", "biblioteket", "park", "parken")
# Capitalised last words of a name after a genitive: Elsa Goljes Minne, Knut Wallenbergs
# Stiftelses, Sigurd Lewerentz Memorial.
CAPITAL_TAILS: Final = frozenset({"minne", "stiftelse", "stiftelses", "fond", "fonds",
                                  "memorial", "minnesfond", "stipendium", "pris", "orkester",
                                  "värld"})  # Astrid Lindgrens Värld, a theme park
# After a genitive, these are things only when a venue's word stands before the name.
HOUSES: Final = frozenset({"hus", "gård", "rum", "stuga", "sal"})
# Venues before such a name: fritidsgården Karl-Bertil Jonssons hus, museet Carl Larssons gård.
VENUE_ENDINGS: Final = ("gården", "huset", "museet", "hemmet", "lokalen", "föreningen",
                        "klubben", "kåren")
# Tunes named after the fiddler who played them: Polska efter Hjort Anders.
TUNES: Final = frozenset({"polska", "polskan", "vals", "valsen", "schottis", "hambo", "marsch",
                          "låt", "låten", "gånglåt", "brudmarsch", "visa", "visan", "menuett",
                          "engelska", "mazurka", "slängpolska", "springlek", "halling"})
_SHORTEST_STEM: Final = 3


def named_after_someone(run: list[Tok], toks: list[Tok]) -> bool:
    """The run is, or ends in, the name of a thing named after a person."""
    return (_compound_head(run) or _before_a_thing(run, toks)
            or _capital_tail(run) or _a_tune_after(run[0], toks)
            or _coordinated_with_a_thing(run, toks) or _a_shop(run) or _a_named_hall(run)
            or _a_place_s_works(run, toks) or _the_named_place(run, toks)
            or _a_house_of_worship(run, toks) or _a_monarch(run) or _a_cultivar(run[0], toks))


def _compound_head(run: list[Tok]) -> bool:
    """Carl Larsson-rummet (a hyphen, whatever precedes it); Hjalmar Lundbohmsgården (glued to
    a genitive, after given names only: `Anna Berg Vårdcentralen` is someone and a place)."""
    folded = run[-1].text.casefold()
    if "-" in folded:
        if run[-1].info.first and not run[-1].info.common:
            return False  # Ji-hoon, Seo-yeon: a given name hyphened (wordfacts), no thing's
        head, tail = run[-1].text.rsplit("-", 1)
        if head.isupper() and len(head) > 1 and (tail.casefold() in RELATION_CUES or (
                role_shaped(tail.casefold(), False))):
            return False  # Fredrik TNE-vakt, Lisa IVA-ssk: a unit's role after the name
        return tail.casefold() in COMPOUND_HEADS or _a_things_tail(tail)
    if len(run) < 2 or not folded.endswith(COMPOUND_HEADS):
        return False
    head = next(h for h in COMPOUND_HEADS if folded.endswith(h))
    stem = folded[: -len(head)]  # Ellen Keyskolan, Selma Lagerlöfskolan: no genitive's s before
    named = [t for t in run[:-1] if t.info.name]  # past `Besök` starting the sentence
    alone = len(named) == 1  # a lone given name that is a surname too: Hugo Alfvénhallen
    return bool(named) and all(t.info.first and (alone or not t.info.last) for t in named) and ((
        len(stem) > _SHORTEST_STEM and (stem.endswith("s") or names.lookup(
            stem.capitalize(), frozenset()).last)) or a_surname_stem(stem, head))


# Lower-case tails of a hyphened name that still say someone: Pelle-gubben, Lisa-mamma.
_PERSON_TAILS: Final = ("gubben", "gubbe", "gumman", "mamma", "mamman", "pappa", "pappan",
                        "kompis", "kompisen", "tjejen", "killen", "flickan", "pojken", "bror",
                        "brorsan", "syster", "syrran", "farsan", "morsan", "frun", "mannen",
                        "fan", "fansen", "son", "sonen", "dotter", "dottern", "boy", "girl",
                        # a costume or likeness of someone still names the person: utklädd i
                        # Magnus Ladulås-dräkt
                        "dräkt", "dräkten", "kostym", "kostymen", "mask", "masken", "peruk",
                        "look", "imitatör", "imitatören", "porträtt", "porträttet")
_SHORTEST_TAIL: Final = 4


def _a_things_tail(tail: str) -> bool:
    """`Dolly Parton-kväll`, `Bob Marley-konserten`, `Frida Kahlo-utställningen`: a thing
    named after someone by a lower-case noun after the hyphen (a name's own parts are
    capitalised: Berg-Larsson)."""
    return len(tail) >= _SHORTEST_TAIL and tail.isalpha() and tail.islower() and not (
        tail.endswith(_PERSON_TAILS))


def _before_a_thing(run: list[Tok], toks: list[Tok]) -> bool:
    """Evert Taubes park, Janssons frestelse; fritidsgården Karl-Bertil Jonssons hus."""
    last = run[-1]
    i = last.index + 1
    if not last.text.endswith("s") or i >= len(toks) or toks[i].line_break_before:
        return False
    nxt = toks[i].text
    if not nxt.islower():
        return False
    if nxt[-1] == "s" and len(nxt) > _SHORTEST_STEM + 1:
        nxt = nxt[:-1]  # in its own genitive: Janssons frestelses, Sjögrens syndroms
    if nxt in AFTER_GENITIVE or nxt.endswith(_GENITIVE_ENDINGS):
        return True
    if nxt in EPONYM_HEADS:
        named = [t for t in run if t.info.name]  # past `Enligt` starting the sentence
        return named == [last] and not last.text.casefold().endswith(_PATRONYMIC) and not (
            last.info.first and not last.info.last)
    if nxt in HOUSES:
        return _a_venue_before(run[0], toks)
    head = _coordinated_head(toks, i)
    return head is not None and head.institution


def _coordinated_head(toks: list[Tok], i: int) -> Tok | None:
    """`ungdomssjukhus` in `Drottning Silvias barn- och ungdomssjukhus`: a compound's first
    part left hanging, and the whole word after `och`."""
    j = i + 1 if toks[i].text.endswith("-") else i + 2
    if j >= len(toks) or (j == i + 2 and toks[i + 1].text != "-"):
        return None
    if j + 1 < len(toks) and toks[j].folded in ("och", "eller") and toks[j + 1].text.islower():
        return toks[j + 1]
    return None


def _a_venue_before(first: Tok, toks: list[Tok]) -> bool:
    i = first.index - 1
    while i >= 0 and toks[i].text in QUOTES:
        i -= 1
    return i >= 0 and toks[i].text.islower() and toks[i].folded.endswith(VENUE_ENDINGS)


def _capital_tail(run: list[Tok]) -> bool:
    """Elsa Goljes Minne, Knut Wallenbergs Stiftelses: a genitive, then the thing's word."""
    return len(run) >= 2 and run[-1].folded in CAPITAL_TAILS and run[-2].text.endswith("s") and (
        run[-1].capital)


def _a_tune_after(first: Tok, toks: list[Tok]) -> bool:
    """Polska efter Hjort Anders, vals efter Pekkos Per: the fiddler's name is the tune's."""
    i = first.index
    return i >= 2 and toks[i - 1].folded == "efter" and toks[i - 2].folded in TUNES


_AND: Final = frozenset({"och", "and", "&"})
# English names' last words for what is named after a couple: the Sigurd and Elsa Golje
# Memorial Foundation, the Alice and Knut Fund.
_ENGLISH_TAILS: Final = frozenset({"foundation", "memorial", "fund", "trust", "prize", "award",
                                   "scholarship", "fellowship", "lecture"})
_REACH: Final = 5  # capitalised words after `och` to the thing's word


def _coordinated_with_a_thing(run: list[Tok], toks: list[Tok]) -> bool:
    """Alice in `Alice och Knut Wallenbergs Stiftelse`: one given name joined to the name of a
    thing named after both."""
    i = run[-1].index + 1
    if len(run) != 1 or not run[0].info.first or i + 1 >= len(toks) or (
            toks[i].folded not in _AND):
        return False
    j = i + 1
    while j < len(toks) and j - i <= _REACH and toks[j].capital and not (
            toks[j].line_break_before):
        j += 1
    tail = toks[i + 1 : j]
    return len(tail) >= 2 and (_capital_tail(tail) or _before_a_thing(tail, toks) or (
        tail[-1].folded in _ENGLISH_TAILS and tail[-1].capital))


# Shops' words that read as a genitive, so a token's folded form (liv, nail) hides them:
# Hamid Livs, Asia Livs Luleå, Lily Nails. `Bar` is a surname here and stays out.
SHOP_WORDS: Final = frozenset({"livs", "nails", "lanthandel", "kebab", "pizza"})


def _a_shop(run: list[Tok]) -> bool:
    """One word, then a shop's word: `Hamid Livs`; `Anna Berg Livs` may be her, and stays."""
    return len(run) >= 2 and run[1].text.casefold() in SHOP_WORDS and run[1].capital


# A building's word written apart from the given name it carries: Signe Huset, Tora Rummet.
# Not `Hallen` or `Salen`: Hallén and Salén typed without the accent are surnames.
_HALLS: Final = frozenset({"huset", "rummet", "parken", "gården", "skolan", "biblioteket",
                           "scenen", "paviljongen"})


def _a_named_hall(run: list[Tok]) -> bool:
    """A given name, then a building's definite word that no list calls a surname."""
    return len(run) == 2 and run[0].info.first and run[1].text.casefold() in _HALLS and not (
        run[1].info.last)


# Works and waterways named after their place's genitive: Engelsbergs bruk, Strömsholms
# kanal, Kvarntorps gruva. After a given name they are someone's (Jonathans bruk av kokain).
_WORKS: Final = frozenset({"bruk", "kanal", "gruva", "slott", "säteri", "kvarn", "sågverk",
                           "hytta", "glasbruk", "pappersbruk", "järnbruk"})


def _a_place_s_works(run: list[Tok], toks: list[Tok]) -> bool:
    i = run[-1].index + 1
    if not run[-1].text.endswith("s") or i >= len(toks) or toks[i].text not in _WORKS:
        return False
    after = toks[i + 1].folded if i + 1 < len(toks) else ""
    return after not in ("av", "of") and not any(t.info.first for t in run)


# English words after `the` and a name for what is named after someone: the Carl Johan stage,
# the Olof Palme memorial. Not `house`, `home` or `family`: the Smith house is theirs.
_ENGLISH_PLACES: Final = frozenset({
    "stage", "memorial", "statue", "monument", "park", "square", "bridge", "library", "hall",
    "theatre", "theater", "museum", "gallery", "lounge", "suite", "wing", "prize", "award",
    "lecture", "scholarship", "fund", "trophy", "stadium", "arena", "centre", "center",
    "institute", "school", "hospital", "tunnel", "building",
})


# Of those, the words that say so without `the` (Carl Johan stage); not verbs or a hall.
_ENGLISH_NAMED: Final = frozenset({"stage", "memorial", "statue", "monument", "bridge",
                                   "library", "stadium", "museum", "prize", "award"})


def _the_named_place(run: list[Tok], toks: list[Tok]) -> bool:
    first, i = run[0].index, run[-1].index + 1
    if i >= len(toks) or toks[i].line_break_before or toks[i].text not in _ENGLISH_PLACES:
        return False
    return toks[i].text in _ENGLISH_NAMED or (first > 0 and toks[first - 1].folded == "the")


# Houses of worship are named after saints and people (kyrkan Kidane Mehret, templet Wat
# Phra Singh, församlingen Mor Gabriel): the name right after the word is the building's.
_WORSHIP: Final = frozenset({"kyrkan", "församlingen", "katedralen", "klostret", "templet",
                             "moskén", "kapellet", "synagogan", "gurdwaran", "sognet"})


def _a_house_of_worship(run: list[Tok], toks: list[Tok]) -> bool:
    """Not a given name and a surname: `i kyrkan Anna Berg` may be about her."""
    i = run[0].index - 1
    return i >= 0 and not run[0].line_break_before and toks[i].text in _WORSHIP and not (
        len(run) >= 2 and run[0].info.first and run[-1].info.last)


# A regnal number of two letters or more after a given name: Karl XII, Gustav III, Erik XIV,
# Karl XVI Gustaf (one letter, `Anna V`, is as often a surname's initial).
_REGNAL: Final = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII",
                            "XIV", "XV", "XVI", "XVII", "XVIII"})


def _a_monarch(run: list[Tok]) -> bool:
    return any(t.text in _REGNAL and run[n].info.first for n, t in enumerate(run[1:]))


# A cultivar is quoted in single quotes after its genus, and often named after someone:
# Brugmansia 'Charles Grimaldi', Papaver somniferum 'Lauren's Grape'.
_SINGLE_QUOTES: Final = frozenset({"'", "‘", "’"})
_LATIN_ENDINGS: Final = ("um", "us", "ia", "is", "ii", "ae", "ea", "ica", "ina", "osa")


def _a_cultivar(first: Tok, toks: list[Tok]) -> bool:
    """After a single quote, a genus (capitalised, no name) or a genus and its epithet."""
    i = first.index - 1
    if i < 1 or toks[i].text not in _SINGLE_QUOTES:
        return False
    word = toks[i - 1]
    if word.text.islower() and i >= 2:  # the species' epithet (somniferum) after any genus
        genus = toks[i - 2]
        return word.folded.endswith(_LATIN_ENDINGS) and genus.capital and not genus.info.name
    return word.capital and not word.info.name and word.folded.endswith(_LATIN_ENDINGS)
