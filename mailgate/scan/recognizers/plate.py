"""Swedish registration numbers: `ABC 123`, `ABC12D`; lower case only after a cue (`regnr`)."""

from __future__ import annotations

import re

from mailgate.scan.cues import NOT_PLATE_PREFIXES, PLATE_CUES
from mailgate.scan.recognizers.base import Hit, RegexRecognizer, has_cue, words_before

# I, Q, V, Å, Ä and Ö are never used; since 2019 the last character may be a letter (not O).
_L = "A-HJ-PR-UW-Z"
PLATE = re.compile(rf"(?<![\w-])([{_L}]{{3}})[ -]?(\d{{2}}[{_L}0-9])(?![\w])", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"\s?(?:%|mg|µg|ug|g\b|kg|ml|cl|l\b|kr|sek|st\b|km|mm|cm|m\b|år\b)", re.I)
# Three-letter words that shouting text puts before a number: HAR 200, SOM 123.
_WORDS = frozenset({
    "HAR", "SOM", "OCH", "MED", "DEN", "DET", "SIG", "HAN", "HON", "MAN", "VAR", "FEM", "SEX",
    "TIO", "NIO", "ALL", "ATT", "BOR", "GER", "TAR", "SER", "NYA", "UTE", "TRE", "DAG",
    "THE", "AND", "FOR", "WAS", "HAS", "ARE", "NOT", "BUT", "CAN", "HAD", "OUT", "AGE",
    "KAN", "SKA", "UPP", "NER", "VID", "KLO", "RUM", "AVD", "CA.", "TOG", "GAV", "SAG",
})


class PlateRecognizer(RegexRecognizer):
    ENTITY = "PLATE"
    PATTERNS = (PLATE,)
    CONTEXT = ("regnr", "registreringsnummer", "bil", "fordon")

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        letters = match.group(1)
        if _UNIT_AFTER.match(text, match.end()):
            return None
        cued = has_cue(words_before(text, match.start(), 50), PLATE_CUES, last=5)
        upper = letters.isupper() and match.group(2).upper() == match.group(2)
        word = letters.upper() in _WORDS or letters.upper() in NOT_PLATE_PREFIXES
        if cued and (upper or not word):
            return Hit(match.start(), match.end(), 0.9)
        if upper and not word:
            return Hit(match.start(), match.end(), 0.75)
        return None
