"""Which of after.py's and before.py's rules a found name is offered, by the characters beside
it, and the name grown by them, never over another finding."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Final

from mailgate.scan.finding import Finding, made
from mailgate.scan.wholename import after, before, facts

Rule = Callable[[str, int, int], int]

# Each returns the finding's new end (after.py) or start (before.py), or the one it had; the
# first that grows the name wins its side in a round. Which rules are asked depends on the
# characters beside the name, so most findings (a name, then a word in lower case) are
# passed over at once.
# What opens a quote or a bracket, and what closes one.
_QUOTES: Final = frozenset("\"'“”‘’«(")
_CLOSING: Final = frozenset("\"'”’»)")
_AFTER_A_WORD: Final[tuple[Rule, ...]] = (
    after.broken_surname, after.surname_after, after.particles_after, after.initial_after)
_AFTER_A_FULL_NAME: Final[tuple[Rule, ...]] = (after.particles_after, after.initial_after)
_AFTER_A_QUOTE: Final[tuple[Rule, ...]] = (after.quoted_inside, after.quoted_nickname)
_RIGHT: Final[dict[str, tuple[Rule, ...]]] = {
    ",": (after.register_given, after.register_initials), "|": (after.ocr_rest,),
    "1": (after.ocr_rest,),
    **{q: (after.quoted_inside,) for q in _CLOSING},
}
_BEFORE_A_WORD: Final[tuple[Rule, ...]] = (before.word_before,)
_LEFT: Final[dict[str, tuple[Rule, ...]]] = {
    "-": (before.glued_nickname,), "\n": (before.broken_head,),
    ",": (before.register_before,),
}
# A name has few parts: two rounds take `Bror` and `W` round a found `Lind`.
_ROUNDS: Final = 2


def widened(text: str, findings: list[Finding]) -> list[Finding]:
    """`findings` with each PERSON grown over the parts of its name beside it."""
    spans: list[tuple[int, int]] | None = None
    out: list[Finding] = []
    for f in findings:
        if f.type == "PERSON" and (_right_rules(text, f.start, f.end) or _left_rules(
                text, f.start)):
            if spans is None:
                spans = sorted((g.start, g.end) for g in findings)
            start, end = _grown(text, f.start, f.end, spans)
            if (start, end) != (f.start, f.end):
                f = made(f.type, start, end, f.score, f.recognizer, text[start:end])
        out.append(f)
    return out


def _right_rules(text: str, start: int, end: int) -> tuple[Rule, ...]:
    """The rules worth asking, by the characters after the name."""
    nxt = text[end:end + 1]
    one = text.find(" ", start, end) == -1
    if nxt != " ":
        if nxt in _CLOSING and text[start - 1:start] not in _QUOTES:
            return ()  # a quote's end after a name the quote did not open
        return _RIGHT.get(nxt, ()) if one or nxt != "," else ()
    word = text[end + 1:end + 2]
    if word.isupper():
        if one:
            return _AFTER_A_WORD
        # a full name goes on only by an initial, or after the particle it ends with
        last = text[text.rfind(" ", start, end) + 1:end].casefold()
        return _AFTER_A_FULL_NAME if not text[end + 2:end + 3].isalpha() or (
            last in facts.PARTICLES) else ()
    if word in _QUOTES:
        return _AFTER_A_QUOTE
    if word.islower():
        # a name in lower case goes on in lower case; any name after a particle
        return _AFTER_A_WORD if text[start].islower() or text[
            end + 1:end + 7].split(" ", 1)[0].casefold() in facts.PARTICLES else ()
    return (after.arabic_family,) if word.isalpha() else ()


def _left_rules(text: str, start: int) -> tuple[Rule, ...]:
    """The rules worth asking, by the characters before the name."""
    prev = text[start - 1:start]
    if prev not in (" ", "\t"):
        # a broken word's hyphen before the line end, a glued word before the hyphen
        joined = text[start - 2:start - 1] == "-" if prev == "\n" else prev != "-" or text[
            start - 2:start - 1].isalpha()
        return _LEFT.get(prev, ()) if joined else ()
    mark = text[start - 2:start - 1]
    if mark in (" ", "\t"):
        mark = text[max(0, start - 4):start - 1].rstrip(" \t")[-1:]
    if mark == ",":
        return (before.register_before,)
    return _BEFORE_A_WORD if mark.isalpha() else ()


def _grown(text: str, start: int, end: int, others: list[tuple[int, int]]) -> tuple[int, int]:
    for _ in range(_ROUNDS):
        was = (start, end)
        for rule in _right_rules(text, start, end):
            reach = rule(text, start, end)
            if reach != end and not _crosses(others, end, reach):
                end = reach
                break
        for rule in _left_rules(text, start):
            reach = rule(text, start, end)
            if reach != start and not _crosses(others, reach, start):
                start = reach
                break
        if (start, end) == was:
            break
    return start, end


def _crosses(others: list[tuple[int, int]], start: int, end: int) -> bool:
    """Another finding inside the stretch a name would grow over (`others` sorted, a dense
    text has thousands; the name's own ends where the stretch begins)."""
    at = bisect.bisect_left(others, (start, -1))
    if at and others[at - 1][1] > start:
        return True
    return at < len(others) and others[at][0] < end
