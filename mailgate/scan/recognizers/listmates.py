"""A pair of capitalised words listed between full names found: `Servering: Senait Haile,
Sunny Bliss, Arvid Winter`, `Jury: Lars Gunnar Hope, Tintin Akyol, Vanja Berg`.

A staff rota, a jury's or a crew's list names people one after another; a pair no list
vouches for (a word some are named, `Sunny`, `Mild`; a surname that is a word, `Bliss`) is
left unjudged alone, but with a found full name on each side of it on the same line, or two
found full names before it, it is the list's next person. A pair that a list of things'
names holds, or that names a thing or no one by its own company, stays (`Anna Berg, Gamla
Stan, Erik Ek`, `Ebba Grön`, `Clas Ohlson`; a drug's, an institution's, a label's word never
starts one).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.aside import no_person
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.namedpairs import a_named_pair
from mailgate.scan.recognizers.namedthing import Possible, names_a_thing
from mailgate.scan.recognizers.runs import Run
from mailgate.scan.recognizers.scores import SCORE_FULL
from mailgate.scan.recognizers.words import Tok

_AFTER: Final = frozenset({",", "och", "&", "and", "samt", "/"})  # between the pair and the next
_PAIR: Final = 2


def list_mates(unjudged: list[Run], toks: list[Tok], found: list[Hit], can: Possible
               ) -> list[Hit]:
    """Each unjudged pair of words between found full names of its list, or after two."""
    pairs = [run for run in unjudged if len(run.toks) == _PAIR]
    if len(found) < _PAIR or not pairs:
        return []  # most texts: no unjudged pair, or no list of names
    starts = {h.start: h.end for h in found}  # a full name's first word: its end
    ends = {h.end: h.start for h in found}
    out = []
    for run in pairs:
        first, last = run.toks
        if not (_a_word(first) and _a_word(last)) or last.line_break_before:
            continue
        before = _full_before(first.index, toks, ends)
        after = _full_after(last.index, toks, starts)
        if before is None or (after is None and _full_before(before, toks, ends) is None):
            continue
        if a_named_pair(first, last) or names_a_thing(
                run, toks, can) or no_person(run.toks, toks, can.animal, can.sung):
            continue  # Gamla Stan, Ebba Grön: a listed place's, band's, work's name
        out.append(Hit(first.start, last.end, SCORE_FULL))
    return out


def _a_word(tok: Tok) -> bool:
    """A capitalised word of letters, no shouting, drug, institution, label or cue."""
    return tok.capital and tok.alpha and not tok.text.isupper() and len(tok.text) >= _PAIR and not (
        tok.drug_word or tok.institution or tok.label or tok.is_cue_word or (
            tok.in_negative_phrase or tok.quoted))


def _full_before(i: int, toks: list[Tok], ends: dict[int, int]) -> int | None:
    """The index of the first word of a found full name that a comma parts from toks[i] on
    its line, or None."""
    if i < 3 or toks[i - 1].text != "," or toks[i].line_break_before:
        return None
    start = ends.get(toks[i - 2].end)
    if start is None or start >= toks[i - 2].start:
        return None  # none found, or one word alone: `Sara, Sunny Bliss`
    k = i - 3
    while k > 0 and toks[k].start > start:
        k -= 1
    if toks[k].start != start or any(t.line_break_before for t in toks[k + 1:i]):
        return None
    return k


def _full_after(j: int, toks: list[Tok], starts: dict[int, int]) -> int | None:
    """The index of the last word of a found full name after toks[j], a joiner between."""
    if j + 3 >= len(toks) or toks[j + 1].folded not in _AFTER:
        return None
    nxt = toks[j + 2]
    end = starts.get(nxt.start)
    if end is None or end <= nxt.end or nxt.line_break_before or toks[j + 1].line_break_before:
        return None
    return j + 2
