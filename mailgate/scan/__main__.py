"""`python -m mailgate.scan [FILE] [--json | --jsonl]`, until `vsn scan` is wired."""

from __future__ import annotations

import argparse
import sys

from mailgate.scan.cli import add_command


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mailgate.scan")
    sub = parser.add_subparsers(dest="command")
    add_command(sub)
    args = parser.parse_args(["scan", *(sys.argv[1:] if argv is None else argv)])
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
