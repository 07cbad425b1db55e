"""A pupil named by a word that is also a month, a plant or a thing (`Juni`, `Maj`, `Vide`,
`Ask`), placed by a school class right after the name: `Oro kring Juni i 9B`, and that
word again in the text (`Juni nämns med smeknamnet`).
A given name no other rule trusts alone is a child there; a subject, a test or a month
before a class (`Matte i 9B`, `Prov i 8A`, `Juni i år`) names no one.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon
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
    """A capitalised given name right before `i 9B`; not before `(9B)`, which as often is a
    flat's, a room's or a seat's code."""
    at = positions(toks)
    out: list[Hit] = []
    for i in at.get("i", ()):
        if 0 < i < len(toks) - 1 and _a_class(toks[i + 1]):
            _add_pupil(toks[i - 1], out)
    if not out:
        return out  # most texts: no pupil before a class, nothing to find again
    return out + _again(toks, at, {toks[i].text for i in _starts(toks, out)})


def _starts(toks: list[Tok], hits: list[Hit]) -> list[int]:
    starts = {h.start for h in hits}
    return [t.index for t in toks if t.start in starts]


def _again(toks: list[Tok], at: dict[str, list[int]], pupils: set[str]) -> list[Hit]:
    """The pupil's word written the same further on (`Juni nämns med smeknamnet`), not a
    date's month beside a number (`12 Juni`, `Juni 2026`)."""
    out = []
    for word in pupils:
        for i in at.get(word, ()):
            near = [toks[k] for k in (i - 1, i + 1) if 0 <= k < len(toks)]
            if not any(t.text.rstrip(".,").isdigit() for t in near):
                out.append(Hit(toks[i].start, toks[i].end, SCORE_WEAK))
    return out


def _a_class(tok: Tok) -> bool:
    return not tok.line_break_before and _CLASS.fullmatch(tok.text) is not None


def _add_pupil(tok: Tok, out: list[Hit]) -> None:
    """A given name; of the hard negatives only a month or a day (`Juni`), not a place, an
    event or a drug that is a given name too (`Lucia i 4B` walks in a procession)."""
    if tok.capital and tok.alpha and tok.info.first and not tok.line_is_shouting and not (
            tok.folded in SUBJECTS or tok.drug_word or tok.in_negative_phrase
            or tok.institution or (tok.info.negative and tok.folded not in _calendar())):
        out.append(Hit(tok.start, tok.end, SCORE_WEAK))


@lexicon.table
def _calendar() -> frozenset[str]:
    return lexicon.entries("calendar")
