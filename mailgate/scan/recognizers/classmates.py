"""A pupil named by a word that is also a month, a plant or a thing (`Juni`, `Maj`, `Vide`,
`Ask`), placed by a school class right after the name: `Oro kring Juni i 9B`, `Vide (7C)`.
A given name no other rule trusts alone is a child there; a subject, a test or a month
before a class (`Matte i 9B`, `Prov i 8A`, `Juni i år`) names no one.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.textindex import positions
from mailgate.scan.recognizers.words import Tok

# School subjects that are given names too (Matte for Mattias): a lesson in a class.
SUBJECTS: Final = frozenset({
    "matte", "matematik", "svenska", "engelska", "idrott", "slöjd", "musik", "bild", "kemi",
    "fysik", "biologi", "historia", "geografi", "religion", "teknik", "hemkunskap", "spanska",
    "tyska", "franska", "samhällskunskap", "mentorstid", "elevens", "prao"})
# A school class: a grade and a letter (`9B`, `7c`, `8A.`).
_CLASS: Final = re.compile(r"[1-9][A-ZÅÄÖa-zåäö][.,]?")


def pupils_by_class(toks: list[Tok]) -> list[Hit]:
    """A capitalised given name right before `i 9B` or `(9B)`."""
    at = positions(toks)
    out: list[Hit] = []
    for i in at.get("i", ()):
        if 0 < i < len(toks) - 1 and _a_class(toks[i + 1]):
            _add_pupil(toks[i - 1], out)
    for i in at.get("(", ()):
        if 0 < i < len(toks) - 2 and _a_class(toks[i + 1]) and toks[i + 2].text == ")":
            _add_pupil(toks[i - 1], out)
    return out


def _a_class(tok: Tok) -> bool:
    return not tok.line_break_before and _CLASS.fullmatch(tok.text) is not None


def _add_pupil(tok: Tok, out: list[Hit]) -> None:
    if tok.capital and tok.alpha and tok.info.first and not tok.line_is_shouting and (
            tok.folded not in SUBJECTS):
        out.append(Hit(tok.start, tok.end, SCORE_WEAK))
