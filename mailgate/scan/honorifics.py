"""A title written before a name belongs to the masked name: `Dr. [NAMN]` leaves less than
`Dr. Kaveh [NAMN]`, and `DJ Saga Lind` or `Mrs. Eriksdotter` read as one name.

Run on the resolved findings, after every recognizer, so the title never becomes a name word
that is looked for elsewhere in the text (`Dr` alone stays unmasked).
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.finding import Finding, made

# Titles written capitalised right before a name, with or without a full stop.
TITLES: Final = ("Dr", "Mrs", "Mr", "Ms", "Mx", "Miss", "Prof", "Professor", "DJ", "Doktor", "Fru",
                 "Herr", "Sir", "Dame")


def _title_pattern(titles: tuple[str, ...]) -> re.Pattern[str]:
    r"""`(?<![\w.])(?:Dr|Mrs|...)\.?[ \t]`, written first-letter-first (`[DM...]`, then each
    letter's rests) so the search skips ahead to those letters: 6x faster over a dense MB."""
    heads = sorted({t[0] for t in titles})
    rests = "|".join(
        f"(?<={h})(?:" + "|".join(sorted((t[1:] for t in titles if t[0] == h), key=len,
                                         reverse=True)) + ")" for h in heads)
    cls = "[" + "".join(heads) + "]"
    return re.compile(cls + r"(?<![\w.]" + cls + ")(?:" + rests + r")\.?[ \t]")


_TITLE: Final = _title_pattern(TITLES)


def with_titles(text: str, findings: list[Finding]) -> list[Finding]:
    """`findings` with each PERSON that a title precedes widened to take the title in."""
    # Titles are rare: find them once, then each finding asks whether one ends at its start.
    titles = {m.end(): m.start() for m in _TITLE.finditer(text)}
    if not titles:
        return findings
    out = []
    for f in findings:
        start = titles.get(f.start) if f.type == "PERSON" else None
        if start is None:
            out.append(f)
        else:
            out.append(made(f.type, start, f.end, f.score, f.recognizer, text[start : f.end]))
    return out
