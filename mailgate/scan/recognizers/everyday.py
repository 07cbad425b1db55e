"""Runs of everyday English words in title case: `Winter Games`, `Reading Room`,
`Harm Reduction Van`, `Mountain Rescue`.

English capitalises every word of a heading, a team, a room or an event, and many English
words are also someone's name somewhere (Porter, House, Winter, Harm): two such capitals side
by side look like a first name and a surname. A run whose words are all everyday words (an
English dictionary lists them in lower case), one of them at least no name in any list, names
a thing. Not so when it starts with a first name common here (`Frank Ocean`, `Rose Hill`:
people are called that) or follows a person cue (`the client Harm Reduction` is someone).
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.kinwords import GENITIVE_KIN
from mailgate.scan.recognizers.roles import ENGLISH_ROLES, role_shaped
from mailgate.scan.recognizers.runs import STRONG_CUES
from mailgate.scan.recognizers.words import Tok

# A Roman numeral of two to five letters: a king's, a model's or a list's number, no name.
ROMAN_NUMERAL: Final = re.compile(r"^[IVX]{2,5}$")


@lexicon.table
def english_words() -> frozenset[str]:
    """English words in lower case (SCOWL), loaded when a run first asks."""
    return lexicon.entries("english_words")


def everyday_words(words: list[Tok], toks: list[Tok]) -> bool:
    """True when `words` (a run's words, particles left out) name a thing, not a person."""
    head = words[0]
    if head.info.first and head.info.core:
        return False  # Frank Ocean, Grace Kelly, Per Hill (and most runs: asked first)
    # Block C, Sea Breeze II: a letter or a numeral says nothing
    words = [w for w in words if not (w.initial or ROMAN_NUMERAL.match(w.text))]
    if not any(not w.info.name for w in words):
        return False  # Porter Young: every word some name, a person's name can look so
    listed = english_words()
    if not all(w.folded in listed for w in words):
        return False
    if head.index and toks[head.index - 1].capital:
        return True  # Student Village Block: a capitalised cue is the title's own word
    return head.cue not in STRONG_CUES


def a_title_word(tok: Tok) -> bool:
    """An unlisted word that is a job title or an everyday English word: after a closing or a
    cue it starts a signature's title line (`Kind regards / Head of Safeguarding`,
    `Verksamhetsutvecklare`, `Kassör`), not a name."""
    return not tok.info.name and (role_shaped(tok.folded, False) or tok.folded in ENGLISH_ROLES
                                  or tok.folded in english_words())


def a_kin_given_word(first: Tok, last: Tok) -> bool:
    """An English word opening a pair right after a kin word, before a surname that is no
    such word, is a given name (`mamma Sunny Kärr`, `pappa Happy Lindqvist`): no job title
    stands between a kin word and a name, and a thing's name is English throughout (`heter
    Sunny Days` stays). Only a kin word: after a role or a customer's word an English pair
    is as often a firm's or a product's name."""
    toks = None if first.place is None else first.place.toks
    if toks is None or first is last or first.index == 0 or first.cue != "relation":
        return False
    return toks[first.index - 1].folded in GENITIVE_KIN and not (
        role_shaped(first.folded, False) or first.folded in ENGLISH_ROLES or a_title_word(last))
