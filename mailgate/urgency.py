"""The urgency a reporter gave, read from the subject and the first lines of the text."""

from __future__ import annotations

import re

from store.status import Urgency

# Each pattern must stand as a label (start of subject/line, brackets, or followed by
# ':' / '-'), so that "röda tabletter" or "gult pulver" is never read as an urgency.
_LABEL_END = r"(?=\s*(?:[:\-–—\]!]|$))"
PATTERNS: list[tuple[re.Pattern[str], Urgency]] = [
    (re.compile(r"\[\s*(röd|rod|red|akut|urgent)\s*\]", re.I), Urgency.RED),
    (re.compile(r"\[\s*(gul|yellow)\s*\]", re.I), Urgency.YELLOW),
    (re.compile(r"\[\s*(grön|gron|green)\s*\]", re.I), Urgency.GREEN),
    (re.compile(r"\bprio(?:ritet)?\s*[:=]?\s*(röd|rod|red|1)\b", re.I), Urgency.RED),
    (re.compile(r"\bprio(?:ritet)?\s*[:=]?\s*(gul|yellow|2)\b", re.I), Urgency.YELLOW),
    (re.compile(r"\bprio(?:ritet)?\s*[:=]?\s*(grön|gron|green|3)\b", re.I), Urgency.GREEN),
    (re.compile(r"^\s*(brådskande|bradskande|akut|urgent)\b", re.I), Urgency.RED),
    (re.compile(r"^\s*(röd|rod|red)" + _LABEL_END, re.I), Urgency.RED),
    (re.compile(r"^\s*(gul|yellow)" + _LABEL_END, re.I), Urgency.YELLOW),
    (re.compile(r"^\s*(grön|gron|green)" + _LABEL_END, re.I), Urgency.GREEN),
    (re.compile(r"^\s*(för kännedom|for kannedom|fyi|for information)\b", re.I), Urgency.GREEN),
]

_PREFIX = re.compile(r"^\s*((re|sv|vb|fw|fwd|aw|vs)\s*:\s*)+", re.I)
FIRST_LINES = 3


def read_urgency(subject: str, text: str) -> Urgency | None:
    """The urgency the reporter stated, or None when they gave none."""
    candidates = [_PREFIX.sub("", subject)]
    candidates += [line for line in text.splitlines() if line.strip()][:FIRST_LINES]
    for line in candidates:
        for pattern, urgency in PATTERNS:
            if pattern.search(line):
                return urgency
    return None
