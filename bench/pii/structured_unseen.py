"""A second catalogue of structured identifiers and their look-alikes, written before any
tuning on it: recall per kind and the share of look-alikes flagged.

    python bench/pii/structured_unseen.py [--show] [--part tuned|kept|all]

structured_formats.py was tuned on; this catalogue (structured_unseen.txt, same `KIND | text`
lines, values between ⟦ and ⟧) was written in other voices (ambulance logs, CSV exports,
forwarded SMS, OCR'd letters, German, Polish and English writers, server logs) to see what
that tuning did not reach. A third of the cases (`crc32(line) % 3 == 0`) is kept out of
tuning and printed apart. Beside structured_formats' generators it knows a few more OCR
slips for personnummer (`ocrI` 1→I, `ocrB` 8→B, `ocrS` 5→S), `lower` for every IBAN, and
`\\uXXXX` escapes in the text (a no-break space, a soft hyphen). ALL counts only the
structured kinds; dates of birth and addresses are printed per kind.
"""

from __future__ import annotations

import argparse
import re
import sys
import zlib
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from structured_formats import TOKEN, VALUE, Values, judge, kept_out

from mailgate.scan import warm_up

CATALOGUE = Path(__file__).with_name("structured_unseen.txt")
STRUCTURED = ("ID_NUMBER", "PHONE", "EMAIL", "IBAN", "IP", "PLATE")
ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
SLIPS = {"ocrI": str.maketrans({"1": "I"}), "ocrB": str.maketrans({"8": "B"}),
         "ocrS": str.maketrans({"5": "S"})}


class MoreValues(Values):
    """structured_formats' values with the extra flags above."""

    def pnr(self, spec: str) -> str:
        out = super().pnr(spec)
        for flag in spec.split("|")[1:]:
            out = out.translate(SLIPS[flag]) if flag in SLIPS else out
        return out

    def iban(self, spec: str) -> str:
        out = super().iban(spec)
        return out.lower() if "lower" in spec.split("|") else out


def cases() -> list[tuple[str, str, str]]:
    """(kind, section, catalogue line) for every case."""
    out, section = [], ""
    for line in CATALOGUE.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        elif line.strip() and not line.startswith("#"):
            out.append((line.split(" | ", 1)[0].strip(), section, line))
    return out


def rendered(line: str) -> tuple[str, list[tuple[int, int]]]:
    """The case's text and the spans of its values."""
    values = MoreValues(zlib.crc32(line.encode("utf-8")))
    makers: dict[str, Callable[[str], str]] = {
        "pnr": values.pnr, "iban": values.iban, "plate": values.plate, "org": values.org,
        "hetu": values.hetu, "cpr": values.cpr, "fnr": values.fnr, "pesel": values.pesel}
    body = line.split(" | ", 1)[1].replace("\\n", "\n").replace("\\t", "\t")
    body = ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), body)
    body = TOKEN.sub(lambda m: makers[m.group(1)](m.group(2) or ""), body)
    text, spans, last = "", [], 0
    for m in VALUE.finditer(body):
        text += body[last:m.start()]
        spans.append((len(text), len(text) + len(m.group(1))))
        text += m.group(1)
        last = m.end()
    return text + body[last:], spans


def _group(kind: str) -> str:
    return "NEG" if kind == "NEG" else "ALL" if kind in STRUCTURED else kind


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list misses and flagged look-alikes")
    parser.add_argument("--part", choices=("tuned", "kept", "all"), default="all",
                        help="which cases --show lists")
    args = parser.parse_args()
    warm_up()
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for kind, section, line in cases():
        part = "kept" if kept_out(line) else "tuned"
        text, spans = rendered(line)
        for found, whole, said in judge(kind, text, spans):
            for key in {(kind, part), (_group(kind), part)}:
                tally[key][0] += found
                tally[key][1] += whole
                tally[key][2] += 1
            bad = found if kind == "NEG" else not (found and whole)
            if args.show and bad and args.part in (part, "all"):
                print(f"[{part}] {kind} {section}: {text!r} -> {said}")
    print(f"{'kind':13} {'part':6} {'found':>12} {'covered':>12}")
    for (kind, part), (found, whole, total) in sorted(tally.items()):
        label = "flagged" if kind == "NEG" else "found"
        print(f"{kind:13} {part:6} {found:4}/{total:<4} {found / total:6.1%} "
              f"{whole:4}/{total:<4} {whole / total:6.1%}  ({label})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
