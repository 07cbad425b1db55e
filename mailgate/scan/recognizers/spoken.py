"""Full names typed in lower case, as transcribed calls and chats give them, where one part
is also a place, a word or a street name: `olle norberg`, `molly svensson`, `tina lundgren`.

A common given name followed by a compound-shaped surname (-berg, -sson, -ström) is a
person however the parts read alone: `norberg` is a town, `olle` a word and `molly` a drug,
but together they name someone. Both parts must be names common here; a pair of places or a
drug before a town (`molly norberg` is both) stays unmasked.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_ALONE
from mailgate.scan.recognizers.textindex import indexes_where
from mailgate.scan.recognizers.wordfacts import STOP_WORDS, word_facts
from mailgate.scan.recognizers.words import Tok
from mailgate.scan.surnameshape import surname_shaped

_MIN_SURNAME: Final = 6  # SURNAME_SHAPE's own floor: `berg`, `lund` alone are words


def spoken_full_names(toks: list[Tok]) -> list[Hit]:
    out = []
    for j in indexes_where(toks, _a_surname_word):  # the second of a pair: no other passes
        if j == 0:
            continue
        first, last = toks[j - 1], toks[j]
        if first.capital or last.capital or not last.alpha:
            continue  # most words: no lower-case pair (checked first, for speed)
        if _given(first) and _compound_surname(last) and not (
                (first.info.negative or first.drug_word) and last.info.negative):
            out.append(Hit(first.start, last.end, SCORE_ALONE))
    return out


def _a_surname_word(text: str) -> bool:
    """What `_compound_surname` asks of the word itself (its facts, not its place)."""
    if len(text) < _MIN_SURNAME or not text.islower():
        return False
    alpha, info, folded = (facts := word_facts(text))[1], facts[4], facts[5]
    return alpha and info.last and info.core and surname_shaped(folded)


def _lower(tok: Tok) -> bool:
    return tok.alpha and not tok.capital and tok.text.islower() and not (
        tok.line_break_before or tok.in_negative_phrase or tok.folded in STOP_WORDS)


def _given(tok: Tok) -> bool:
    return _lower(tok) and tok.info.first and tok.info.core and len(tok.text) >= 3 and (
        not tok.after_place_word)


def _compound_surname(tok: Tok) -> bool:
    return (_lower(tok) and tok.info.last and tok.info.core and len(tok.text) >= _MIN_SURNAME
            and not tok.drug_word and surname_shaped(tok.folded))
