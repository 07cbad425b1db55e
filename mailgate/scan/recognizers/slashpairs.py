"""Two full names joined by a slash with no blank (`Ebba Kjellberg/Nova Alm`, `Maja Ek/Lisa
Berg`): a pair of players, a shift's two, co-authors. When one of the two is found, the other
given name and surname are someone's too, though both are words (`Nova`, `Alm`) and the slash
reads as a sentence's start, where such words are not names alone. A drug, a place or a
stamp is never one (`Tina Glass/Molly`), nor a single word beside the slash (`Berg/Lund`)."""

from __future__ import annotations

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.textindex import positions
from mailgate.scan.recognizers.words import Tok


def slashed_pairs(toks: list[Tok], inside: set[int]) -> list[Hit]:
    """The full name on the other side of a slash from a found full name."""
    out = []
    for s in positions(toks).get("/", ()):
        if not _glued(toks, s):
            continue
        if {s - 2, s - 1} <= inside and _a_full_name(toks, s + 1, inside):
            out.append(Hit(toks[s + 1].start, toks[s + 2].end, SCORE_WEAK))
        elif {s + 1, s + 2} <= inside and _a_full_name(toks, s - 2, inside):
            out.append(Hit(toks[s - 2].start, toks[s - 1].end, SCORE_WEAK))
    return out


def _glued(toks: list[Tok], s: int) -> bool:
    """The slash touches a word on both sides, and two words stand each side on its line."""
    if s < 2 or s + 2 >= len(toks):
        return False
    slash = toks[s]
    return toks[s - 1].end == slash.start and toks[s + 1].start == slash.end and not (
        toks[s - 1].line_break_before or toks[s + 1].line_break_before
        or toks[s + 2].line_break_before)


def _a_full_name(toks: list[Tok], i: int, inside: set[int]) -> bool:
    """toks[i] a given name and toks[i + 1] a surname, capitalised, neither found, neither a
    drug, stamp or place only."""
    given, last = toks[i], toks[i + 1]
    if i in inside or i + 1 in inside or last.end - given.end != len(last.text) + 1:
        return False
    return given.capital and last.capital and given.info.first and (
        last.info.last or last.info.shaped) and not any(
        t.drug_word or t.stamp_compound or t.in_negative_phrase or t.text.isupper()
        or (t.info.negative and not t.info.name) for t in (given, last))
