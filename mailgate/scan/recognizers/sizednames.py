"""Nicknames made of a size or an age glued to a given name: `lill-Sami`, `Stor-Janne`,
`Lilla-My`, `gamle-Nisse`. Friends and chat messages write them in lower case too; the
given name after the hyphen makes them someone's, wherever they stand. A place glued so
(`Stor-Stockholm`, `Lill-Jansskogen`) has no given name after the hyphen."""

from __future__ import annotations

from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.nearby import before_quotes
from mailgate.scan.recognizers.scores import SCORE_ALONE
from mailgate.scan.recognizers.thingheads import a_thing_head
from mailgate.scan.recognizers.words import Tok

SIZES: Final = frozenset({"lill", "lilla", "lille", "stor", "stora", "store", "tjock", "tjocka",
                          "tjocke", "lång", "långa", "långe", "gamle", "gamla", "unge", "unga",
                          "lilleman"})
_NO_STOPS: Final[frozenset[str]] = frozenset()


def sized_names(toks: list[Tok]) -> list[Hit]:
    # Token by token, no search of the text first: a size's word has no first letter a
    # pattern could skip to, and a dense text has a hyphen in every number.
    return [Hit(t.start, t.end, SCORE_ALONE) for t in toks
            if "-" in t.text and _sized(t.text) and not _a_things_name(t, toks)]


def _a_things_name(tok: Tok, toks: list[Tok]) -> bool:
    """`motorbåten Lill-Ola`: a boat, a room or a machine named so."""
    i = before_quotes(toks, tok.index)
    return i >= 0 and a_thing_head(toks[i])


def _sized(word: str) -> bool:
    head, _, tail = word.partition("-")
    if head.casefold() not in SIZES or not tail.isalpha() or len(tail) < 2:
        return False
    info = names.lookup(tail.capitalize(), _NO_STOPS)
    return info.first and not info.negative
