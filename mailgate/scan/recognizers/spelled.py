"""Letters spelt with a spelling alphabet's names, which are no people: `Bokstaveras Adam
Bertil Cesar` (a plate read over the radio), a call sign `Alfa 1-2`, `område Bertil` (a search
area by its letter), `Sierra Tango Uniform`.

The Swedish alphabet names its letters by given names (Adam, Bertil, Cesar, …) and the
international one partly so (Charlie, Victor, Oscar, Mike): a name found alone stays a
person's unless its company says it spells: three of one alphabet in a row, two after a word
of spelling, a call sign's number after an international letter, or an area's word before.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.textindex import index_by_start, token_folded
from mailgate.scan.recognizers.words import Tok

SWEDISH: Final = frozenset({
    "adam", "bertil", "cesar", "david", "erik", "filip", "gustav", "helge", "ivar", "johan",
    "kalle", "ludvig", "martin", "niklas", "olof", "petter", "qvintus", "rudolf", "sigurd",
    "tore", "urban", "viktor", "wilhelm", "xerxes", "yngve", "zäta", "åke", "ärlig", "östen"})
INTERNATIONAL: Final = frozenset({
    "alfa", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
    "juliett", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo",
    "sierra", "tango", "uniform", "victor", "whiskey", "whisky", "xray", "yankee", "zulu"})
_ALPHABETS: Final = (SWEDISH, INTERNATIONAL)
_ANY: Final = SWEDISH | INTERNATIONAL
# Words of spelling before the letters (up to _CUE_REACH tokens before).
_SPELLING: Final = frozenset({
    "bokstaveras", "bokstaverat", "bokstaverade", "bokstavera", "bokstaverar", "stavas",
    "stavat", "stavade", "spelled", "spelt", "spelling", "phonetic", "fonetiskt"})
_CUE_REACH: Final = 4
# An area or sector named by its letter: `område Bertil`, `sector Charlie`.
_AREAS: Final = frozenset({"område", "området", "sektor", "sektorn", "zon", "zonen", "ruta",
                           "rutan", "area", "sector", "zone", "grid"})
_CALL_NUMBER: Final = re.compile(r"^\d{1,2}-\d{1,3}$")  # Alfa 1-2, Bravo 2-10
_JOINERS: Final = frozenset({"-", "–", "/"})  # not a comma: `Adam, David, Erik` are boys


def spelled_out(toks: list[Tok], found: list[Hit]) -> list[Hit]:
    """`found` without the hits that are letters spelt out."""
    if not found or token_folded(toks).isdisjoint(_ANY):
        return found
    at = index_by_start(toks)
    return [h for h in found if not _spelt(h, at.get(h.start), toks)]


def _spelt(hit: Hit, first: int | None, toks: list[Tok]) -> bool:
    if first is None:
        return False
    last = first
    while last + 1 < len(toks) and toks[last + 1].end <= hit.end:
        last += 1
    words = [t.folded for t in toks[first : last + 1]]
    alphabet = next((a for a in _ALPHABETS if all(w in a for w in words)), None)
    if alphabet is None:
        return False
    lo, hi = _letters_around(first, last, toks, alphabet)
    if hi - lo + 1 >= 3 or (hi > lo and _after_spelling(lo, toks)):
        return True
    if first > 0 and toks[first - 1].folded in _AREAS and hi == lo:
        return True
    return alphabet is INTERNATIONAL and last + 1 < len(toks) and (
        _CALL_NUMBER.match(toks[last + 1].text) is not None)


def _letters_around(first: int, last: int, toks: list[Tok], alphabet: frozenset[str]
                    ) -> tuple[int, int]:
    """The first and last index of the row of `alphabet`'s words holding first..last, read
    past commas and dashes between them; on one line."""
    lo, hi = first, last
    while lo > 0 and not toks[lo].line_break_before:
        k = lo - 1
        if toks[k].text in _JOINERS and k > 0:
            k -= 1
        if toks[k].folded not in alphabet:
            break
        lo = k
    while hi + 1 < len(toks):
        k = hi + 1
        if toks[k].text in _JOINERS and k + 1 < len(toks):
            k += 1
        if toks[k].folded not in alphabet or toks[k].line_break_before:
            break
        hi = k
    return lo, hi


def _after_spelling(lo: int, toks: list[Tok]) -> bool:
    before = toks[max(0, lo - _CUE_REACH) : lo]
    return any(t.folded in _SPELLING for t in before) or (
        len(before) >= 2 and before[-2].folded == "som" and before[-1].folded == "i")
