"""Phone numbers typed onto a word: `Tel070-174 06 12`, `Mobil+46 70 …`, and table cells a PDF
or a web page stripped of its tags ran together (`070-174 06 12Ida Sund`,
`Mobiltelefon:0701740626Hemtelefon:`).

PHONE's candidates refuse a letter touching either end, as most such digits are codes
(`SKU0701740612`, `v2026…`). Here a number is read there when the word typed onto it is a
phone's cue (`tel`, `mobil`, `hemtelefon`), or the number has a Swedish mobile's grouping or a
country code, or is a mobile's ten digits on a word a phone's cue stands before (`Ring
Sara0701740648`); one with a word after it also after a cue a few words before. A JSON or log line's
escaped break (`\\n070-…`) touches no word at all. PHONE judges what is found as any number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from mailgate.scan.numbercues import PHONE_CUES
from mailgate.scan.recognizers.base import cue_within, has_cue
from mailgate.scan.recognizers.candidates import DASH, GROUPED_MOBILE, TOUCHING

# A 0 or + with a letter right before it (first character first: `re` skips to those), or
# chat's underscore for italics (`_070-174 06 21_`).
_AFTER_A_LETTER: Final = re.compile(r"[0+](?<=[^\W\d][0+])(?=\(?\d)")
# A 0 or + starting a number as PHONE's candidates do, whose last digit touches a letter.
_BEFORE_A_LETTER: Final = re.compile(
    r"[0+](?<![\w+.," + DASH + r"](?s:.))[\d() ./" + DASH + r"]{6,24}?\d(?=[^\W\d])")
_WORD_BEFORE: Final = re.compile(r"[^\W\d_]{1,24}$")
_ESCAPES: Final = frozenset("ntr")  # \n, \t, \r written out
# A Swedish mobile's ten digits in a run: typed onto a name after a phone's cue (`Ring
# Sara0701740648`), a number, not an article's code (`SKU0701740612` has no cue).
_MOBILE_RUN: Final = re.compile(r"07[02369]\d{7}")


def glued(text: str) -> Iterator[re.Match[str]]:
    """Each number with a word typed onto it that a phone's cue or shape vouches for."""
    for at in _AFTER_A_LETTER.finditer(text):
        number = TOUCHING.match(text, at.start())
        if number is not None and _vouched_before(text, number):
            yield number
    for run in _BEFORE_A_LETTER.finditer(text):
        number = TOUCHING.match(text, run.start())
        if number is not None and number.end() == run.end() and _vouched_after(text, number):
            yield number


def _vouched_before(text: str, number: re.Match[str]) -> bool:
    start = number.start()
    if start > 1 and text[start - 2] == "\\" and text[start - 1] in _ESCAPES:
        return True  # `\n070-…`: an escaped line break, no word
    word = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return _shaped(number.group()) or (word is not None and (has_cue(
        [word.group().lower()], PHONE_CUES, last=1) or (
        _MOBILE_RUN.fullmatch(number.group()) is not None and cue_within(
            text, word.start(), PHONE_CUES, 30, last=3))))


def _vouched_after(text: str, number: re.Match[str]) -> bool:
    return _shaped(number.group()) or cue_within(text, number.start(), PHONE_CUES)


def _shaped(number: str) -> bool:
    """A country code or a Swedish mobile's grouping: a phone, whatever touches it."""
    return number.startswith("+") or GROUPED_MOBILE.fullmatch(number) is not None
