"""A plate read aloud and written down as heard, right after a plate's or a number's word: its
letters one by one or in a spelling alphabet (`k r t fyra nio ett`, `Adam Bertil Cesar 123`,
`Kalle Olle Niklas 408`) or its digits as words (`GHT fem två sex`). A witness's statement, a
radio log or speech-to-text writes it so; the spelling alphabet's names are no people there
(spelled.py)."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.spelled import INTERNATIONAL, SWEDISH

# The spelling alphabets' names (spelled.py), with the older Olle and the Latin Caesar,
# of the letters a Swedish plate uses (not I, Q, V, Å, Ä, Ö: `Ivar`, `Quebec`, `Viktor`).
_PLATE_LETTERS: Final = frozenset("abcdefghjklmnoprstuwxyz")
_SPELT: Final = "|".join(re.escape(w) for w in sorted(
    (w for w in SWEDISH | INTERNATIONAL | {"olle", "caesar", "x-ray"} if w[0] in _PLATE_LETTERS),
    key=lambda w: (-len(w), w)))
_LETTER: Final = rf"(?:{_SPELT}|[a-hj-pr-uw-z](?![^\W\d_]))"
_DIGIT: Final = r"(?:noll|ett|en|två|tre|fyra|fem|sex|sju|åtta|nio|\d)(?![^\W\d_])"
_APART: Final = r"(?:[ ,]+|[ ]?[-–][ ]?)"
# A plate's or a number's word, then perhaps `är` or `var`: only there are single letters and
# number words read as a plate (prefilter.py tries the pattern where such a word starts).
SPOKEN_PLATE: Final = re.compile(
    r"(?<![\w.])(?:regnr|reg\.nr|regnumret|regnummer|registreringsnumret|registreringsnummer"
    r"|bilnumret|bilnummer|nummerplåten|skylten|numret|nummer)[.:]?[ \t]+"
    r"(?:(?:är|var|was|is)[ \t]+)?"
    rf"(?P<plate>(?:{_LETTER}{_APART}{_LETTER}{_APART}{_LETTER}|(?-i:[A-HJ-PR-UW-Z]{{3}}))"
    rf"{_APART}(?:{_DIGIT}{_APART}{_DIGIT}{_APART}{_DIGIT}|\d{{3}}))(?![\w-]|{_APART}{_DIGIT})",
    re.IGNORECASE)
_APART_RE: Final = re.compile(_APART)


def spoken_plate(match: re.Match[str]) -> Hit | None:
    """The plate, when a letter is spelt or a digit said (`ABC 123` is plate.py's, `a b c 1 2
    3` oddplates.py's)."""
    first, *rest = _APART_RE.split(match.group("plate"))
    if len(first) in (1, 3) and not any(len(w) > 1 and w.isalpha() for w in rest):
        return None
    return Hit(match.start("plate"), match.end("plate"), 0.85)
