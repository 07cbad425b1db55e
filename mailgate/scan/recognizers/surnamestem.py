"""Whether the first part of a place's compound is a surname: `Key` in `Keyskolan`,
`Lagerlöf` in `Lagerlöfskolan` (the head `skolan` takes the genitive's s with it), or the
unlisted surname of someone a public building honours (`Garbo` in `Greta Garbogymnasiet`).

Only a surname the lists know, or one shaped as a surname, and never one that is also a given
name or a place: `Anna Bergskolan` and `Anna Vasaskolan` may be a signature's name and her
school, and stay hers.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan import names

_SHORTEST: Final = 3
# A public building's or an honour's word in its definite form, which no surname ends in: after
# given names, the part glued before it names the one honoured, listed or not (Karin
# Boyehallen, Anders Zornmuseet, Gustaf Dalénhuset). Not `gården`, `torget`, `stugan`: Nordic
# surnames end so (Nordgården).
PUBLIC_HEADS: Final = frozenset({
    "huset", "salen", "rummet", "hallen", "biblioteket", "skolan", "gymnasiet", "museet",
    "teatern", "institutet", "centret", "scenen", "paviljongen", "arenan", "parken",
    "stipendiet", "priset", "akademin", "kapellet", "kyrkan", "studion", "sviten", "flygeln",
})
# Ends of place names: the stem before `skolan` is the school's place, not a person
# (`Anna Rinkebyskolan`, `Emil Tallbackaskolan`: a signature's name and her school).
_PLACE_ENDINGS: Final = (
    "by", "backa", "berg", "dal", "vik", "sund", "holm", "torp", "lund", "stad", "ås", "näs",
    "hult", "ryd", "sjö", "hed", "mark", "vall", "tuna", "inge", "fors", "bro", "köping",
    "hamn", "hagen", "skog", "gärde", "äng", "ängen", "åker", "sta", "ö", "å",
)


def a_surname_stem(stem: str, head: str = "") -> bool:
    """The stem (lower case) is a surname only: listed or shaped so, no given name, no place;
    before a public building's word, any stem no list holds but as a surname and no place's."""
    if len(stem) < _SHORTEST or not stem.isalpha():
        return False
    word = names.lookup(stem.capitalize(), frozenset())
    if word.first or word.negative:
        return False
    return word.last or word.shaped or (head in PUBLIC_HEADS and not word.common and not (
        stem.endswith(_PLACE_ENDINGS)))
