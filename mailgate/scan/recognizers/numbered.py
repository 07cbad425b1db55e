"""Things numbered in a series by a word that is also a name: `Bil 4`, `Bana 2`, `Kajak 3`,
`1 Starten, 9 Hemma, 17 Prinsen` (a golf course's holes).

A word that is an ordinary Swedish word and no name common here (`bil`, `bana`, `hemma`) right
before or after a bare item number says which of a series is meant, as people are not
numbered. A name common here stays a name beside a number (`Lena 2 st`, `Tove 02:11`), and so
does one followed by an age, a time or an amount.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.words import Tok

_LONGEST: Final = 3  # digits of an item number
# Words that make the number an amount, an age or a count of something.
_AMOUNTS: Final = frozenset({"år", "years", "yrs", "st", "g", "mg", "gram", "kr", "kronor",
                             "gånger", "ggr", "times", "i", "in", "per", "dagar", "days",
                             "timmar", "hours", "min", "tabletter", "pills", "bars", "x"})
# Where an item ends: a list's punctuation, a line or the text's end.
_ITEM_ENDS: Final = frozenset({",", ".", ";", ")", "och", "and", "eller", "or", "&"})


def a_numbered_thing(tok: Tok, toks: list[Tok]) -> bool:
    """`tok`, a listed name that is also a word and no common name, stands numbered."""
    if not tok.info.common or tok.info.core:
        return False
    i = tok.index
    if i + 1 < len(toks) and _number(toks[i + 1]) and (
            _item_ends(toks, i + 2) or _a_plain_word(toks[i + 2])):
        return True  # Bil 4, Kajak 3, Bana 2 hela kvällen
    return i >= 1 and _number(toks[i - 1]) and _item_ends(toks, i + 1) and (
        i == 1 or toks[i - 2].text in _ITEM_ENDS or toks[i - 1].line_break_before)


def _number(tok: Tok) -> bool:
    return tok.text.isdigit() and len(tok.text) <= _LONGEST


def _a_plain_word(tok: Tok) -> bool:
    """A word in lower case that counts nothing: not `Hampe 40 i puls`' unit, not `15 år`."""
    return tok.alpha and not tok.capital and tok.folded not in _AMOUNTS


def _item_ends(toks: list[Tok], i: int) -> bool:
    return i >= len(toks) or toks[i].line_break_before or toks[i].folded in _ITEM_ENDS
