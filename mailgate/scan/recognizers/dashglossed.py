"""One name glossed after a dash by the word for a work or a stage name: `Heavy Duty — boken`,
`Lil Storm – artistnamn, jag heter …`, `Robinson – programmet, inte personen`, `Mister Jones
– the album – for an hour`.

disclaimed.py reads a dash's gloss only after a list of two names or more, as one name
before a dash is often a register's item (`Ansvar: Erik Lind – bilar`). A work's definite
word or a stage name's word is never said so of a person, so after one name it glosses it
too; the word ends its clause (a comma, a full stop, a closing bracket or a second dash), so
`Anna Berg – boken kom i maj` goes on about her. A role (`– tränaren`) is no such word.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.base import Hit

_WORKS: Final = (
    "boken", "böckerna", "filmen", "filmerna", "serien", "tv-serien", "låten", "albumet",
    "skivan", "spelet", "pjäsen", "romanen", "novellen", "antologin", "musikalen", "operan",
    "programmet", "tv-programmet", "podden", "podcasten", "appen", "sajten", "dokumentären",
    "artistnamn", "artistnamnet", "scennamn", "scennamnet", "pseudonym", "pseudonymen",
    "the book", "the books", "the film", "the movie", "the show", "the series", "the album",
    "the song", "the game", "the play", "the novel", "the app", "the podcast",
    "stage name", "the stage name", "pen name",
)
_GLOSS: Final = re.compile(
    r"[\"”’']?[ \t]*[–—-][ \t]*(?:" + "|".join(sorted(map(re.escape, _WORKS), key=len,
                                                        reverse=True))
    + r")(?=[ \t]*(?:[,.;:!?)]|[–—-]|$))",
    re.IGNORECASE | re.MULTILINE)


# The owner's genitive a name found with the work's title keeps: Mike Mentzers Heavy Duty.
_OWNER: Final = re.compile(r"\S.*?[^\W\d_](?:s|'s|’s)(?=\s+\S)")


def dash_glossed(text: str, found: list[Hit]) -> list[Hit]:
    """`found` without a name a dash and a work's or stage name's word follow; a run of the
    owner's genitive and the title keeps the owner (`Mike Mentzers`)."""
    if not found or ("–" not in text and "—" not in text and " - " not in text):
        return found
    out = []
    for h in found:
        if _GLOSS.match(text, h.end) is None:
            out.append(h)
        elif owner := _OWNER.match(text, h.start, h.end):
            out.append(Hit(h.start, owner.end(), h.score))
    return out
