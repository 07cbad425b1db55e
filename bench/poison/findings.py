"""Every finding over the texts speed work is checked on, to prove a change changes none.

    python -m bench.poison.findings record BEFORE.json   # on the code before a change
    python -m bench.poison.findings record AFTER.json    # on the code after it
    python -m bench.poison.findings compare BEFORE.json AFTER.json

The texts: tests/scan/kit.py's `sample_texts()` (the team corpus and the dev halves of the
other corpora, the same joined 40 at a time, lines dense with names and numbers) and the
poison bench's dense and plain texts in several sizes, some long enough to be cut into
pieces. Never a holdout: those are kept for honest measurement. Each finding is recorded
as its type, start, end, score (3 decimals) and recognizer.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# After the installed packages: run from elsewhere, an installed (compiled) scanner is the one
# recorded (scripts/check-compiled.sh); in the checkout the editable install is this tree.
sys.path.append(str(ROOT))
sys.path.append(str(ROOT / "tests"))

Row = list[list[object]]


def texts() -> list[str]:
    from scan.kit import sample_texts

    from bench.poison.dense import dense_text, plain_text

    return [*sample_texts(), dense_text(1_000_000), plain_text(300_000),
            dense_text(60_000, seed=3), plain_text(120_000, seed=5)]


def record(path: Path) -> None:
    from mailgate.scan import scan, warm_up

    warm_up()
    rows = [[[f.type, f.start, f.end, round(f.score, 3), f.recognizer] for f in scan(text)]
            for text in texts()]
    path.write_text(json.dumps(rows), encoding="utf-8")
    print(f"{len(rows)} texts, {sum(map(len, rows))} findings -> {path}")


def compare(before: Path, after: Path) -> int:
    a: list[Row] = json.loads(before.read_text(encoding="utf-8"))
    b: list[Row] = json.loads(after.read_text(encoding="utf-8"))
    if len(a) != len(b):
        print(f"different texts: {len(a)} and {len(b)}")
        return 1
    differ = 0
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        if x != y:
            differ += 1
            only_x = [f for f in x if f not in y][:5]
            only_y = [f for f in y if f not in x][:5]
            print(f"text {i}: only before {only_x}, only after {only_y}")
    print(f"{differ} of {len(a)} texts differ")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("record").add_argument("out", type=Path)
    both = sub.add_parser("compare")
    both.add_argument("before", type=Path)
    both.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "record":
        record(args.out)
        return 0
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
