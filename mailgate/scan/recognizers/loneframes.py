"""A listed name alone, with no cue, that its frame makes a date's month or part of a thing's
name: a month of a language abroad after a day's number (`Am 2. Mai`, `el 3 de Julio`), a
name after a foreign article written with a capital inside a sentence (`Medlemsansökan La
Maria`, a club's name), a name after a noun of an act (`Kollektionen Agnes kommer`).

A person alone in such a frame is rare: a day's number is no one's (a speaker numbered in a
list, `2. Henry från Sprutbytet`, has no month's name), and an article capitalised
mid-sentence opens a title or a firm, where a person's name takes none (`la Maria` in talk
keeps its small letter). Title Case lines were tried too and left out: on the dev halves
they lost eight persons (`Analyst Hanna.`, `Bingo – Fadi`) for one alarm.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.endings import Endings
from mailgate.scan.recognizers.months import MONTHS_ABROAD
from mailgate.scan.recognizers.someone import verb_follows
from mailgate.scan.recognizers.unitnames import a_break_after
from mailgate.scan.recognizers.words import Tok

# Articles that open a name abroad when capitalised mid-sentence: La Maria, Der Blaue Engel.
# Not `Le`, `El`, `De`, `Da`, `Di`, `Van`: Vietnamese, Arabic and Dutch surnames' parts.
_ARTICLES: Final = frozenset({"La", "Las", "Los", "Il", "Der", "Die", "Das", "Les"})
# Words between a day's number and its month: `3 de Julio`, `2. Mai`, `5 di Maggio`.
_DATE_LINKS: Final = frozenset({".", "de", "di", "del"})
_LAST_DAY: Final = 31


def framed_as_a_thing(tok: Tok, toks: list[Tok]) -> bool:
    """`tok`, a listed name judged alone, is a month or a title's word (each frame stands
    before it on its line)."""
    if tok.index == 0 or tok.line_break_before:
        return False
    return _a_month(tok, toks) or _after_an_article(tok, toks) or _after_an_action_noun(
        tok, toks)


# Definite nouns of an act or its product by their shape (`kollektionen`, `utställningen`,
# `versionen`): no person's noun ends so but the queen's, so a given name right after one
# names the thing, as unitnames.py reads a home's noun: before a break, or as the subject.
_ACTION_NOUN: Final = Endings(("tionen", "sionen", "ningen"))
_PERSON_ACTION_NOUNS: Final = frozenset({"drottningen"})


def _after_an_action_noun(tok: Tok, toks: list[Tok]) -> bool:
    """`Kollektionen Agnes kommer i tre färger`, `utställningen Ellen i maj`."""
    noun = toks[tok.index - 1]
    if not (noun.alpha and _ACTION_NOUN.of(noun.folded)) or noun.folded in _PERSON_ACTION_NOUNS:
        return False
    opens = noun.index == 0 or noun.sentence_start or noun.line_break_before
    return a_break_after(tok, toks) or (opens and verb_follows(tok, toks))


def _a_month(tok: Tok, toks: list[Tok]) -> bool:
    """A month's name after a day's number, or its link after one: `Am 2. Mai`, `3 de
    Julio`, `14 Mai`."""
    i = tok.index
    if tok.folded not in MONTHS_ABROAD:
        return False
    if toks[i - 1].folded in _DATE_LINKS and i >= 2:
        i -= 1
    day = toks[i - 1].text
    return day.isdigit() and 1 <= int(day) <= _LAST_DAY


def _after_an_article(tok: Tok, toks: list[Tok]) -> bool:
    article = toks[tok.index - 1]
    return article.text in _ARTICLES and not (
        article.sentence_start or article.line_break_before or article.index == 0)
