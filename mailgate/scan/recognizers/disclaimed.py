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
from collections.abc import Callable
from typing import Final

from mailgate.scan.recognizers.base import Hit

# What a thing named like a person is. Plural kinds may follow a dash or a copula
# (`Herkules – inga personer`, `– characters`, `är loknamn`); a singular needs its article
# (`är en föreställning`), a definite form `det är` (`det är maskinen`). Words that also say
# something of a person (`kort`, short; `rätt`, right) are left out.
_PLURAL: Final = (
    r"rekvisita|rekvisitan|(?:lok|båt|häst|hund|katt|lag|sort|modell|produkt|artist|scen"
    r"|fartygs|gatu)namn(?:en)?|anropssignaler|spelkort(?:en)?|(?:serie|roll)?figurer(?:na)?"
    r"|roller(?:na)?|karaktärer(?:na)?|bilar(?:na)?|båtar(?:na)?|hästar(?:na)?|hundar(?:na)?"
    r"|fartyg(?:en)?|maskiner(?:na)?|butiker(?:na)?|varumärken|märken|sorter(?:na)?"
    r"|växter(?:na)?|låtar(?:na)?|sånger(?:na)?|filmer(?:na)?|serier(?:na)?|böcker(?:na)?"
    r"|produkter(?:na)?|platser(?:na)?|orter(?:na)?|drinkar(?:na)?|maträtter(?:na)?"
    r"|föreställningar(?:na)?|characters|roles|series|films|movies|books|songs|bands|brands"
    r"|horses|dogs|boats|ships|cars|shops|stores|games|products|places|props|plants"
    r"|(?:ring|stage|boat|brand|product) names"
)
_THING: Final = (
    r"figur|roll|karaktär|bil|båt|häst|hund|maskin|butik|företag|varumärke|märke|sort|växt"
    r"|låt|sång|film|serie|bok|produkt|plats|ort|drink|maträtt|föreställning|vagn|character"
    r"|role|film|movie|book|song|band|brand|horse|dog|boat|ship|car|van|bus|truck|machine"
    r"|shop|store|game|product|place|prop|plant"
)
# One word may qualify the kind (`pros' ring names`, `en gammal båt`), never a preposition:
# `Erik är i filmer`, `Petra är på butiken` say where someone is.
_FREE: Final = (r"(?:(?!(?:på|i|vid|med|till|från|hos|för|om|in|at|on|with|by|from|for|of"
                r"|about|kvar|still)\b)[\w']+\s+)?")
_SINGULAR: Final = rf"(?:en|ett|a|an)\s+{_FREE}(?:{_THING})"
# `X är namn på vagnar`, `X is the name of the van`
_NAME_OF: Final = (
    rf"(?:the\s+)?names?\s+(?:of|for|på)\s+(?:(?:the|a|an|en|ett|our|vår|vårt|my|min|mitt)\s+)?"
    rf"{_FREE}(?:{_THING}|{_PLURAL})"
)
_DEFINITE: Final = (
    r"(?:det|it|that|this)\s+(?:är|is|was|var)\s+(?:båten|bilen|maskinen|hunden|hästen"
    r"|registret|butiken|företaget|sorten|låten|filmen|serien|boken|spelet|the\s+(?:boat"
    r"|car|machine|dog|horse|shop|song|film|book|game))"
)
_NO_ONE: Final = (
    r"(?:inte|ej|inga|ingen|not|no|nor)\s+(?:en\s+|ett\s+|någon\s+|a\s+|real\s+"
    r"|riktiga?\s+|verkliga?\s+)?(?:person(?:er)?|människ(?:a|or)|folk|people|persons?"
    r"|humans?)"
)
# A clause ends: punctuation, a dash, a line end or the next item of a list.
_END: Final = r"(?=\s*(?:[.,;:!?)\"”]|$|[–—]|\s-\s|\b(?:eller|or|och|and)\b))"
_IS: Final = r"(?:[ \t][–—-][ \t]*|\b(?:är|is|are|var|was|were)\s+)"
# A dash or comma before `det är båten`, `it is the name of the van`: the name is beside it.
_LEAD: Final = r"(?:[ \t][–—-][ \t]*|,[ \t]*)?"
_ALL: Final = r"(?:(?:båda|alla|both|all|bara|just|only)\s+)?"
# The names before a gloss in its sentence are no one.
_AFTER: Final = re.compile(
    rf"{_IS}{_ALL}{_FREE}(?:{_PLURAL}){_END}|{_IS}{_ALL}{_SINGULAR}{_END}"
    rf"|{_LEAD}(?:(?:det|it|that|this|de|they)\s+)?\b(?:är|is|are)\s+{_ALL}{_NAME_OF}\b"
    rf"|{_LEAD}\b{_DEFINITE}{_END}"
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
    rf"\(\s*(?:{_SINGULAR}|{_PLURAL})\s*[),;–—]", re.IGNORECASE)
_SENTENCE_END: Final = re.compile(r"[.!?](?=\s)|\n")
# A label's colon opens the list a gloss is about: `Cykel lämnad av Jesper Wennerholm: Crescent
# Elis, Monark Karin – modellnamn.`
_LIST_START: Final = re.compile(r"[.!?:](?=\s)|\n")
_QUOTES_AND_SPACE: Final = " \"'”“’‘«»"


def disclaimed(text: str, found: list[Hit], cued: Callable[[int], bool]) -> list[Hit]:
    """`found` without the names a gloss says are no one. `cued`: whether a person's cue
    stands before the name starting there; such a name stays unless the gloss is right
    beside it (`säljaren "WhiteRabbitSE" är en butik`, `Ingen person heter Zambo-Greta`)."""
    spans: list[tuple[int, int]] = []
    beside: set[int] = set()  # ends of names right before a gloss, starts right after one
    for m in _AFTER.finditer(text):
        spans.append((_list_start(text, m.start()), m.start()))
        beside.add(_end_before(text, m.start()))
    for m in _BEFORE.finditer(text):
        end = _SENTENCE_END.search(text, m.end())
        spans.append((m.end(), end.start() if end else len(text)))
        beside.add(m.end())
    beside.update(_end_before(text, m.start()) for m in _BRACKETED.finditer(text))
    for m in _DENIAL.finditer(text):
        head = max(0, m.start() - _REACH)
        if a := _APPOSITION.search(text, head, m.start()):
            beside.add(_end_before(text, a.start()))
    if not beside:
        return found
    return [h for h in found if not (h.end in beside or h.start in beside or (any(
        s <= h.start and h.end <= e for s, e in spans) and not cued(h.start)))]


def _end_before(text: str, at: int) -> int:
    """Where a name right before `at` ends: past spaces and closing quotes."""
    return len(text[:at].rstrip(_QUOTES_AND_SPACE))


def _list_start(text: str, at: int) -> int:
    start = 0
    for m in _LIST_START.finditer(text, 0, at):
        start = m.end()
    return start
