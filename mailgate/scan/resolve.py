"""One answer per stretch of text when recognizers disagree about its type."""

from __future__ import annotations

from mailgate.scan.finding import WARNING_TYPES, Finding

# When two types claim the same or nested text with equal scores, the earlier type wins.
PRIORITY = (
    "ID_NUMBER", "EMAIL", "IBAN", "PHONE", "BANK_ACCOUNT", "IP", "URL", "PLATE",
    "DATE_OF_BIRTH", "ADDRESS", "PERSON",
)


def _rank(f: Finding) -> tuple[float, int]:
    order = PRIORITY.index(f.type) if f.type in PRIORITY else len(PRIORITY)
    return (-f.score, order)


def resolve(findings: list[Finding]) -> list[Finding]:
    """Drop a finding whose text lies inside a finding of another type that ranks higher."""
    masks = [f for f in findings if f.type not in WARNING_TYPES]
    keep = [
        f for f in masks
        if not any(
            o is not f and o.start <= f.start and f.end <= o.end and o.type != f.type
            and (_rank(o) < _rank(f) or (o.end - o.start) > (f.end - f.start))
            for o in masks
        )
    ]
    warnings = [f for f in findings if f.type in WARNING_TYPES]
    return sorted(keep + warnings, key=lambda f: (f.start, -f.end, f.type))
