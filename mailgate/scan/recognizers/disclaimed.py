"""Names the text itself says are no one: `Lok "Gamla Lisa" och "Lill-Lasse" är loknamn.`,
`Roles Albrecht, Myrtha and Hilarion — characters.`, `"Kabe Royal" är inga personer.`,
`Ingen person heter Zambo-Greta`, `spelar "Pillret Pelle" (en figur)`.

A writer who names boats, props, roles, songs or brands after people often says so in the
same sentence. Such a gloss clears the names before it in its sentence (a person named after
it keeps hers: `Seriefigurerna är inga personer, tecknaren Carl Barks är det`); a gloss in
brackets clears only the name right before it. A denial must end its clause (`inte en person
som ljuger` says something of a person), and a name cued as someone's (`klienten Anna`) stays.
"""

from __future__ import annotations

import re
from itertools import chain
from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.runs import STRONG_CUES
from mailgate.scan.recognizers.textindex import index_by_start, positions, token_texts
from mailgate.scan.recognizers.words import Tok


def _forms(stems: str, *endings: str) -> frozenset[str]:
    """Each stem with each ending (`""` for the bare stem)."""
    return frozenset(stem + e for stem in stems.split() for e in endings)


# What a thing named like a person is, as the gloss's last word. Plural kinds may follow a
# dash or a copula (`Herkules – inga personer`, `– characters`, `är loknamn`); a singular
# needs its article (`är en föreställning`), a definite form `det är` (`det är maskinen`).
# Words that also say something of a person (`kort`, short; `rätt`, right) are left out.
_PLURAL: Final = (
    _forms("lok båt häst hund katt lag sort modell produkt artist scen fartygs gatu",
           "namn", "namnen")
    | _forms("serie roll", "figurer", "figurerna")
    | _forms("figurer roller karaktärer bilar båtar hästar hundar maskiner butiker sorter växter"
             " låtar sånger filmer serier böcker produkter platser orter drinkar maträtter"
             " föreställningar övningar", "", "na")
    | frozenset({"rekvisita", "rekvisitan", "anropssignaler", "spelkort", "spelkorten",
                 "fartyg", "fartygen", "varumärken", "märken", "characters", "roles", "series",
                 "films", "movies", "books", "songs", "bands", "brands", "horses", "dogs",
                 "boats", "ships", "cars", "shops", "stores", "games", "products", "places",
                 "props", "plants",
                 # workouts, holds and diets gyms name after people (Fran, Grace; Kimura)
                 "workouts", "wods", "exercises", "lifts", "holds", "diets", "drinks",
                 "cocktails", "träningspass", "träningspassen", "dieter", "dieterna",
                 "drinkar", "drinkarna", "grepp", "greppen"})
)
# The English kinds of two words: `pros' ring names`.
_NAMES_OF: Final = frozenset({"ring", "stage", "boat", "brand", "product"})
_THING: Final = frozenset({
    "figur", "roll", "karaktär", "bil", "båt", "häst", "hund", "maskin", "butik", "företag",
    "varumärke", "märke", "sort", "växt", "låt", "sång", "film", "serie", "bok", "produkt",
    "plats", "ort", "drink", "maträtt", "föreställning", "vagn", "character", "role", "movie",
    "book", "song", "band", "brand", "horse", "dog", "boat", "ship", "car", "van", "bus",
    "truck", "machine", "shop", "store", "game", "product", "place", "prop", "plant"})
_DEFINITE: Final = frozenset({
    "båten", "bilen", "maskinen", "hunden", "hästen", "registret", "butiken", "företaget",
    "sorten", "låten", "filmen", "serien", "boken", "spelet"})
_DEFINITE_EN: Final = frozenset({"boat", "car", "machine", "dog", "horse", "shop", "song",
                                 "film", "book", "game"})
_FICTION: Final = frozenset({"påhittad", "påhittade", "fiktiv", "fiktiva", "fictional"})
_NO_ONE_NOUNS: Final = frozenset({"person", "personer", "människa", "människor", "folk",
                                  "people", "persons", "human", "humans"})
_NAMING: Final = frozenset({"heter", "called", "named"})
# A gloss's last word (or a naming verb after `Ingen person`): where the patterns are tried.
_TRIGGERS: Final = (_PLURAL | _THING | _DEFINITE | _DEFINITE_EN | _FICTION | _NO_ONE_NOUNS
                    | _NAMING | {"names", "up"})
# As a text writes them: in lower case, capitalised or in capitals.
_TRIGGER_TEXTS: Final = frozenset(
    form for w in _TRIGGERS for form in (w, w.capitalize(), w.upper()))


def _alt(words: frozenset[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_PLURAL_RE: Final = rf"(?:{_alt(_PLURAL)}|(?:{_alt(_NAMES_OF)})\s+names)"
# One word may qualify the kind (`pros' ring names`, `en gammal båt`), never a preposition:
# `Erik är i filmer`, `Petra är på butiken` say where someone is.
_FREE: Final = (r"(?:(?!(?:på|i|vid|med|till|från|hos|för|om|in|at|on|with|by|from|for|of"
                r"|about|kvar|still)\b)[\w']+\s+)?")
_SINGULAR: Final = rf"(?:en|ett|a|an)\s+{_FREE}(?:{_alt(_THING)})"
# `X är namn på vagnar`, `X is the name of the van`
_NAME_OF: Final = (
    rf"(?:the\s+)?names?\s+(?:of|for|på)\s+(?:(?:the|a|an|en|ett|our|vår|vårt|my|min|mitt)\s+)?"
    rf"{_FREE}(?:{_alt(_THING)}|{_PLURAL_RE})"
)
_DEFINITE_RE: Final = (rf"(?:det|it|that|this)\s+(?:är|is|was|var)\s+(?:{_alt(_DEFINITE)}"
                       rf"|the\s+(?:{_alt(_DEFINITE_EN)}))")
_NO_ONE: Final = (
    r"(?:inte|ej|inga|ingen|not|no|nor)\s+(?:en\s+|ett\s+|någon\s+|a\s+|real\s+"
    rf"|riktiga?\s+|verkliga?\s+)?(?:{_alt(_NO_ONE_NOUNS)})"
)
# A clause ends: punctuation, a dash, a line end or the next item of a list.
_END: Final = r"(?=\s*(?:[.,;:!?)\"”]|$|[–—]|\s-\s|\b(?:eller|or|och|and)\b))"
_IS: Final = r"(?:[ \t][–—-][ \t]*|\b(?:är|is|are|var|was|were)\s+)"
# A dash or comma before `det är båten`, `it is the name of the van`: the name is beside it.
_LEAD: Final = r"(?:[ \t][–—-][ \t]*|,[ \t]*)?"
_ALL: Final = r"(?:(?:båda|alla|both|all|bara|just|only)\s+)?"
# The names before a gloss in its sentence are no one.
_AFTER: Final = re.compile(
    rf"{_IS}{_ALL}{_FREE}{_PLURAL_RE}{_END}|{_IS}{_ALL}{_SINGULAR}{_END}"
    rf"|{_LEAD}(?:(?:det|it|that|this|de|they)\s+)?\b(?:är|is|are)\s+{_ALL}{_NAME_OF}\b"
    rf"|{_LEAD}\b{_DEFINITE_RE}{_END}"
    rf"|\b(?:är|is|are)\s+{_ALL}(?:påhittade?|fiktiva?|fictional|made[- ]up){_END}"
    rf"|\b{_NO_ONE}{_END}",
    re.IGNORECASE | re.MULTILINE,
)
# A denial after a short apposition still speaks of the name before it: `Anadolu – regionen,
# inte en person`, `"Maria" i namnet är marihuana, inte en person`.
_DENIAL: Final = re.compile(rf"\b{_NO_ONE}{_END}", re.IGNORECASE | re.MULTILINE)
_APPOSITION: Final = re.compile(
    r"[\s\"”'’]*(?:[–—-][ \t]*)?(?:[a-zåäöé]+[ \t]+){0,4}[a-zåäöé]*[ \t]*,[ \t]*$")
_REACH: Final = 60  # characters an apposition may take

# The name after it, up to the sentence's end, is no one.
_BEFORE: Final = re.compile(
    r"\b(?:ingen|no)\s+(?:person|one|människa)\s+(?:heter|is\s+called|is\s+named|named"
    r"|called)\s",
    re.IGNORECASE,
)
# A gloss in brackets right after one name: "Pillret Pelle" (en figur).
_BRACKETED: Final = re.compile(
    rf"\(\s*(?:{_SINGULAR}|{_PLURAL_RE})\s*[),;–—]", re.IGNORECASE)
_SENTENCE_END: Final = re.compile(r"[.!?](?=\s)|\n")
# A label's colon opens the list a gloss is about: `Cykel lämnad av Jesper Wennerholm: Crescent
# Elis, Monark Karin – modellnamn.`
_LIST_START: Final = re.compile(r"[.!?:](?=\s)|\n")
_QUOTES_AND_SPACE: Final = " \"'”“’‘«»"


def disclaimed(text: str, toks: list[Tok], found: list[Hit]) -> list[Hit]:
    """`found` without the names a gloss says are no one. A name a person's cue stands before
    stays, unless the gloss is right beside it (`säljaren "WhiteRabbitSE" är en butik`,
    `Ingen person heter Zambo-Greta`)."""
    if not found:
        return found
    ends = _gloss_ends(toks)
    if not ends:
        return found
    spans: list[tuple[int, int]] = []  # names after a gloss: `Ingen person heter …`
    subjects: list[tuple[int, int]] = []  # names before one, if they are what it speaks of
    beside: set[int] = set()  # ends of names right before a gloss, starts right after one
    for m in _matches(text, toks, ends, _AFTER):
        start = _list_start(text, m.start())
        if _DASH.match(m.group()):
            # `Roles Albrecht, Myrtha and Hilarion — characters`: a dash glosses a list; one
            # name before a dash is a register's item (`Ansvar: Erik Lind – bilar, Sara – båtar`)
            start = _after_last_dash(text, start, m.start())
            if _capitalised_items(text[start : m.start()]) < _A_LIST:
                continue
        else:
            beside.add(_end_before(text, m.start()))
        subjects.append((start, m.start()))
    for m in _matches(text, toks, ends, _BEFORE):
        end = _SENTENCE_END.search(text, m.end())
        spans.append((m.end(), end.start() if end else len(text)))
        beside.add(m.end())
    beside.update(_end_before(text, m.start()) for m in _matches(text, toks, ends, _BRACKETED))
    for m in _matches(text, toks, ends, _DENIAL):
        if a := _APPOSITION.search(text, max(0, m.start() - _REACH), m.start()):
            beside.add(_end_before(text, a.start()))
    if not beside and not spans and not subjects:
        return found
    return [h for h in found if not (h.end in beside or h.start in beside or (not _cued(
        h.start, toks) and (any(s <= h.start and h.end <= e for s, e in spans) or any(
            s <= h.start and h.end <= e and (_quoted(text, h) or _listed_up_to(text, h.end, e))
            for s, e in subjects))))]


def _quoted(text: str, h: Hit) -> bool:
    """A quoted name is what a gloss after it speaks of, wherever it stands in the sentence
    (`hittade kokain på flightcasen "Big Bertha" – båda är rekvisita`): people who speak are
    not quoted."""
    return h.start > 0 and text[h.start - 1] in _OPENING_QUOTES


_OPENING_QUOTES: Final = "\"'”“‘’«»"


def _listed_up_to(text: str, end: int, gloss: int) -> bool:
    """Only the rest of a list of names stands between the name and its gloss: quotes,
    brackets, commas, `och`, capitalised words, a place (`"Bettan" (Volvo 240) och "Svarta
    Rudolf" i garaget är rekvisita`); another word in lower case (`Anna Ek tror det är
    rekvisita`) says the name is someone speaking of it."""
    gap = _COPULA.split(text[end:gloss], maxsplit=1)[0]  # "X" – båda är ölsorter, inte …
    opened = gap.rfind("(")
    if opened > gap.rfind(")"):
        gap = gap[:opened]  # the gloss is in the brackets: (båda är namn på vagnar, inte folk)
    words = _WORDS.findall(_BRACKETS.sub(" ", gap))
    k = 0
    while k < len(words):
        word = words[k]
        if word.casefold() in _WHERE:
            k += 2  # where the list stands: "Gamla Elsa" på fat – båda är ölsorter
            continue
        if not (word.casefold() in _LIST_WORDS or word[:1].isupper() or word[:1].isdigit()):
            return False
        k += 1
    return True


_WORDS: Final = re.compile(r"[^\W_][\w'’-]*")
_BRACKETS: Final = re.compile(r"\([^()]*\)")
_COPULA: Final = re.compile(r"\s(?:är|is|are|var|was|were|[–—-])\s", re.IGNORECASE)
_WHERE: Final = frozenset({"på", "i", "vid", "on", "in", "at"})
_LIST_WORDS: Final = frozenset({"och", "and", "eller", "or", "samt", "båda", "alla", "both",
                                "all", "de", "they", "the", "a", "an", "en", "ett"})


# A dash and a kind, no copula (`– det är båten`, `– it is the name of the van` say it).
_DASH: Final = re.compile(r"[ \t][–—-](?![ \t]*(?:det|it|that|this|de|they|är|is|are)\b)",
                          re.IGNORECASE)
_ITEMS: Final = re.compile(r"\s*(?:,|\b(?:och|and|eller|or)\b|&)\s*")
_A_LIST: Final = 2  # items before a dash's gloss


def _capitalised_items(stretch: str) -> int:
    """Items of a list that start with a capital or a quote: `Skam, Young Royals`."""
    return sum(1 for item in _ITEMS.split(stretch.strip()) if item[:1].isupper() or (
        item[:1] in _QUOTES_AND_SPACE))


def _after_last_dash(text: str, start: int, at: int) -> int:
    """Past the last dash between `start` and `at`: that dash ended another item's gloss."""
    last = max(text.rfind(" – ", start, at), text.rfind(" — ", start, at),
               text.rfind(" - ", start, at))
    return start if last < 0 else last + 3


_BACK: Final = 8  # tokens before a gloss's last word where the gloss may start
_AHEAD: Final = 40  # characters after it that tell whether its clause ends


def _gloss_ends(toks: list[Tok]) -> list[int]:
    """Indexes of the words a gloss may end in, found by the text's set of token texts (a
    regex search of the whole text tried every position: about 1 ms per 2 KB)."""
    words = _TRIGGER_TEXTS.intersection(token_texts(toks))
    if not words:
        return []
    at = positions(toks)
    return [i for i in sorted(chain.from_iterable(at[w] for w in words))
            if _may_end_a_gloss(toks, i)]


def _matches(text: str, toks: list[Tok], ends: list[int], pattern: re.Pattern[str]
             ) -> list[re.Match[str]]:
    """The pattern's matches starting at a word (or the space before it) shortly before a word
    a gloss may end in: anchored tries, not a search of every position."""
    out: dict[int, re.Match[str]] = {}
    for i in ends:
        hi = min(len(text), toks[i].end + _AHEAD)
        for j in range(max(0, i - _BACK), i + 1):
            for pos in (toks[j].start - 1, toks[j].start):
                if pos >= 0 and pos not in out and (m := pattern.match(text, pos, hi)):
                    out[pos] = m
    return [out[k] for k in sorted(out)]


def _may_end_a_gloss(toks: list[Tok], i: int) -> bool:
    """A cheap test before the patterns: a clause ends after the word (or a word may follow
    `names`, `made`), or it is a naming verb after `Ingen person`, `no one (is)`."""
    word = toks[i].folded
    if word in _NAMING:
        return any(t.folded in _NO_ONE_NOUNS or t.folded == "one" for t in toks[max(0, i - 2):i])
    if word == "names" or word == "name" or i + 1 >= len(toks):
        return True
    after = toks[i + 1]
    return after.line_break_before or after.text in _CLAUSE_ENDS or after.folded in _CLAUSE_ENDS


# What may follow a gloss's last word: its clause's end or the next item of a list.
_CLAUSE_ENDS: Final = frozenset({".", ",", ";", ":", "!", "?", ")", "\"", "”", "–", "—", "-",
                                 "eller", "or", "och", "and", "...", "!!", "?!", "!)"})


def _cued(start: int, toks: list[Tok]) -> bool:
    """A person's cue stands before the name starting there: `klienten Anna`."""
    i = index_by_start(toks).get(start)
    return i is not None and toks[i].cue in STRONG_CUES


def _end_before(text: str, at: int) -> int:
    """Where a name right before `at` ends: past spaces and closing quotes."""
    return len(text[:at].rstrip(_QUOTES_AND_SPACE))


def _list_start(text: str, at: int) -> int:
    """Where the sentence or list holding `at` starts: after a full stop, a label's colon or
    a line end."""
    start = 0
    for m in _LIST_START.finditer(text, max(0, text.rfind("\n", 0, at)), at):
        start = m.end()
    return start
