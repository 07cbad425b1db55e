"""Names written letter by letter, as OCR and some typists space them: `J o u n i  S a l o`,
`H E N N I N G  L U N D Q V I S T`. The letters are read as words (words apart by two
spaces or more) and judged as a name would be: a listed first name and one more word, or
two words of which one is listed.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.base import Hit, RegexRecognizer
from mailgate.scan.recognizers.words import STOP_WORDS

_WORD: Final = r"[A-ZÅÄÖÉ](?: [a-zA-ZåäöÅÄÖéÉ]){1,15}"
# Not from inside a spaced word: no letter, and no single letter and a space, right before.
SPACED: Final = re.compile(
    r"(?<!\w)(?<!\W\w )(?<!^\w )" + _WORD + r"(?: {2,4}" + _WORD + r"){1,3}(?![\w])")
SCORE: Final = 0.7


def _words(spaced: str) -> list[str]:
    return [w.replace(" ", "") for w in re.split(r" {2,}", spaced)]


class SpacedNameRecognizer(RegexRecognizer):
    ENTITY = "PERSON"
    PATTERNS = (SPACED,)

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        words = [w.capitalize() for w in _words(match.group())]
        infos = [names.lookup(w, STOP_WORDS) for w in words]
        if any(w.casefold() in STOP_WORDS or i.negative for w, i in zip(words, infos,
                                                                         strict=True)):
            return None  # `T h e  m a n`: spaced words, no name
        if infos[0].first or sum(i.name for i in infos) >= 2:
            return Hit(match.start(), match.end(), SCORE)
        return None
