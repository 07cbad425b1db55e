"""Things named like people, by the word for them right before the name: `Motorbåten Lady
Anna`, `trålaren Ellen Marie`, `Lågtrycket "Ylva"`, `Fyren heter "Långe Erik"`,
`Soffmodellen "Howard"`, `Dräkt "Elvis"`, `the suite Aurora`.

Boats, machines, servers, bells, lighthouses, storms, rooms, tracks, models, flies, study
circles and costumes are given people's names. A word for one of them (or a compound ending in
one: motorbåten, grannfyren, ismaskinen) right before a short run, past an opening quote, and
optionally past a naming verb (`heter`, `kallas`, `is called`), makes the run the thing's name.
Words that also name people are left out (`rollen`, `modellerna`: the actor, the models), and so
are compounds that do (`fotomodellen`, `nyckelfiguren`). Before a naming verb the word must be
the sentence's subject: `Föraren av bilen heter Erik Berg` names the driver."""

from __future__ import annotations

from typing import Final

from mailgate.scan.endings import Endings
from mailgate.scan.recognizers.textindex import any_ending
from mailgate.scan.recognizers.words import QUOTES, Tok
from mailgate.scan.thingcues import (
    NAMED_PLACES,
    NAMED_WORKS,
    THING_HEADS,
    THING_HEADS_EN,
    THING_PLURALS,
    THING_PLURALS_EN,
)

_SWEDISH: Final = frozenset(w for words in THING_HEADS.values() for w in words) | THING_PLURALS
# Works only as whole words: dagboken and telefonboken hold people's names.
_ENDINGS: Final = tuple(sorted(w for w in _SWEDISH if len(w) >= 4 and w not in THING_HEADS["work"]))
_A_HEAD_ENDING: Final = Endings(_ENDINGS)
_SHORTEST_PREFIX: Final = 2
# Compounds that name people (fotomodellen Anna, nyckelfiguren Erik).
_PEOPLE_COMPOUNDS: Final = ("fotomodellen", "toppmodellen", "nakenmodellen", "rollmodellen",
                            "krokimodellen", "fotomodell", "toppmodell", "nakenmodell",
                            "rollmodell", "krokimodell", "nyckelfiguren", "centralfiguren",
                            "huvudfiguren", "ledarfiguren", "ledfiguren", "kultfiguren",
                            "fadersfiguren", "förgrundsfiguren", "symbolfiguren")
# Alone a person's word too (Modellen Tilda Nordström, the fashion model); compounded a
# thing's (soffmodellen, bilmodellen).
_ONLY_COMPOUNDED: Final = frozenset({"modellen", "modell"})
_PEOPLE_PLURALS: Final = ("nyckelfigurerna", "centralfigurerna", "huvudfigurerna",
                          "ledarfigurerna", "kultfigurerna", "förgrundsfigurerna")
# Verbs that give a name, and the words that may follow them: Flygplanet heter i folkmun "Hilma".
NAMING_VERBS: Final = frozenset({"heter", "hette", "kallas", "kallades", "kallad", "kallat",
                                 "döptes", "döpt", "called", "named"})
_AFTER_NAMING: Final = frozenset({"i", "folkmun", "numera", "nu", "bara", "till", "simply", "just"})
_BEFORE_NAMING: Final = frozenset({"is", "was", "are", "were", "numera", "also", "också",
                                   "som"})
_PREPOSITIONS: Final = frozenset({"av", "i", "på", "till", "från", "med", "hos", "vid", "om",
                                  "of", "in", "on", "at", "from", "with", "by", "for", "för"})
_LONGEST_NAME: Final = 3  # words
# Rooms one books are named after people, full names too (`grupprum Gustav Vasa`, `mötesrum
# Greta Garbo`): no one is in a booking's name.
# Only the indefinite form, as bookings write it: `i hörsalen Anna Berg …` may be prose.
_ROOMS: Final = ("grupprum", "mötesrum", "konferensrum", "sammanträdesrum", "hörsal",
                 "lektionssal", "föreläsningssal")
# Words joining a second name to a first under the same head: grupprum Gustav Vasa och
# Drottning Blanka.
_JOINS: Final = frozenset({"och", "eller", "samt", "and", "or", ","})


def a_thing_head(tok: Tok) -> bool:
    """The token is a word for a thing named like people, or a Swedish compound ending in
    one; an English word only in lower case."""
    if tok.folded in THING_HEADS_EN or tok.folded in THING_PLURALS_EN:
        return not tok.capital
    return a_swedish_head(tok.folded)


def a_swedish_head(folded: str) -> bool:
    if folded in _SWEDISH:
        return folded not in _ONLY_COMPOUNDED
    return _A_HEAD_ENDING.of(folded) and not folded.endswith(_PEOPLE_COMPOUNDS) and any(
        folded.endswith(e) and len(folded) - len(e) >= _SHORTEST_PREFIX for e in _ENDINGS)


def thing_head_words(folded: frozenset[str]) -> bool:
    """Whether a text's words hold any thing head (the gate: most texts hold none)."""
    return not (_SWEDISH.isdisjoint(folded) and THING_HEADS_EN.isdisjoint(folded) and (
        THING_PLURALS_EN.isdisjoint(folded)) and NAMED_PLACES.isdisjoint(folded) and (
        NAMED_WORKS.isdisjoint(folded)) and (
        _IT.isdisjoint(folded) or _GIVING_A_NAME.isdisjoint(folded))) or any_ending(
        folded, _A_HEAD_ENDING)


PLURAL_WORDS: Final = THING_PLURALS | THING_PLURALS_EN  # for a gate: a plural is one of these
PLURAL_ENDINGS: Final = tuple(sorted(w for w in THING_PLURALS if len(w) >= 5))  # or ends in one
_PLURAL_ENDING: Final = Endings(PLURAL_ENDINGS)


def a_thing_plural(folded: str) -> bool:
    """A plural word for things named like people (kinds' lists): båtarna, spelfigurerna,
    isbrytarnamnen."""
    return folded in THING_PLURALS or folded in THING_PLURALS_EN or (
        _PLURAL_ENDING.of(folded) and not folded.endswith(_PEOPLE_PLURALS) and any(
            folded.endswith(e) and len(folded) - len(e) >= _SHORTEST_PREFIX
            for e in PLURAL_ENDINGS)) or _names_of_things(folded)


NAMES_ENDINGS: Final = ("namnen", "namn")


def _names_of_things(folded: str) -> bool:
    """`Isbrytarnamnen`, `båtnamnen`: a compound of a thing head and `namn` heads a list of
    things' names; `smeknamnen`, `förnamnen` and `elevnamnen` name people."""
    for ending in NAMES_ENDINGS:
        if folded.endswith(ending):
            stem = folded[: -len(ending)].removesuffix("s")  # fartygsnamnen
            return len(stem) >= _SHORTEST_PREFIX and any(
                a_swedish_head(stem + tail) for tail in ("", "e", "a"))  # isbrytar-e
    return False


def after_a_thing_head(run: list[Tok], toks: list[Tok]) -> bool:
    """The run is a thing's name: a thing head right before it (`trålaren Ellen Marie`),
    begins it (`Motorbåten Lady Anna`), or is the subject of a naming verb before it."""
    names = run[1:] if len(run) > 1 and a_swedish_head(run[0].folded) else run
    if len(names) > _LONGEST_NAME or (names is not run and names[0].line_break_before):
        return False
    if names is not run:
        return not _a_full_name(names) or _a_work_closed(run[0], names, toks)
    i = run[0].index - 1
    while i >= 0 and toks[i].text in QUOTES:
        i -= 1
    if i < 0 or toks[i + 1].line_break_before:
        return False  # a heading's word on the line above
    if _named_as_it(toks, i):
        return True  # vi kallar den "Zambo-Greta", we call it Big Bertha
    j = i
    while j >= 0 and i - j < 2 and toks[j].folded in _AFTER_NAMING:
        j -= 1
    if j >= 0 and toks[j].folded in NAMING_VERBS:
        return _subject_of_naming(toks, j)
    quoted = i + 1 < run[0].index
    if toks[i].folded in _JOINS:
        return _joined_to_a_thing(toks, i) and (quoted or not _a_full_name(run) or (
            _a_room_before(toks, i)))
    return a_thing_head(toks[i]) and (quoted or not _a_full_name(run) or (
        toks[i].folded.endswith(_ROOMS)) or _a_work_closed(toks[i], run, toks))


# What a work's title is followed by, as the work's own verb: `Boken Sixten Ek handlar om`,
# `serien Ture Ahlgren visas`. Not `har`, `gjorde`, `skrev`: `filmen Anna Berg har gjort`,
# `boken Anna Berg skrev` name her in a clause without `som`.
_WORK_VERBS: Final = frozenset({
    "handlar", "handlade", "utspelar", "utspelade", "skildrar", "skildrade", "följer",
    "spelas", "spelades", "visas", "visades", "sänds", "sändes", "släpps", "släpptes", "ges",
    "gavs", "kom", "kommer", "ligger", "låg", "blev", "finns", "fanns", "nominerades",
    "belönades", "bygger", "byggde", "börjar", "började", "slutar", "slutade", "recenseras",
    "recenserades", "hyllas", "hyllades", "är", "var",
})
# Marks that close a title's run: `serien Ture Ahlgren, åtta delar`, `boken Elvira Sandgren (2019)`.
_CLOSING_MARKS: Final = frozenset({",", ".", ":", ";", "(", "!", "?"})


def _a_work_closed(head: Tok, names: list[Tok], toks: list[Tok]) -> bool:
    """A full name right after a work's word (`Boken Sixten Ek handlar om`) is the work's
    title when a mark or the work's own verb follows it; a person is named after a
    preposition (`boken av Sixten Ek`) or before the verb of a clause (`boken Sixten Ek skrev`)."""
    if head.folded not in _WORK_HEADS:
        return False
    after = names[-1].index + 1
    return after >= len(toks) or toks[after].text in _CLOSING_MARKS or (
        toks[after].folded in _WORK_VERBS)


def _earlier_name(toks: list[Tok], join: int) -> list[Tok]:
    """The capitalised words right before a join word: `Gustav Vasa` in `… Gustav Vasa och`."""
    k = join
    while k > 0 and join - k < _LONGEST_NAME and toks[k - 1].capital:
        k -= 1
    return toks[k:join]


def _joined_to_a_thing(toks: list[Tok], join: int) -> bool:
    """`grupprum Gustav Vasa och Drottning Blanka`: the name before the join word is a
    thing's by its head, so is the one after it."""
    earlier = _earlier_name(toks, join)
    return bool(earlier) and earlier[0].index > 0 and toks[earlier[0].index - 1].folded not in (
        _JOINS) and after_a_thing_head(earlier, toks)


def _a_room_before(toks: list[Tok], join: int) -> bool:
    earlier = _earlier_name(toks, join)
    return bool(earlier) and earlier[0].index > 0 and toks[earlier[0].index - 1].folded.endswith(
        _ROOMS)


def _a_full_name(names: list[Tok]) -> bool:
    """A given name and a surname that is no given name: `bilen Anna Svensson` may be hers,
    unquoted (trålaren Ellen Marie, Motorbåten Lady Anna stay the boats')."""
    return len(names) >= 2 and names[0].info.first and names[-1].info.last and not (
        names[-1].info.first)


def _subject_of_naming(toks: list[Tok], verb: int) -> bool:
    """Fyren heter, Båtarna heter, Flygplanet heter i folkmun, appen som heter, a site called;
    not `Föraren av bilen heter`."""
    j = verb - 1
    if j >= 0 and toks[j].folded in _BEFORE_NAMING:
        j -= 1
    return j >= 0 and (a_subject_thing_head(toks, j) or (
        (toks[j].folded in NAMED_PLACES or toks[j].folded in NAMED_WORKS)
        and not toks[j].capital and (
            j == 0 or toks[j - 1].folded not in _PREPOSITIONS)) or _in_a_title(toks, j))


_TITLE_OPENING: Final = 2  # a title's words before its subject: `Den pojke som hette …`
_WORK_HEADS: Final = frozenset(THING_HEADS["work"])


def _in_a_title(toks: list[Tok], subject: int) -> bool:
    """The subject is in a title opening with a capital after a work's word (`romanen Mannen
    som hette Ove`, `filmen Pojken som kallades Vera`): the name ends the title, no one's;
    `romanen om Ove`, `en man som heter Ove` and `Mannen som hette Ove` alone stay."""
    return any(opens_a_title(toks, k) for k in range(subject, subject - _TITLE_OPENING - 1, -1))


def opens_a_title(toks: list[Tok], k: int) -> bool:
    """toks[k], a capital right after a work's word on its line, is a title's first word."""
    return k >= 1 and toks[k].capital and not toks[k].line_break_before and (
        toks[k - 1].folded in _WORK_HEADS or toks[k - 1].folded in NAMED_WORKS)


def _named_as_it(toks: list[Tok], i: int) -> bool:
    """toks[i] is `den`, `det` or `it` after a verb giving a name: what is named is a thing
    (`vi kallar den "Zambo-Greta"`, `we call it Big Bertha`); `kallar honom` names someone."""
    if i >= 1 and toks[i].folded == "till":
        i -= 1  # döpte den till Gullan
    return i >= 1 and toks[i].folded in _IT and toks[i - 1].folded in _GIVING_A_NAME


_IT: Final = frozenset({"den", "det", "it"})
_GIVING_A_NAME: Final = frozenset({"kallar", "kallade", "kallat", "döper", "döpte", "döpt",
                                   "call", "calls", "called", "name", "named", "dubbed"})


def a_subject_thing_head(toks: list[Tok], j: int) -> bool:
    """toks[j] is a thing head no preposition governs: `Ismaskinen heter`, not `i bilen`."""
    return a_thing_head(toks[j]) and (j == 0 or toks[j - 1].folded not in _PREPOSITIONS)


def naming_verb_after_head(toks: list[Tok], i: int) -> bool:
    """toks[i] is a naming verb whose subject is a thing head (kinds' lists ask this)."""
    return toks[i].folded in NAMING_VERBS and _subject_of_naming(toks, i)
