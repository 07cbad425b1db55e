"""The last check before anything reaches members: the final text is scanned again.

The text a moderator approves is the report's text with its stored findings masked, minus
those kept by number. The stored findings may be stale (the scanner improved since the
report was held) or blind to what masking changed around them, so the text that would be
published is scanned once more. A structured identifier found there that the moderator
did not keep blocks publication. Names and addresses are judgement calls the review
already showed; numbers are not.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from mailgate.scan import Finding, publishable, scan

# What can never be a false positive worth publishing unasked: these block publication.
STRUCTURED = frozenset({"ID_NUMBER", "PHONE", "EMAIL", "IBAN", "IP", "PLATE"})


@dataclass(frozen=True)
class Masked:
    """A masked text and where, in it, the findings the moderator kept now stand."""

    text: str
    kept: tuple[tuple[int, int], ...] = ()   # (start, end) in `text`
    placeholders: tuple[tuple[int, int, Finding], ...] = ()  # span in `text`, what it hid


def mask_tracked(text: str, findings: Iterable[Finding], keep: Collection[int] = ()) -> Masked:
    """Like scan.mask, and remembers where kept findings and placeholders ended up."""
    out: list[str] = []
    kept: list[tuple[int, int]] = []
    holes: list[tuple[int, int, Finding]] = []
    pos = length = 0
    for number, f in enumerate(publishable(findings), start=1):
        before = text[pos:f.start]
        out.append(before)
        length += len(before)
        if number in keep:
            kept.append((length, length + f.end - f.start))
            out.append(text[f.start:f.end])
            length += f.end - f.start
        else:
            label = f"[{f.placeholder}]"
            holes.append((length, length + len(label), f))
            out.append(label)
            length += len(label)
        pos = f.end
    out.append(text[pos:])
    return Masked("".join(out), tuple(kept), tuple(holes))


def blocking(masked: Masked) -> list[Finding]:
    """Structured identifiers in the masked text that no kept finding accounts for."""
    found = [f for f in publishable(scan(masked.text)) if f.type in STRUCTURED]
    return [f for f in found if not any(f.start < end and start < f.end
                                        for start, end in masked.kept)]


def in_original(masked: Masked, found: Finding, original: str) -> Finding:
    """A finding of the masked text, placed in the original text (offsets mapped back;
    a span that touches a placeholder grows to cover what the placeholder hid)."""
    start, end = _back(masked, found.start, True), _back(masked, found.end, False)
    return Finding(found.type, start, end, found.score, found.recognizer, original[start:end])


def _back(masked: Masked, pos: int, is_start: bool) -> int:
    shift = 0
    for hole_start, hole_end, hidden in masked.placeholders:
        if pos <= hole_start:
            break
        if pos < hole_end or (pos == hole_end and not is_start):
            return hidden.start if is_start else hidden.end
        shift += (hidden.end - hidden.start) - (hole_end - hole_start)
    return pos + shift
