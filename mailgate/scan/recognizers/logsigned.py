"""Initials that sign a log's entry at its line's end, after a dash: `03.45 cell 8 – sover,
rörlig – EH`, `08.40 Larm port 3, kontrollerat – TW.`, and the same initials further on.

Only in a log (two lines or more opening with a time), and only two capitals that no list
reads as an answer, a code or an office (`– OK`, `– NA`, `– HR` stay; signers.NO_SIGNERS).
A measure's letters sign too (`– ML`, `– MS`): a measure follows its number, never a dash;
this rule masks them where they sign, not further on, where `5 ML` may be a dose.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.initials import an_office
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.signers import NO_SIGNERS
from mailgate.scan.recognizers.staffinitials import again
from mailgate.scan.recognizers.words import Tok

# 03.45, 22:10, 0120; four digits alone not from 19 or 20, which open years (`2019 – …`).
_TIME: Final = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d|(?:0\d|1[0-8]|2[1-3])[0-5]\d")
_DASHES: Final = frozenset({"–", "-", "—"})
_LOG_LINES: Final = 2  # lines opening with a time that make a text a log
_MEASURES: Final = frozenset({"ML", "MG", "KG", "CM", "MM", "MS"})
_REFUSED: Final = NO_SIGNERS - _MEASURES


def dash_signed_initials(toks: list[Tok]) -> list[Hit]:
    """Two capitals after a dash ending a line of a log, and every later word written so."""
    starts = [t.index for t in toks if t.index == 0 or t.line_break_before]
    if sum(1 for i in starts if _TIME.fullmatch(toks[i].text)) < _LOG_LINES:
        return []  # most texts: no log
    ends = [i - 1 for i in starts[1:]] + [len(toks) - 1]
    signed = [j for j in (_signer_at_end(i, toks) for i in ends) if j >= 0]
    found = {toks[j].text for j in signed} - _MEASURES
    return again(toks, found) + [Hit(toks[j].start, toks[j].end, SCORE_WEAK)
                                 for j in signed if toks[j].text in _MEASURES]


def _signer_at_end(last: int, toks: list[Tok]) -> int:
    """The index of the initials closing a line at `last` after a dash, or -1."""
    if last >= 0 and toks[last].text == ".":
        last -= 1
    if last < 2 or toks[last - 1].text not in _DASHES or toks[last - 1].line_break_before:
        return -1
    tok = toks[last]
    text = tok.text
    if not (len(text) == 2 and text.isalpha() and text.isupper()) or tok.line_break_before:
        return -1
    return -1 if text in _REFUSED or an_office(tok) or tok.line_is_shouting else last
