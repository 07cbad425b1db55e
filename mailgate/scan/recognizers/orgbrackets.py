"""A landline an organisation's name introduces with a number word in brackets, or a
switchboard's genitive names after it: `kontakt med Anabola mottagningen (nr 031-343 00 00)`,
`090-786 50 00 (universitetets växel)`.

The organisation is named by a word for an institution (`mottagningen`, `universitetets`)
or a listed organisation. A mobile is always someone's, and a
switchboard after a person stays that person's way in (`Anette Sjöstedt på 011-15 00 00
(vxl)`): only an institution's genitive before `växel` makes the number the organisation's.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon

# An organisation's last word, an opening bracket and a number word right before the number.
_BRACKETED_CUE: Final = re.compile(
    r"([^\W\d_][\w-]*)[ \t]*\([ \t]*(?:nr|tel|tfn|telefon|telefonnr|telefonnummer|växel|vx)"
    r"\.?:?[ \t]*$", re.IGNORECASE)
# After the number: an institution's genitive and its switchboard in brackets.
_SWITCHBOARD_AFTER: Final = re.compile(
    r"[ \t]*\([ \t]*([^\W\d_][\w-]*s)[ \t]+(?:växel|växeln|vxl|vx|switchboard)[ \t]*\)",
    re.IGNORECASE)
_MOBILE: Final = re.compile(r"\D*(?:0\D*7|\+?\D*4\D*6\D*7)")
_SHORTEST: Final = 7  # letters of an institution's word: `mottagningen`, not `huset`'s owner


def an_organisations_bracketed_line(number: str, text: str, start: int, end: int) -> bool:
    """The landline between `start` and `end` is an organisation's by a bracket beside it."""
    if _MOBILE.match(number) or "(" not in text[max(0, start - 12) : end + 2]:
        return False
    cue = _BRACKETED_CUE.search(text, max(0, start - 60), start)
    if cue is not None and _an_institution(cue.group(1)):
        return True
    after = _SWITCHBOARD_AFTER.match(text, end)
    return after is not None and _an_institution(after.group(1)[:-1])


def _an_institution(word: str) -> bool:
    folded = word.casefold()
    return folded in lexicon.organisations() or an_institutions_word(folded)


# Endings of the words institutions are named by, which answer a switchboard or take payments:
# Anabola mottagningen, Vårdcentralen Apoteksgården, universitetets växel.
_INSTITUTION_ENDS: Final = (
    "mottagningen", "mottagning", "kliniken", "centralen", "sjukhuset", "sjukhus", "lasarettet",
    "universitetet", "högskolan", "kommunen", "regionen", "förvaltningen", "myndigheten",
    "institutet", "verket", "föreningen", "förbundet", "jouren", "enheten", "boendet",
    "skolan", "gymnasiet", "församlingen", "kyrkan", "akuten", "härbärget", "kansliet",
    "stiftelsen", "fonden")


def an_institutions_word(folded: str) -> bool:
    """A lower-cased word of at least seven letters ending as an institution's does."""
    return len(folded) >= _SHORTEST and folded.endswith(_INSTITUTION_ENDS)
