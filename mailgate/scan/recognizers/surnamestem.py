"""Whether the first part of a place's compound is a surname: `Key` in `Keyskolan`,
`Lagerlöf` in `Lagerlöfskolan` (the head `skolan` takes the genitive's s with it).

Only a surname the lists know, or one shaped as a surname, and never one that is also a given
name or a place: `Anna Bergskolan` and `Anna Vasaskolan` may be a signature's name and her
school, and stay hers.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan import names

_SHORTEST: Final = 3


def a_surname_stem(stem: str) -> bool:
    """The stem (lower case) is a surname only: listed or shaped so, no given name, no place."""
    if len(stem) < _SHORTEST or not stem.isalpha():
        return False
    word = names.lookup(stem.capitalize(), frozenset())
    return (word.last or word.shaped) and not (word.first or word.negative)
