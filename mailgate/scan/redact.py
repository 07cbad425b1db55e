"""The text proposed for publication: each finding replaced by a Swedish placeholder."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from mailgate.scan.finding import WARNING_TYPES, Finding


def publishable(findings: Iterable[Finding]) -> list[Finding]:
    """Findings to mask, overlaps merged, sorted by start.

    Moderators refer to a finding by its 1-based index in this list. Where two findings
    overlap they become one, spanning both, with the type and recognizer of the
    higher-scoring one (the longer on a tie).
    """
    spans = sorted(
        (f for f in findings if f.type not in WARNING_TYPES), key=lambda f: (f.start, -f.end)
    )
    merged: list[Finding] = []
    for f in spans:
        if merged and f.start < merged[-1].end:
            merged[-1] = _merge(merged[-1], f)
        else:
            merged.append(f)
    return merged


def _merge(a: Finding, b: Finding) -> Finding:
    lead = a if (a.score, a.end - a.start) >= (b.score, b.end - b.start) else b
    start, end = min(a.start, b.start), max(a.end, b.end)
    text = _join(a, b, start, end)
    return Finding(lead.type, start, end, max(a.score, b.score), lead.recognizer, text)


def _join(a: Finding, b: Finding, start: int, end: int) -> str:
    """The merged text, rebuilt from the two pieces (they overlap, so together they cover it)."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    if second.end <= first.end:
        return first.text
    return first.text + second.text[first.end - second.start :]


def mask(
    text: str,
    findings: Iterable[Finding],
    *,
    numbered: bool = False,
    keep: Collection[int] = (),
) -> str:
    """`text` with each publishable finding replaced by `[NAMN]`, or `[NAMN 3]` if numbered.

    Findings whose 1-based number is in `keep` (false positives the moderator kept) stay.
    """
    out: list[str] = []
    pos = 0
    for number, f in enumerate(publishable(findings), start=1):
        if number in keep:
            continue
        label = f"{f.placeholder} {number}" if numbered else f.placeholder
        out.append(text[pos : f.start])
        out.append(f"[{label}]")
        pos = f.end
    out.append(text[pos:])
    return "".join(out)
