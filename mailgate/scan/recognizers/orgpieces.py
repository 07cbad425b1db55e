"""The parts of a run that may name a person when an organisation's word stands in it:
`Harm Reduction Coalition` is the organisation's own name, `Police Officer John Smith` a
person after it, `Anna Ward` a person whose surname is a ward's word. person.py asks it of
every run before judging the pieces."""

from __future__ import annotations

from typing import Final

from mailgate.scan.cues import IMPERATIVES
from mailgate.scan.recognizers.runs import Run
from mailgate.scan.recognizers.vouched import DEFINITE_NOUN
from mailgate.scan.recognizers.words import Tok
from mailgate.scan.thingcues import ORG_WORDS, THING_NOUNS


def around_organisations(run: Run) -> list[Run]:
    """The parts of a run that may name a person when an organisation's word stands in it.

    Before the word, the organisation's own name (`Harm Reduction Coalition`, `Maria
    Beroende`), unless a given name and a surname (`Hälsningar Anna Berg Stiftelsen X`);
    after a Swedish definite form, its name too (`Stiftelsen Bryggan`), unless a full name
    follows that (`Apoteket Kronan Lisa Berg`); after any other, a person may follow
    (`Police Officer John Smith`, `Malmö Kommun Anna Svensson`).
    """
    marks = [i for i, t in enumerate(run.toks) if t.folded in ORG_WORDS or (
        i > 0 and t.folded in THING_NOUNS)]
    if not marks or _a_surname_last(run.toks, marks):
        return [run]
    # Aga Khan Hospital, Ingvar Kamprad Foundation: named after someone, as English writes it
    pieces = [[] if run.toks[marks[0]].folded in _NAMED_AFTER else _full_name(
        run.toks[: marks[0]])]
    for at, nxt in zip(marks, [*marks[1:], len(run.toks)], strict=True):
        tail = run.toks[at + 1 : nxt]
        # `Nattrapport Hotell Gillet`: a thing's noun names what follows, as a definite form
        definite = DEFINITE_NOUN.search(run.toks[at].folded) or run.toks[at].folded in (
            THING_NOUNS)
        pieces.append(_full_name(tail[1:]) if definite else _after_a_name(tail))
    return [Run(p) for p in pieces if p]


def _a_surname_last(toks: list[Tok], marks: list[int]) -> bool:
    """`Anna Ward`, `Hope Ward`: the organisation's word is the last and a surname, after
    given names only, maybe after a kin's or role's word opening the sentence (`Mamma Jenny
    Hall`, `Mormor Britt-Marie Hall`); `Rainbow Ward` and `Emergency Ward` are wards."""
    last = toks[-1]
    if marks != [len(toks) - 1] or len(toks) < 2 or not last.info.last:
        return False
    # A kin word a surname list holds too (`Pappa`), or a verb telling the reader to reach
    # someone (`Kontakta Anna Brand`), opens it as well: neither is a given name.
    head = 1 if len(toks) > 2 and not toks[0].info.first and (
        toks[0].is_cue_word or toks[0].folded in IMPERATIVES) else 0
    if toks[0].cue == "relation" and not toks[0].is_cue_word:
        return all(t.info.name for t in toks[:-1])  # apotekare Rich Ward: names after a role
    return all(t.info.first for t in toks[head:-1])


def _after_a_name(tail: list[Tok]) -> list[Tok]:
    """After an organisation's word that is no definite form: a person (`Police Officer John
    Smith`), or one more word of its name, which no given name is (`Student Housing Gränby`,
    `Medic Event Syd`), or the rest of its name after a Romance link or a saint (`Hospital
    del Mar`, `Hospital Clínico San Carlos`)."""
    if tail and (tail[0].folded in _ROMANCE_LINKS or any(
            t.folded in _ROMANCE_SAINTS for t in tail[:-1])):
        return []
    return tail if len(tail) != 1 or tail[0].info.first else []


# English institutions' words after the name of the one they are named after.
_NAMED_AFTER: Final = frozenset({"hospital", "clinic", "school", "university", "college",
                                 "institute", "foundation", "centre", "center", "memorial",
                                 "library", "museum", "academy", "trust"})
_ROMANCE_LINKS: Final = frozenset({"del", "de", "della", "di", "do", "da", "dos", "das", "des",
                                   "du", "la", "le", "los", "las", "el"})
_ROMANCE_SAINTS: Final = frozenset({"san", "santa", "santo", "são", "sant", "saint", "sainte"})


def _full_name(words: list[Tok]) -> list[Tok]:
    """From the first given name on, when two words or more end in a surname; else none."""
    start = next((i for i, t in enumerate(words) if t.info.first and not t.info.negative), None)
    if start is None or len(words) - start < 2:
        return []
    last = words[-1].info
    return words[start:] if last.last or last.shaped else []
