"""A surname in capitals and its initial after a case's or a bed's number, as registers and
whiteboards write people (`SFE-26-4422 DOCHERTY M – awaiting tox`, `Sal 4: FALKENBERG J`),
also when no list holds the surname. A word or a drug in the same place is a plan's, a
vitamin's or a block's letter (`PLAN B`, `VITAMIN D`, `FENTANYL X`)."""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.runs import Run
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.vouched import DEFINITE_NOUN, WORD_ENDING
from mailgate.scan.recognizers.words import Tok

_SHORTEST: Final = 4  # letters of a surname in capitals: `ICA A`, `HUS C` are shorter
# What may follow the initial on its line: the row's next field.
_ROW_GOES_ON: Final = frozenset({"–", "—", "-", ",", ":", ";", "(", "|"})


def surnames_with_initials(unjudged: list[Run], runs: list[Run], toks: list[Tok]) -> list[Hit]:
    """Runs judged no name (`unjudged`, among all `runs`) of a surname in capitals and one
    capital after a number on its line: a listed surname alone, one no list holds when
    another row is written so too (a register's rows; a lone `TRAPPA B` is a staircase)."""
    rows = [run for run in unjudged if _a_row_name(run, toks)]
    if not rows:
        return []  # most texts
    register = sum(1 for run in runs if _a_row_name(run, toks)) >= 2
    return [Hit(run.toks[0].start, run.toks[1].end, SCORE_WEAK) for run in rows
            if register or run.toks[0].info.name or run.toks[0].info.shaped]


def _a_row_name(run: Run, toks: list[Tok]) -> bool:
    if len(run.toks) != 2:
        return False
    name, initial = run.toks
    return len(initial.text) == 1 and initial.text.isupper() and _a_surname(name) and (
        _after_a_number(name, toks) and _row_field_ends(initial, toks))


def _a_surname(tok: Tok) -> bool:
    info = tok.info
    return tok.alpha and tok.text.isupper() and len(tok.text) >= _SHORTEST and not (
        info.common or (info.negative and not info.last) or tok.drug_word or tok.label
        or tok.institution or tok.is_cue_word or tok.folded in english_words()
        or WORD_ENDING.search(tok.folded) or DEFINITE_NOUN.search(tok.folded))


def _after_a_number(tok: Tok, toks: list[Tok]) -> bool:
    """The word before on the line holds a digit (`K-26-1102`, `rum 12`), maybe with a
    colon or a dash between (`Sal 4:`, `Ref 2231 –`)."""
    i = tok.index - 1
    if i >= 0 and not toks[i + 1].line_break_before and toks[i].text in _ROW_GOES_ON:
        i -= 1
    return i >= 0 and not toks[i + 1].line_break_before and any(
        ch.isdigit() for ch in toks[i].text)


def _row_field_ends(tok: Tok, toks: list[Tok]) -> bool:
    """The initial ends its line or the row's field."""
    i = tok.index + 1
    return i >= len(toks) or toks[i].line_break_before or toks[i].text in _ROW_GOES_ON
