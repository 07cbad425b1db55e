"""One answer per stretch of text when recognizers disagree about its type."""

from __future__ import annotations

from itertools import accumulate
from typing import Final

from mailgate.scan.finding import WARNING_TYPES, Finding

# When two types claim the same or nested text with equal scores, the earlier type wins.
PRIORITY: Final = (
    "ID_NUMBER", "EMAIL", "IBAN", "PHONE", "BANK_ACCOUNT", "IP", "URL", "PLATE",
    "DATE_OF_BIRTH", "ADDRESS", "PERSON",
)


# Ten bare digits that pass both as a phone number and as a personnummer (0701231234, born
# 2007-01-23): with no cue either way both findings stay, so the moderator sees both readings.
UNDECIDED: Final = frozenset({"ID_NUMBER", "PHONE"})

# (outer, inner): the outer type wins over the inner one it contains, whatever their scores.
# A mistyped personnummer (780412-1235) scores below the birth date inside it, yet the whole
# number is what identifies, and masking only the date would leave the last four digits.
ENCLOSING: Final = frozenset({("ID_NUMBER", "DATE_OF_BIRTH")})

# (outer, inner): both stay. The name inside `c/o Andersson` is a PERSON as well as part of
# the address; mask() joins them into one placeholder.
BOTH: Final = frozenset({("ADDRESS", "PERSON")})


# Scores apart by this much or less leave a number undecided. Scores have three decimals
# (engine.py), and 0.8 - 0.6 is 0.20000000000000007 in binary floating point: compared in
# thousandths.
UNDECIDED_GAP: Final = 200


def _undecided(o: Finding, f: Finding) -> bool:
    return ({o.type, f.type} == UNDECIDED and (o.start, o.end) == (f.start, f.end)
            and abs(round(o.score * 1000) - round(f.score * 1000)) <= UNDECIDED_GAP)


def _near(masks: list[Finding], reach: list[int], i: int) -> list[Finding]:
    """The findings that overlap masks[i] (masks sorted by start; reach[j] the furthest end
    of masks[0..j])."""
    f = masks[i]
    out = []
    k = i + 1  # an index, not a slice: slicing the rest each time made resolve quadratic
    while k < len(masks) and masks[k].start < f.end:
        out.append(masks[k])
        k += 1
    j = i - 1
    while j >= 0 and reach[j] > f.start:  # else no earlier finding reaches f
        if masks[j].end > f.start:
            out.append(masks[j])
        elif f.start - masks[j].start > 200:
            break  # nothing this far back can reach f
        j -= 1
    return out


def _overlapped(masks: list[Finding], reach: list[int], i: int) -> bool:
    """True when `_near(masks, reach, i)` has any finding: most have none, and are kept
    without a walk (a dense MB has 55 000 findings)."""
    f = masks[i]
    return (i + 1 < len(masks) and masks[i + 1].start < f.end) or (i > 0 and reach[i - 1] > f.start)


def _beats(o: Finding, f: Finding) -> bool:
    if o.type == f.type or _undecided(o, f):
        return False
    o_holds_f = o.start <= f.start and f.end <= o.end
    f_holds_o = f.start <= o.start and o.end <= f.end
    if o_holds_f and (o.type, f.type) in ENCLOSING:
        return True
    if f_holds_o and (f.type, o.type) in ENCLOSING:
        return False
    if (o_holds_f and (o.type, f.type) in BOTH) or (f_holds_o and (f.type, o.type) in BOTH):
        return False
    return (o_holds_f or f_holds_o) and _rank(o) < _rank(f)


def _rank(f: Finding) -> tuple[float, int]:
    order = PRIORITY.index(f.type) if f.type in PRIORITY else len(PRIORITY)
    return (-f.score, order)


def resolve(findings: list[Finding]) -> list[Finding]:
    """Where one finding's text holds another's of a different type, keep the higher-ranked."""
    masks = [f for f in findings if f.type not in WARNING_TYPES]
    masks.sort(key=lambda f: f.start)
    reach = list(accumulate((f.end for f in masks), max))
    keep = [f for i, f in enumerate(masks) if not _overlapped(masks, reach, i)
            or not any(_beats(o, f) for o in _near(masks, reach, i))]
    warnings = [f for f in findings if f.type in WARNING_TYPES]
    return sorted(keep + warnings, key=lambda f: (f.start, -f.end, f.type))
