"""Runs that a name list would take for a person but their company says are no one: items of
a list of things (listed.py), songs sung and words said (sung.py), horses and working dogs
(animals.py), a pill's print named before its pill word (`Benny Blanco pills`) and a firm's
two words joined by `&` (`Martin & Servera`), a film's or a game's characters (headed.py),
and works read or watched, ferries by their line, places abroad before their country
(watched.py).
Asked of each run the PERSON recognizer has
judged a name."""

from __future__ import annotations

from typing import Final

from mailgate.scan.drugcues import PILL_WORDS
from mailgate.scan.recognizers.animals import an_animal
from mailgate.scan.recognizers.headed import (
    CAST_WORDS,
    FICTION_NOUNS,
    PART_WORDS_ANY,
    a_cast_part,
    a_played_part,
    listed_after,
)
from mailgate.scan.recognizers.listed import a_listed_thing
from mailgate.scan.recognizers.neuterstates import a_neuter_state
from mailgate.scan.recognizers.performers import STAGE_NAME_WORDS, a_stage_name
from mailgate.scan.recognizers.sung import a_sung_title, a_work_title
from mailgate.scan.recognizers.textindex import token_folded
from mailgate.scan.recognizers.thinglists import a_things_item
from mailgate.scan.recognizers.things import a_firms_tail
from mailgate.scan.recognizers.titleshapes import a_titled_run
from mailgate.scan.recognizers.tradefirms import a_trade_firm, an_owners_firm
from mailgate.scan.recognizers.watched import a_work_or_ferry
from mailgate.scan.recognizers.words import QUOTES, Tok

_STAGE_GATE: Final = STAGE_NAME_WORDS | {"name"}  # pen name, stage name
# Verbs whose indirect object may stand before the pills: gav Anna Berg tabletter.
GIVE_VERBS: Final = frozenset({"gav", "ger", "ge", "gett", "sålde", "säljer", "sold", "sells",
                               "gave", "give", "gives", "erbjöd", "offered", "visade", "showed"})


def no_person(run: list[Tok], toks: list[Tok], animal: bool = True, sung: bool = True
              ) -> bool:
    """`animal`, `sung`: False when the text has no word that check starts from
    (namedthing.Possible: no animal's word; no verb of singing and no quote)."""
    return a_listed_thing(run, toks) or a_things_item(run, toks) or (sung and (
        a_sung_title(run, toks) or a_work_title(run, toks))) or (
        animal and an_animal(run, toks)) or _printed_on_pills(run, toks) or (
        _a_firm_pair(run, toks)) or _a_character(run, toks) or a_work_or_ferry(run, toks) or (
        a_trade_firm(run, toks)) or an_owners_firm(run, toks) or (  # Optiker Lindh, Eks Rör
        a_titled_run(run, toks)) or a_neuter_state(run, toks)  # Fors #25; Nobel är bokat


def _printed_on_pills(run: list[Tok], toks: list[Tok]) -> bool:
    """`Benny Blanco pills`, `"Donald Trump" tabletter`: two words or more right before a pill
    word name the print; a genitive (`Erik Bergs piller`) or a giver's object stays a person."""
    i = run[-1].index + 1
    while i < len(toks) and toks[i].text in QUOTES:
        i += 1
    if len(run) < 2 or i >= len(toks) or toks[i].folded not in PILL_WORDS:
        return False
    before = toks[run[0].index - 1].folded if run[0].index else ""
    return not run[-1].text.endswith(("s", "'s", "’s")) and before not in GIVE_VERBS


def _a_firm_pair(run: list[Tok], toks: list[Tok]) -> bool:
    """`Martin & Servera`, `Johnson & Johnson`, `Lindahl & Berg`: two capitalised words joined
    by `&` name a firm, a shop or a bar; two given names (`Anna & Erik`) stay people."""
    first, last = run[0].index, run[-1].index
    if last + 2 < len(toks) and toks[last + 1].text == "&":
        left, right, after = run[-1], toks[last + 2], last + 3
    elif first >= 2 and toks[first - 1].text == "&" and (len(run) == 1 or a_firms_tail(
            toks, first + 1)):
        left, right, after = toks[first - 2], run[0], first + 1
    else:
        return False
    if a_firms_tail(toks, after):
        return left.capital and right.capital  # Lind & Stål AB, Berg & Falk Litterära Agentur
    if after < len(toks) and toks[after].capital and not toks[after].line_break_before:
        return False  # Anna & Erik Berg: a couple, the surname shared
    if _a_year_follows(toks, after):
        return False  # Andersson & Berg (2019): cited authors
    if not (left.capital and right.capital):
        return False
    # The same word twice is a firm's (Johnson & Johnson), though a given name too
    return left.folded == right.folded or not (left.info.first and right.info.first)


def _a_year_follows(toks: list[Tok], i: int) -> bool:
    """`(2019)` or `, 2019` right after: a citation's year."""
    while i < len(toks) and toks[i].text in ("(", ","):
        i += 1
    return i < len(toks) and len(toks[i].text) == 4 and toks[i].text.isdigit()



def _a_character(run: list[Tok], toks: list[Tok]) -> bool:
    """`New characters: El Jefe, ...`, `spelar brodern Jonas`, `skurken Graf Mohnblum`
    (headed.py); asked only of a text that holds a word for characters or for playing one (a
    dense MB judges 20 000 names, none in such a text)."""
    folded = token_folded(toks)
    return (not FICTION_NOUNS.isdisjoint(folded) and listed_after(
        run[0].index, toks, FICTION_NOUNS)) or (
        not PART_WORDS_ANY.isdisjoint(folded) and a_played_part(run, toks)) or (
        not CAST_WORDS.isdisjoint(folded) and a_cast_part(run, toks)) or (
        not _STAGE_GATE.isdisjoint(folded) and a_stage_name(run[0].index, toks))
