"""Whole names masked whole: a person found by one part of the name (`Bror [NAMN]`,
`[NAMN] Bou Saab`, `LINDGREN, [NAMN]`) leaves the rest for every member to read.

    python bench/pii/name_spans.py [--show]

The cases (name_spans.txt) mark each person `[[...]]` and each word beside one that must
stay readable `{{...}}`. A person counts as masked when masks cover nine tenths of the
name's letters and digits (evaluate.masked_whole, run.py's "masked"), a word as flagged when
any mask touches it.
A third of the cases (`crc32(text) % 3 == 0`) is kept out of tuning and printed apart.
"""

from __future__ import annotations

import argparse
import re
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from evaluate import masked_whole  # noqa: E402

from mailgate.scan import publishable, scan, warm_up  # noqa: E402
from mailgate.scan.finding import Finding  # noqa: E402

CASES = Path(__file__).with_name("name_spans.txt")
_MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}", re.S)


@dataclass
class Case:
    text: str
    persons: list[tuple[int, int]] = field(default_factory=list)
    words: list[tuple[int, int]] = field(default_factory=list)

    @property
    def kept_out(self) -> bool:
        return zlib.crc32(self.text.encode("utf-8")) % 3 == 0


def parse(block: str) -> Case:
    """A case's text without its marks, and where each marked stretch stands in it."""
    case = Case("")
    out, at = [], 0
    for m in _MARK.finditer(block):
        out.append(block[at:m.start()])
        start = sum(map(len, out))
        inner = m.group(1) or m.group(2)
        out.append(inner)
        (case.persons if m.group(1) else case.words).append((start, start + len(inner)))
        at = m.end()
    out.append(block[at:])
    case.text = "".join(out)
    return case


def cases() -> list[Case]:
    lines = [ln for ln in CASES.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    blocks = "\n".join(lines).replace("⏎", "\n").split("\n\n")
    return [parse(b.strip("\n")) for b in blocks if b.strip()]


def touched(span: tuple[int, int], masks: list[Finding]) -> bool:
    return any(f.start < span[1] and span[0] < f.end for f in masks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print each case that fails")
    args = parser.parse_args()
    warm_up()
    tally = {False: [0, 0, 0, 0], True: [0, 0, 0, 0]}  # masked, persons, flagged, words
    for case in cases():
        masks = publishable(scan(case.text))
        row = tally[case.kept_out]
        bad = []
        for span in case.persons:
            row[1] += 1
            if masked_whole(case.text, *span, masks):
                row[0] += 1
            else:
                bad.append("part shown: " + case.text[span[0]:span[1]])
        for span in case.words:
            row[3] += 1
            if touched(span, masks):
                row[2] += 1
                bad.append("flagged: " + case.text[span[0]:span[1]])
        if args.show and bad and not case.kept_out:
            shown = " | ".join(f.text for f in masks)
            print(f"- {case.text!r}\n    {'; '.join(bad)}  [masks: {shown}]")
    for kept, label in ((False, "tuned"), (True, "kept out")):
        masked, persons, flagged, words = tally[kept]
        whole, beside = masked / max(1, persons), flagged / max(1, words)
        print(f"{label:8s}  persons masked whole {masked}/{persons} = {whole:.1%}"
              f"   words beside flagged {flagged}/{words} = {beside:.1%}")


if __name__ == "__main__":
    main()
