"""One capitalised word in an enumeration of things named with their kind's common noun or in
lower case is one more thing: `Shan kryddor, Tapal te, National pickles`, `Kimura, Ezekiel
choke, De La Riva guard`, `Atkins, Dukan, South Beach, Paleo`.

listed.py judges an item by the lists: substances, places, brands, agencies. These lists name
their items with words no list holds, so the company they keep is read by its shape: two
other items or more that are a capitalised head and a common noun in lower case (`Tapal te`,
`De La Riva guard`), words in lower case alone (`fotbollskort`, `long cycle`), or everyday
English words in title case (`South Beach`, `Pheasant Tail`). A person's item beside them
gives the list back: a given name (`Erik, Sara och …`), a role or kin word (`Anna Berg,
lärare, Erik Ek`), an age (`Elsa, 7 år`); so does a full name as the run itself, or a given
name common here unless its own noun follows it (`Maja, grannar och vänner`; `Felix ketchup,
Zeta pasta och tops`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.cues import PERSON_CUES
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.listitems import items_after, items_before
from mailgate.scan.recognizers.roles import ENGLISH_ROLES, role_shaped
from mailgate.scan.recognizers.someone import verb_follows
from mailgate.scan.recognizers.wordfacts import STOP_WORDS
from mailgate.scan.recognizers.words import RELATION_CUES, Tok

_AGE_WORDS: Final = frozenset({"år", "års", "åring", "years", "year", "yrs", "y/o", "mån"})
_THINGS_NEEDED: Final = 2  # other items shaped as things: one could be a person's aside
_MANY: Final = 3  # other items, when only one is shaped as a thing and the rest no list holds
# A Swedish noun's definite endings (`skolan`, `polisen`, `kontoret`, `rektorn`, `grannarna`).
_DEFINITE_ENDINGS: Final = ("en", "et", "an", "na", "rn")
_DEFINITE_LENGTH: Final = 5
# Common nouns in an item, after a brand or alone: `Tapal te`, `long cycle`; more make a clause.
_TAIL: Final = 2
# Joiners that part a list's items (listitems.JOINERS less the signs that part a name's words:
# `Lind & Stål`, `Anna/Erik`).
_LABEL_REACH: Final = 8  # tokens back from the list's first item to its label's colon
_SENTENCE_ENDS: Final = frozenset({".", "!", "?", "–", "—"})
_WORD_JOINERS: Final = frozenset({"och", "and", "eller", "or", "samt", "og"})
_LIST_JOINERS: Final = _WORD_JOINERS | {","}
# Letters of the scripts these lists are written in (Latin, with its extensions): a word in
# lower case in Cyrillic or Greek is read by no list here (`до-диез минор`, `хорошо`).
_LATIN_END: Final = "\u0250"


def a_things_item(run: list[Tok], toks: list[Tok]) -> bool:
    """The run is one more item of an enumeration of things named by their shape."""
    words = [t for t in run if t.alpha]
    if not words or len(words) > 2:
        return False
    last = _own_tail(run[-1].index, toks)  # Shan kryddor: the run heads its item
    if not _joined_by_a_list_word(run[0].index, last, toks):
        return False  # most runs: no list's word beside them
    if words[0].info.first and words[0].info.core and last == run[-1].index:
        return False  # Maja, grannar och vänner; `Felix ketchup` names its noun's brand
    if len(words) == 2 and (words[0].info.first or all(
            t.info.name and not t.info.common for t in words)):
        return False  # Kasper Lindqvist, Dwayne Hollis: a full name is someone's
    before, after = items_before(run[0].index, toks), items_after(last, toks)
    others = before + after
    if len(others) < _THINGS_NEEDED or any(_a_persons_item(item) for item in others):
        return False
    first = before[0][0].index if before else run[0].index
    end = after[-1][-1].index if after else last
    if not (_labelled(first, toks) or any(
            t.folded in _WORD_JOINERS for t in toks[first : end + 1])):
        return False  # `Tina – sorry, Tino, autocorrect –`: asides between commas, no list
    things = sum(1 for item in others if _a_things_shape(item))
    if not all(_a_things_shape(item) or _unlisted(item) for item in others):
        return False  # Erik körde, Sara satt bak, väskor och mat: clauses, not a list
    return things >= _THINGS_NEEDED or (things >= 1 and len(others) >= _MANY)


def _labelled(first: int, toks: list[Tok]) -> bool:
    """A label's colon before the list's first item on its line, a few words back past items
    too long to read (`Dieter: Atkins, …`, `Erbjudanden: basmati 10 kg 189 kr, Shan …`)."""
    i = first
    while i > 0 and first - i < _LABEL_REACH and not toks[i].line_break_before:
        if toks[i - 1].text == ":":
            return True
        if toks[i - 1].text in _SENTENCE_ENDS:
            return False
        i -= 1
    return False


def _own_tail(last: int, toks: list[Tok]) -> int:
    """The index of the item's last word: common nouns in lower case may follow the run, a
    verb may not (`Erik körde`, `Sara springer`: a subject)."""
    if verb_follows(toks[last], toks):
        return last
    i = last + 1
    while i < len(toks) and i - last <= _TAIL and toks[i].alpha and not toks[i].capital and (
            not toks[i].line_break_before) and _a_common_noun(toks[i]) and (
            toks[i].folded not in _LIST_JOINERS):
        i += 1
    return i - 1


def _unlisted(item: list[Tok]) -> bool:
    """`Dukan`, `Montignac`: one capitalised word no list holds, neither a name nor a word."""
    return len(item) == 1 and item[0].capital and item[0].alpha and not (
        item[0].info.name or item[0].info.common)


def _joined_by_a_list_word(first: int, last: int, toks: list[Tok]) -> bool:
    return (first > 0 and toks[first - 1].folded in _LIST_JOINERS) or (
        last + 1 < len(toks) and toks[last + 1].folded in _LIST_JOINERS)


def _a_things_shape(item: list[Tok]) -> bool:
    """`Tapal te`, `Ezekiel choke`, `fotbollskort`, `long cycle`, `South Beach`."""
    words = [t for t in item if t.alpha]
    if not words or len(words) != len(item):
        return False  # `10 kg`, `7 år`, `(pappa)`: a measure or an aside, not a name's kind
    lower = [t for t in words if not t.capital]
    if len(lower) > _TAIL:
        return False  # `ona nie wie`: a clause, in whatever language
    if lower:
        # Capitalised words may open the item (`De La Riva guard`); none after its nouns.
        heads = len(words) - len(lower)
        return all(not t.capital for t in words[heads:]) and all(
            _a_common_noun(t) for t in lower)
    listed = english_words()
    return len(words) >= 2 and all(t.folded in listed for t in words) and not (
        words[0].info.first and words[0].info.core)


def _a_common_noun(tok: Tok) -> bool:
    """A word in lower case that is no function word, role or kin, nor a definite noun: `te`,
    `choke`, `snatch`. `socialtjänsten`, `skolan` name where a person may be reached too."""
    folded = tok.folded
    return len(folded) >= 2 and folded not in STOP_WORDS and not _a_persons_word(folded) and (
        not (len(folded) >= _DEFINITE_LENGTH and folded.endswith(_DEFINITE_ENDINGS))) and (
        max(folded) < _LATIN_END)


def _a_persons_word(folded: str) -> bool:
    return folded in PERSON_CUES or folded in RELATION_CUES or folded in ENGLISH_ROLES or (
        role_shaped(folded, False))


def _a_persons_item(item: list[Tok]) -> bool:
    """A given name common here opening an item that is no thing's shape, a role's or kin's
    word, or a number: `Erik`, `lärare`, `mamma`, `16 år`."""
    if any(t.text[:1].isdigit() for t in item):
        return any(t.folded in _AGE_WORDS for t in item)  # `7 år`; `10 kg` is a measure
    if any(t.alpha and not t.capital and _a_persons_word(t.folded) for t in item):
        return True
    head = next((t for t in item if t.alpha), None)
    return head is not None and head.capital and head.info.first and head.info.core and not (
        _a_things_shape(item))
