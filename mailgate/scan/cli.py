"""`vsn scan [FILE]`: print the findings and the masked text; `--json`; `--jsonl` batches."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import IO, Any

from mailgate.scan import scan, warm_up
from mailgate.scan.finding import Finding
from mailgate.scan.redact import mask, publishable


def add_command(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register `scan` on the `vsn` command line."""
    parser = subparsers.add_parser(
        "scan", help="find personal data in a text and show the masked text",
        description="Find personal data in FILE (stdin when omitted) and print the masked text.",
    )
    parser.add_argument("file", nargs="?", help="text file to scan (default: stdin)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help='print {"findings": [...], "masked"}')
    mode.add_argument(
        "--jsonl", action="store_true",
        help='read {"id", "text"} lines from stdin, write {"id", "findings"} lines',
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    warm_up()  # a long file scans faster with the word lists frozen (see warm_up)
    if args.jsonl:
        return run_jsonl(sys.stdin, sys.stdout)
    text = _read(args.file)
    findings = scan(text)
    if args.json:
        payload = {"findings": [_as_dict(f) for f in findings], "masked": mask(text, findings)}
        json.dump(payload, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(_as_table(findings) + "\n\n" + mask(text, findings, numbered=True) + "\n")
    return 0


def run_jsonl(lines: Iterable[str], out: IO[str]) -> int:
    """One JSON object per input line; a bad line is answered with an error, not a crash."""
    status = 0
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            reply: dict[str, Any] = {
                "id": item.get("id"),
                "findings": [_as_dict(f) for f in scan(str(item["text"]))],
            }
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            reply, status = {"line": n, "error": type(exc).__name__}, 1
        out.write(json.dumps(reply, ensure_ascii=False) + "\n")
    return status


def _read(path: str | None) -> str:
    if path is None or path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as f:
        return f.read()


def _as_dict(f: Finding) -> dict[str, Any]:
    return {"type": f.type, "start": f.start, "end": f.end, "score": f.score, "text": f.text}


def _as_table(findings: list[Finding]) -> str:
    numbers = {(f.start, f.end): n for n, f in enumerate(publishable(findings), start=1)}
    rows = [
        f"{numbers.get((f.start, f.end), '-'):>3}  {f.type:<14} {f.score:.2f}  "
        f"{f.start}-{f.end}  {f.text!r}"
        for f in findings
    ]
    return "\n".join(rows) if rows else "no personal data found"
