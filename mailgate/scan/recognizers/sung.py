"""Titles sung or played: `Vi sjunger Stilla natt för honom`, `the choir sang Amazing Grace`.

Nobody sings a person: a capitalised run right after a verb of singing is a song's title.
`sjöng för Anna` (a preposition between) and `sjunger med Erik` stay people.
"""

from __future__ import annotations

from mailgate.scan.recognizers.words import Tok

SING_VERBS = frozenset({"sjunger", "sjöng", "sjunga", "sjungit", "sjungs", "nynnar", "nynnade",
                        "sing", "sings", "sang", "sung", "singing", "hummed", "hums"})


def a_sung_title(run: list[Tok], toks: list[Tok]) -> bool:
    i = run[0].index - 1
    while i >= 0 and toks[i].text in "\"'“”„«»‘’":
        i -= 1  # sjöng "Stilla natt"
    return i >= 0 and toks[i].folded in SING_VERBS
