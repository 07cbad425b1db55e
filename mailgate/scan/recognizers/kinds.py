"""Names listed under a word for their kind: `Hoppen Axel, Salchow och Lutz`, `Stjärnbilder:
Orion, Andromeda`, `hundarna Herr Nilsson och Fröken Doris`, `Drinkar: Tom Collins`.

Jumps, stars, roles, drinks, varieties, models, dishes and animals carry people's names. A
plural that says what kind of thing follows, right before a list of capitalised names (or
before the colon that opens it), makes every name in the list one of those things. Only words
for things and animals count: `barnen Erik och Anna` and `Föräldrar: Stefan Nordqvist` stay
people, and a person's word after the kind (`hästarna och deras ägare: Lisa Berg`) gives the
list back to people.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.cues import PERSON_CUES
from mailgate.scan.endings import Endings
from mailgate.scan.recognizers.textindex import any_ending
from mailgate.scan.recognizers.thingheads import (
    NAMES_ENDINGS,
    NAMING_VERBS,
    PLURAL_ENDINGS,
    PLURAL_WORDS,
    a_thing_plural,
    naming_verb_after_head,
)
from mailgate.scan.recognizers.words import QUOTES, Tok

KIND_PLURALS: Final = frozenset({
    # figure-skating jumps, chess openings, yoga and dance figures
    "hopp", "hoppen", "jumps", "öppningar", "öppningarna", "openings", "varianter",
    "varianterna", "figurerna",
    # songs, records and works: titles are often given names (`Låtar i kväll: "Elsa", "Marie
    # Marie"`, `Films: Amelie, Annie Hall`)
    "låtar", "låtarna", "låtlista", "låtlistan", "spellista", "spellistan", "setlist",
    "setlista", "setlistan", "repertoar", "repertoaren", "sånger", "sångerna", "songs",
    "tracks", "titlar", "titlarna", "titles", "skivor", "skivorna", "albums", "records",
    "filmer", "filmerna", "films", "movies", "pjäser", "pjäserna", "plays", "musikaler",
    "musicals", "operor", "operorna", "operas", "baletter", "ballets", "romaner", "novels",
    # diets, workouts, lifts and holds named after their inventors or after girls' names
    # (`Dieterna: Atkins, Dukan`, `Benchmarks: Helen, Cindy`); not `pass` nor `tekniker`, a
    # shift's and a technician's word too (`Kvällens pass: Anna och Erik`), nor `dieter`, a
    # German given name (`Dieter Müller`)
    "dieterna", "diets", "wods", "workouts", "benchmarks", "finishers", "övningar",
    "övningarna", "exercises", "lyft", "lyften", "lifts", "grepp", "greppen", "holds",
    "submissions", "techniques",
    # the sky
    "stjärnbilder", "stjärnbilderna", "constellations", "planeter", "planeterna", "planets",
    "kometer", "kometerna", "comets",
    # stage roles by their names (roles alone are given to people: Roller: kassa – Anna)
    "rollnamn", "rollnamnen",
    # drinks and dishes
    "drinkar", "drinkarna", "cocktails", "cocktailar", "drinks", "pizzor", "pizzorna",
    "pizzas", "rätter", "rätterna", "dishes", "smaker", "smakerna", "flavours", "flavors",
    # varieties, models and makes
    "sorter", "sorterna", "varieties", "cultivars", "hops",
    "märken", "märkena", "brands", "glasyrer", "glasyrerna", "glazes", "klänningar",
    "klänningarna", "dresses", "gowns", "cyklar", "cyklarna", "bikes", "dockor", "dockorna",
    "dolls", "kajaker", "kajakerna", "kanoter", "kanoterna", "stormar", "stormarna", "storms",
    # animals
    "hundar", "hundarna", "katter", "katterna", "hästar", "hästarna", "djur", "djuren",
    "valpar", "valparna", "kaniner", "kaninerna", "duvor", "duvorna", "fåglar", "fåglarna",
    "hönor", "hönorna", "hönsen", "kor", "korna", "grisar", "grisarna", "getter", "getterna",
    "fåren", "ponnyer", "ponnyerna", "kycklingar", "kycklingarna", "dogs", "cats", "horses",
    "animals", "pets", "puppies", "pigeons", "birds", "hens", "cows", "pigs", "goats", "ponies",
})
# Compounds end in the kind: humlesorter, äppelsorter, brevduvorna, tävlingshästarna. Not
# every kind: fotomodeller are people, kontroller no roles.
_ENDINGS: Final = ("sorter", "sorterna", "duvor", "duvorna", "hästar", "hästarna", "hundar",
                   "hundarna", "katterna", "märken", "märkena", "glasyrer", "drinkar", "cocktails",
                   "pizzor", "stjärnbilder", "klänningar", "cyklar", "cyklarna", "öppningar",
                   "öppningarna", "varieties", "cultivars")
_GATE_ENDINGS: Final = _ENDINGS + PLURAL_ENDINGS + NAMES_ENDINGS
_A_GATE_ENDING: Final = Endings(_GATE_ENDINGS)
_LIST_JOINS: Final = frozenset({",", "och", "and", "&", "eller", "or", "samt"})
_WINDOW: Final = 5  # words before a colon that may hold the kind
# Words that may stand between the kind and the colon: Humlesorter i lager, drinks on the menu.
_PLACE_WORDS: Final = frozenset({"i", "på", "från", "för", "till", "in", "on", "at", "from", "for"})
# Tokens walked back over a list: a register of names is no list of things.
_LONGEST_LIST: Final = 40


def a_kind_word(folded: str) -> bool:
    return folded in KIND_PLURALS or (len(folded) > 6 and folded.endswith(_ENDINGS)) or (
        a_thing_plural(folded))


def kind_words(folded: frozenset[str]) -> bool:
    """Whether a text holds any word for a kind (the gate: most texts hold none)."""
    return not (KIND_PLURALS.isdisjoint(folded) and PLURAL_WORDS.isdisjoint(folded)) or (
        any_ending(folded, _A_GATE_ENDING))  # a superset: under_a_kind asks


def under_a_kind(run: list[Tok], toks: list[Tok]) -> bool:
    """The run stands in a list of names right after a word for their kind. Without a colon
    the list must have a second name: `the drinks Sara brought` is Sara's."""
    after = run[-1].index + 1
    if after < len(toks) and toks[after].text in QUOTES:
        after += 1  # "Don Pedro" och "Santa Rosa": the closing quote, then the join
    listed = after < len(toks) and toks[after].folded in _LIST_JOINS
    if len(run) >= 2 and run[0].capital and a_kind_word(run[0].folded):
        return listed  # Hoppen Axel, Salchow: the kind begins the run
    i = run[0].index - 1
    stop = max(-1, i - _LONGEST_LIST)
    while i > stop and _in_a_list(toks[i]):
        listed = listed or toks[i].folded in _LIST_JOINS
        if toks[i].capital and a_kind_word(toks[i].folded):
            # Duvorna Blixten, Fru Kerstin och Herr Svensson; not `Hundarna och Anna Berg`,
            # the animals and someone beside them
            return listed and toks[i + 1].folded not in _LIST_JOINS
        if toks[i].line_break_before:
            return False
        i -= 1
    if i <= stop:
        return False
    if a_kind_word(toks[i].folded) and toks[i + 1].text != "," and (
            toks[i + 1].folded not in _LIST_JOINS):
        return listed  # hundarna Herr Nilsson och Fröken Doris; not `a sorter, Ana Popescu`
    if naming_verb_after_head(toks, i) or (
            toks[i].folded in NAMING_VERBS and i > 0 and a_kind_word(toks[i - 1].folded)):
        return True  # Båtarna heter "Lilla My", "Bettan" och "Carl Gustaf"
    return toks[i].text == ":" and _kind_before_colon(toks, i)


def _in_a_list(tok: Tok) -> bool:
    return tok.folded in _LIST_JOINS or tok.text in QUOTES or (tok.capital and tok.alpha)


def _kind_before_colon(toks: list[Tok], colon: int) -> bool:
    """Humlesorter i lager: ...; not `hästarna och deras ägare: ...`."""
    words: list[str] = []
    j = colon - 1
    while j >= 0 and len(words) < _WINDOW and toks[j].text not in (".", "!", "?", ":"):
        words.insert(0, toks[j].folded)
        if toks[j].line_break_before:
            break
        j -= 1
    kinds = [n for n, w in enumerate(words) if a_kind_word(w)]
    if not kinds:
        return False
    rest = words[kinds[-1] + 1 :]  # Humlesorter i lager:, not `Hundarna rastas av:`
    return not rest or (rest[0] in _PLACE_WORDS and len(rest) <= 3 and not any(
        w in PERSON_CUES for w in rest))
