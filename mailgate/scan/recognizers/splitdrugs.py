"""A drug's name broken into pieces by OCR, speech-to-text or a hurried thumb: `Rita lin`,
`Tram Adol`, `Venla Faxin`, `Lyri Ca`, `tra ma doll`, `Con Certa`.

Joined, the pieces are a listed substance or medicine, a new substance by its stem, or a
listed drug misspelt (misspelt.py), so no piece is a person's name and the warning keeps its
drug. A given name and a surname that join into one of the 38 000 medicine names (`Rita
Lin`, `Per Mol`, `Lin Dan`) stay a person unless a piece is in lower case or in no list of
names, or drug talk stands near (`fick Rita Lin av en kompis`, `jag tar Tera Len för att
sova`). Asked only of the few names found, never of every word.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from itertools import pairwise
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.drugshape import drug_shaped
from mailgate.scan.misspelt import misspelt_drug
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.nearby import drug_talk
from mailgate.scan.recognizers.textindex import index_by_start
from mailgate.scan.recognizers.words import Tok

_MOST_PIECES: Final = 3  # `tra ma doll`; more pieces are words, not a broken name
_SHORTEST: Final = 6  # letters of the joined name: `Ali Nia` is no drug we need
_SHORT_DRUG: Final = 4  # `Gaba Pentin`, `Oxy Contin`: a short drug may open a longer one
_REACH: Final = 8  # words either side where drug talk vouches for a name pair


def split_drugs_out(toks: list[Tok], found: list[Hit]) -> list[Hit]:
    """`found` without the names that are pieces of a drug's name."""
    if not found:
        return found
    get = index_by_start(toks).get
    return [h for h in found if not _pieces_of_a_drug(h, toks, get)]


def _pieces_of_a_drug(hit: Hit, toks: list[Tok], get: Callable[[int], int | None]) -> bool:
    first = get(hit.start)
    if first is None:
        return False
    last = first
    while last + 1 < len(toks) and toks[last + 1].end <= hit.end:
        last += 1
    if last - first + 1 > _MOST_PIECES or any(t.drug_word for t in toks[first : last + 1]):
        return False  # Tina, Molly: a street name is judged by what is said of it
    for lo in range(max(0, last - _MOST_PIECES + 1), first + 1):
        for hi in range(max(last, lo + 1), min(len(toks), lo + _MOST_PIECES)):
            pieces = toks[lo : hi + 1]
            if _joined_drug(pieces) and _not_a_name_pair(pieces, toks):
                return True
    return False


def _joined_drug(pieces: list[Tok]) -> bool:
    """The pieces, one space apart on one line, spell a drug none of them is alone."""
    for a, b in pairwise(pieces):
        if b.start != a.end + 1 or b.line_break_before or not b.alpha or (
                b.text[:1].isupper() and not a.text[:1].isupper()):
            return False  # a broken word capitalises no middle piece: `my ex Tina`
    if not pieces[0].alpha or any(len(t.text) < 2 for t in pieces):
        return False
    joined = "".join(t.text for t in pieces)
    return len(joined) >= _SHORTEST and _a_drug(joined) and not any(
        len(t.text) > _SHORT_DRUG and _a_drug(t.text) for t in pieces)
    # `Ruben sålde ketamin`: a drug beside a name is no piece of one


@functools.lru_cache(maxsize=1 << 14)
def _a_drug(word: str) -> bool:
    return word.casefold() in lexicon.drugs() or drug_shaped(word) or misspelt_drug(word)


def _not_a_name_pair(pieces: list[Tok], toks: list[Tok]) -> bool:
    """Some piece is in lower case or in no list of names, or drug talk stands near."""
    return any(not t.text[:1].isupper() or not t.info.name for t in pieces) or drug_talk(
        toks, pieces[0].index, _REACH)
