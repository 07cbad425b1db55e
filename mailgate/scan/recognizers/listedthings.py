"""A surname or an unlisted word listed among things is a thing: `Dieter: Atkins, Dukan,
South Beach, Paleo, Montignac, Zone, 5:2, LCHF`, `samlarkort (Pokémon, Magic,
fotbollskort)`, `Löparskor (Asics, Karhu, Brooks, Saucony)`.

thinglists.py asks every other item to be a thing's shape; this asks less of them and more
of the list. A word alone in an item of a list (three items in brackets or with a joining
word, four after a label's colon, five set off by nothing) is no person when at least two of
the other items hold no name and they are twice as many as those that hold one: brands,
diets, holds, holes and abbreviations are listed so. A given name alone stays someone's (it
may stand among nicknames); so do the names of a list with a kin's, person's, age's or
group's word or a pronoun in it (`Kerstin, grannar och vänner`, `Elsa och jag`), with a
number of a record (`Lungu, Ionuț, 1969…`), after a person's label (`Deltagare:`, `en
anställd (`) or with an item that runs on as prose does.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.cues import PERSON_CUES
from mailgate.scan.recognizers.roles import ENGLISH_ROLES, role_shaped
from mailgate.scan.recognizers.words import RELATION_CUES, Tok

# What parts a list's items: the comma and the joining words before the last item.
_JOINS: Final = frozenset({",", "och", "o", "and", "&", "samt", "eller", "or", "+"})
# What bounds the list on its line: a label's colon, brackets, a sentence's end.
_BOUNDS: Final = frozenset({":", "(", ")", ".", ";", "!", "?", "–", "—", "[", "]"})
_LONGEST_ITEM: Final = 4  # tokens: `Ros Mother of Pearl`, `De La Riva guard`
_FEWEST_ITEMS: Final = 3
_FEWEST_THINGS: Final = 2
_REACH: Final = 60  # tokens each way along the line
_AGE_WORDS: Final = frozenset({"år", "års", "åring", "years", "year", "yrs", "y/o"})
# How many items make a list: three in brackets or with a joining word; four after a label's
# colon (`Elias: Sadeghi, flyg DY 4321, landar 6` is a chat's line); five set off by nothing,
# a line of `Domestique, Flamme rouge, Échelon, …` (three are an aside: `Grannens, Vuorinens,
# hund …`).
_LABELLED_ITEMS: Final = 4
_MANY_ITEMS: Final = 5
# A record's number among the items: a token of five digits or more, three groups in a row.
_RECORD_DIGITS: Final = 5
_RECORD_GROUPS: Final = 3
_OPENERS: Final = frozenset({":", "("})
# People beside the names: a pronoun (`Elsa och jag`), a group of people (`Nogger-gänget`).
_PRONOUNS: Final = frozenset({"jag", "du", "han", "hon", "vi", "ni", "de", "mig", "dig", "oss",
                              "you", "he", "she", "we", "they", "me", "him", "us"})
# Words for someone employed or met whose details a bracket or colon gives.
_PERSONS_NOUNS: Final = frozenset({"anställd", "anställde", "anställda", "employee", "staff",
                                   "member", "medlem", "medlemmen", "person", "personen"})
_GROUP_ENDS: Final = ("gruppen", "gänget", "enheten", "laget", "teamet", "familjen", "team")
_PERSONS_ENDS: Final = ("s", "er", "ar", "na")  # grannens, vakter, grannar, lärarna


def among_things(run: list[Tok], toks: list[Tok]) -> bool:
    """`Magic` in `(Pokémon, Magic, fotbollskort)`: one word opening an item of a list whose
    other items name no one."""
    if len(run) != 1:
        return False
    i = run[0].index
    if not (_next_is(toks, i, ",") or (i > 0 and toks[i - 1].text == ",")):
        return False  # only words a comma stands beside, the cheap test asked of every run
    around = _items_around(i, toks)
    if around is None:
        return False
    items, fewest = around
    if len(items) < fewest:
        return False
    own = next((item for item in items if item and item[0] is run[0]), None)
    if own is None or run[0].info.first:
        return False  # a given name may be someone's among nicknames (`Sara, Pajen, Blixten
        # och Knasen`) or a clause's subject (`Erik körde, Sara satt bak, väskor och mat`)
    named = things = 0
    for item in items:
        if _a_persons_item(item):
            return False  # Kerstin, grannar och vänner; Pojken, Abdirizak, 15 år: people
        if item is own:
            continue
        if any(t.capital and t.info.name for t in item):
            named += 1
        elif any(t.alpha for t in item):
            things += 1
    return things >= _FEWEST_THINGS and things >= 2 * named


def _a_persons_item(item: list[Tok]) -> bool:
    """An item a person's or kin's word opens (`Grannens`, `Pojken`), an age (`15 år`), or a
    role's word in an item in lower case (`två lärare`); a role's word after a thing's name
    is the thing's kind (`De La Riva guard`, `Kompch kompanichef`)."""
    if _a_persons_cue(item[0].folded) or any(
            t.folded in _AGE_WORDS or (t.folded in _PRONOUNS and not t.capital)
            or t.folded.endswith(_GROUP_ENDS)
            for t in item):
        return True  # Elsa och jag; Budapest-enheten, Nogger-gänget: people listed
    return not any(t.capital for t in item) and any(_a_persons_word(t) for t in item)


def _a_persons_cue(folded: str) -> bool:
    """`vakt`, `grannens`, `vakter`: a person's word, its genitive or plural."""
    return folded in PERSON_CUES or any(
        folded.removesuffix(end) in PERSON_CUES for end in _PERSONS_ENDS if folded.endswith(end))


def _a_persons_word(tok: Tok) -> bool:
    folded = tok.folded
    return _a_persons_cue(folded) or folded in RELATION_CUES or folded in ENGLISH_ROLES or (
        tok.alpha and role_shaped(folded, tok.info.name))


def _a_records_number(stretch: list[Tok]) -> bool:
    """An identity number, a phone or an account among the items (a token of five digits or
    more, or three groups of digits in a row): the list is a person's record, not things."""
    groups = 0
    for tok in stretch:
        if sum(ch.isdigit() for ch in tok.text) >= _RECORD_DIGITS:
            return True
        groups = groups + 1 if tok.text.isdigit() else 0
        if groups >= _RECORD_GROUPS:
            return True
    return False


def _about_someone(label: Tok) -> bool:
    """A label or noun before the list's colon or bracket that makes it a person's details:
    `Deltagare:`, `en anställd (`, `Patient (`."""
    return _a_persons_word(label) or label.folded in _PERSONS_NOUNS


def _next_is(toks: list[Tok], i: int, text: str) -> bool:
    return i + 1 < len(toks) and toks[i + 1].text == text


def _items_around(i: int, toks: list[Tok]) -> tuple[list[list[Tok]], int] | None:
    """The items of the list on i's line between its bounds, numbers left out (`5 Ladan`),
    and how many items make it a list, by what opens it; None when an item runs longer than a
    list's item does."""
    start = i
    while start > 0 and i - start < _REACH and not toks[start].line_break_before and (
            toks[start - 1].text not in _BOUNDS):
        start -= 1
    if start > 1 and toks[start - 1].text in _OPENERS and _about_someone(toks[start - 2]):
        return None  # Deltagare: …; en anställd (Stål, Örjan, …); Elias: Sadeghi, flyg …
    end = i
    while end + 1 < len(toks) and end - i < _REACH and not toks[end + 1].line_break_before and (
            toks[end + 1].text not in _BOUNDS):
        end += 1
    opener = "" if start == 0 or toks[start].line_break_before else toks[start - 1].text
    fewest = {"(": _FEWEST_ITEMS, ":": _LABELLED_ITEMS}.get(opener, _MANY_ITEMS)
    if _a_records_number(toks[start : end + 1]):
        return None  # Lungu, Ionuț, 19690120-…, hypoxisk …: a person's record
    items: list[list[Tok]] = [[]]
    for tok in toks[start : end + 1]:
        if tok.folded in _JOINS:
            if tok.alpha:
                fewest = _FEWEST_ITEMS  # Kerstin, grannar och vänner
            if items[-1]:
                items.append([])
            continue
        if tok.text.isdigit():
            continue
        items[-1].append(tok)
        if len(items[-1]) > _LONGEST_ITEM:
            return None
    return [item for item in items if item], fewest
