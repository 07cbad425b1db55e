"""A name found by one of its parts, widened over the whole name.

The recognizers judge a name word by word, and a part that is also a word, a kin word or an
unlisted surname can stay outside the finding: `Bror [NAMN]`, `[NAMN] Sommar`, `VINTER,
[NAMN]`, `[NAMN] "Kniven" Ros`, `Turbo-[NAMN]`, `[NAMN] W`. Every member would read that
part. Run on the resolved findings (after resolve.py, before honorifics.py), so a part taken
in here is never looked for elsewhere in the text as a name of its own. A name never grows
over another finding, so each keeps its own type and number in the review.

    after.py   the parts that can follow a finding
    before.py  the parts that can stand before it
    facts.py   what the lists say of the words beside it
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Final

from mailgate.scan.finding import Finding, made
from mailgate.scan.wholename import after, before

Rule = Callable[[str, int, int], int]

# Each returns the finding's new end (RIGHT) or start (LEFT), or the one it had; the first
# that grows the name wins its side in a round.
RIGHT: Final[tuple[Rule, ...]] = (
    after.ocr_rest, after.broken_surname, after.register_given, after.surname_after,
    after.quoted_inside, after.quoted_nickname, after.particles_after, after.arabic_family,
    after.initial_after,
)
LEFT: Final[tuple[Rule, ...]] = (
    before.given_before, before.glued_nickname, before.register_before,
    before.particles_before, before.broken_head,
)
# What stands right after a name that a rule of RIGHT can go on from (a blank, a register's
# comma, OCR's `|` or `1`, a nickname's closing quote), and right before it for LEFT (a
# blank, a glued nickname's hyphen, a register's comma, a broken word's line end): findings
# with neither are passed over.
_OPENS_A_PART: Final = frozenset(" \t,|1\"'”’»)")
_CLOSES_A_PART: Final = frozenset(" \t-,\n")
# A name has few parts: two rounds take `Bror` and `W` round a found `Lind`.
_ROUNDS: Final = 2


def widened(text: str, findings: list[Finding]) -> list[Finding]:
    """`findings` with each PERSON grown over the parts of its name beside it."""
    if not any(f.type == "PERSON" for f in findings):
        return findings
    spans = sorted((f.start, f.end) for f in findings)
    out: list[Finding] = []
    for f in findings:
        if f.type == "PERSON":
            start, end = _grown(text, f.start, f.end, spans)
            if (start, end) != (f.start, f.end):
                f = made(f.type, start, end, f.score, f.recognizer, text[start:end])
        out.append(f)
    return out


def _grown(text: str, start: int, end: int, others: list[tuple[int, int]]) -> tuple[int, int]:
    for _ in range(_ROUNDS):
        was = (start, end)
        for rule in RIGHT if text[end:end + 1] in _OPENS_A_PART else ():
            reach = rule(text, start, end)
            if reach != end and not _crosses(others, end, reach):
                end = reach
                break
        for rule in LEFT if text[start - 1:start] in _CLOSES_A_PART else ():
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
