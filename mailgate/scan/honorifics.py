"""A title written before a name belongs to the masked name: `Dr. [NAMN]` leaves less than
`Dr. Kaveh [NAMN]`, and `DJ Saga Lind` or `Mrs. Eriksdotter` read as one name.

Run on the resolved findings, after every recognizer, so the title never becomes a name word
that is looked for elsewhere in the text (`Dr` alone stays unmasked).
"""

from __future__ import annotations

import dataclasses
import re

from mailgate.scan.finding import Finding

# Titles written capitalised right before a name, with or without a full stop.
TITLES = ("Dr", "Mrs", "Mr", "Ms", "Mx", "Miss", "Prof", "Professor", "DJ", "Doktor", "Fru",
          "Herr", "Sir", "Dame")
_BEFORE = re.compile(r"(?<![\w.])(?:" + "|".join(TITLES) + r")\.?[ \t]$")
_REACH = max(len(t) for t in TITLES) + 3  # the title, its full stop, a space, a word edge


def with_titles(text: str, findings: list[Finding]) -> list[Finding]:
    """`findings` with each PERSON that a title precedes widened to take the title in."""
    out = []
    for f in findings:
        m = _BEFORE.search(text, max(0, f.start - _REACH), f.start) if f.type == "PERSON" else None
        if m is None:
            out.append(f)
        else:
            start = m.start()
            out.append(dataclasses.replace(f, start=start, text=text[start : f.end]))
    return out
