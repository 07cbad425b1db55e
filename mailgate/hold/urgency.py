"""The urgency a reporter gave, read from the subject and the first lines of the text.

A colour only counts where it stands as a label: in brackets, after a key such as "Prio:",
or at the start of the subject or a line followed by ':' '-' '!' or nothing. So "röda
tabletter", "gult pulver" or "Red Bull" are never read as an urgency.
"""

from __future__ import annotations

import re

from store.status import Urgency

# The words reporters use for each level, Swedish and English (with and without åäö).
WORDS: dict[Urgency, str] = {
    Urgency.RED: r"r[öo]d|red|akut|br[åa]dskande|urgent",
    Urgency.YELLOW: r"gul|yellow",
    Urgency.GREEN: r"gr[öo]n|green|f[öo]r k[äa]nnedom|fyi|for information",
}
PRIO_NUMBERS = {Urgency.RED: "1", Urgency.YELLOW: "2", Urgency.GREEN: "3"}
_END = r"(?=\s*(?:[:\-–—!.,\])]|$))"   # what may follow a label
_KEYS = r"niv[åa]|varningsniv[åa]|level|urgency|br[åa]dskandegrad|f[äa]rg|kategori|varning"
_PRIO = r"prio(?:ritet|rity)?"
# Words that are a statement of urgency on their own at the start, whatever follows.
ALWAYS_RED_START = re.compile(r"^\s*(?:br[åa]dskande|urgent)\b", re.I)
CAPITALS_RED_START = re.compile(r"^\s*(?:AKUT|BRÅDSKANDE|URGENT)\b")


def _patterns(urgency: Urgency) -> list[re.Pattern[str]]:
    w, n = WORDS[urgency], PRIO_NUMBERS[urgency]
    return [re.compile(p, re.I) for p in (
        rf"[\[(]\s*(?:(?:{_PRIO}|{_KEYS})\s*[:=]?\s*)?(?:{w})\s*[\])]",   # [RÖD] (Prio: gul)
        rf"\b{_PRIO}\s*[:=]?\s*(?:{w}|{n})\b",                            # Prio: gul, Prio 1
        rf"\b(?:{_KEYS})\s*[:=]\s*(?:{w})\b",                              # Nivå: grön
        rf"^\s*(?:{w})(?:\s+(?:varning|warning|niv[åa]|level|prio))?{_END}",  # Röd: / RÖD -
    )]


PATTERNS: list[tuple[re.Pattern[str], Urgency]] = [
    (ALWAYS_RED_START, Urgency.RED),
    (CAPITALS_RED_START, Urgency.RED),
    *[(p, u) for u in (Urgency.RED, Urgency.YELLOW, Urgency.GREEN) for p in _patterns(u)],
    (re.compile(rf"^\s*(?:{WORDS[Urgency.GREEN]})\b", re.I), Urgency.GREEN),  # För kännedom ...
]

_PREFIX = re.compile(r"^\s*((re|sv|vb|fw|fwd|aw|vs|wg|tr)\s*:\s*)+", re.I)
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
