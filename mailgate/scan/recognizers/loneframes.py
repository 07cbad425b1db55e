"""A listed name alone, with no cue, that its frame makes part of a thing's name or a date:
a word of a Title Case heading (`Nyheter Från Linnea Projektet`), a month after a day's
number abroad (`Am 2. Mai`, `el 3 de Julio`), a name after a foreign article written with a
capital inside a sentence (`klubben (La Maria)`, `Medlemsansökan La Maria`).

A person alone in such a frame is rare: a heading names people in full (titlecase.py), a
day's number is no one's, and an article capitalised mid-sentence opens a title or a firm,
where a person's name takes none (`la Maria` in talk keeps its small letter).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.words import Tok

# Articles that open a name abroad when capitalised mid-sentence: La Maria, Der Blaue Engel.
# Not `Le`, `El`, `De`, `Da`, `Di`, `Van`: Vietnamese, Arabic and Dutch surnames' parts.
_ARTICLES: Final = frozenset({"La", "Las", "Los", "Il", "Der", "Die", "Das", "Les"})
# Words between a day's number and its month: `3 de Julio`, `2. Mai`, `5 di Maggio`.
_DATE_LINKS: Final = frozenset({".", "de", "di", "del"})
_LAST_DAY: Final = 31


def framed_as_a_thing(tok: Tok, toks: list[Tok]) -> bool:
    """`tok`, a listed name judged alone, is a heading's word, a month or a title's."""
    return tok.line_is_title or _a_month(tok, toks) or _after_an_article(tok, toks)


def _a_month(tok: Tok, toks: list[Tok]) -> bool:
    """A day's number and its link right before, inside a line: `Am 2. Mai`; a numbered
    list's item opens its line (`2. Maria redovisar`) and stays read."""
    i = tok.index
    if i < 2 or tok.line_break_before or toks[i - 1].folded not in _DATE_LINKS:
        return False
    day = toks[i - 2]
    return day.text.isdigit() and 1 <= int(day.text) <= _LAST_DAY and not (
        day.line_break_before or day.index == 0)


def _after_an_article(tok: Tok, toks: list[Tok]) -> bool:
    i = tok.index
    if i == 0 or tok.line_break_before:
        return False
    article = toks[i - 1]
    return article.text in _ARTICLES and not (
        article.sentence_start or article.line_break_before or article.index == 0)
