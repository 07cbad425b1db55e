"""What the family benches share: a sentence's target in `[[ ]]`, and the third of the texts
(`crc32 % 3 == 0`) kept out of tuning, whose figures each bench prints apart. A bench run as
a script (`python bench/pii/X.py`) finds this module beside it and, through it, the
checkout's scanner."""

from __future__ import annotations

import re
import sys
import zlib
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the checkout's mailgate, for every bench that imports this

MARK = re.compile(r"\[\[(.+?)\]\]", re.S)


def parsed(sentence: str) -> tuple[str, int, int]:
    """The text without its marks, and the target's start and end in it."""
    match = MARK.search(sentence)
    assert match, sentence
    text = sentence[: match.start()] + match.group(1) + sentence[match.end():]
    return text, match.start(), match.start() + len(match.group(1))


def kept_out(text: str) -> bool:
    """One text in three, by a fixed hash: never looked at while tuning."""
    return zlib.crc32(text.encode("utf-8")) % 3 == 0


def flagged(text: str, start: int, end: int) -> bool:
    """A finding that would be masked overlaps the target (ROOT on sys.path first)."""
    from mailgate.scan import publishable, scan

    return any(f.start < end and start < f.end for f in publishable(scan(text)))


def person_found(text: str, start: int, end: int) -> bool:
    """A PERSON finding covers the target (ROOT on sys.path first)."""
    from mailgate.scan import scan

    return any(f.type == "PERSON" and f.start <= start and f.end >= end for f in scan(text))


Rows = tuple[tuple[str, str], ...]  # (family, sentence with its target in [[ ]])
Judge = Callable[[str, int, int], bool]  # text, target's start and end: flagged, or found


def run_families(negatives: Rows, persons: Rows, found: Judge = person_found) -> int:
    """A family bench's whole run: the scanner warmed up as a worker's, then the report
    (`-v` on the command line lists each negative flagged and person missed)."""
    import sys

    from mailgate.scan import warm_up

    warm_up()
    report_families(negatives, persons, flagged, found, "-v" in sys.argv)
    return 0


def report_families(negatives: Rows, persons: Rows, flagged: Judge, found: Judge,
                    verbose: bool) -> None:
    """Each side's share flagged or found, tuned and kept out apart, per family."""
    tallies: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for side, rows, judge in (("negative", negatives, flagged), ("person", persons, found)):
        for family, sentence in rows:
            text, start, end = parsed(sentence)
            hit = judge(text, start, end)
            part = "kept out" if kept_out(text) else "tuned"
            for key in ((side, part, "all"), (side, part, family)):
                tallies[key][0] += hit
                tallies[key][1] += 1
            if verbose and hit == (side == "negative"):
                shown = text.replace("\n", " / ")
                print(f"  {side} {'FLAGGED' if hit else 'MISSED'} [{part}] {family}: {shown}")
    for side, word in (("negative", "flagged"), ("person", "found")):
        for part in ("tuned", "kept out"):
            hits, total = tallies[(side, part, "all")]
            families = "  ".join(f"{fam} {h}/{t}" for (s, p, fam), (h, t) in sorted(tallies.items())
                                 if s == side and p == part and fam != "all")
            print(f"{side:8} {part:8} {word} {hits}/{total} = {hits / total:.1%}  | {families}")
