"""`vsn block add|list|remove`: the sender and domain block list (store/blocks.py).

Mail from a blocked address or domain (From or envelope sender; a domain covers its
subdomains) is recorded as `blocked` at triage: never reviewed, never answered.
"""

from __future__ import annotations

import argparse
import sys

from mailgate.config.settings import Settings
from store import blocks
from store.db import open_store, session


def add_block_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    block = sub.add_parser("block", help="the sender and domain block list")
    bsub = block.add_subparsers(dest="block_command", required=True)
    add = bsub.add_parser("add", help="block an address (a@b.example) or a domain (b.example)")
    add.add_argument("pattern")
    add.add_argument("--note", default="", help="why, for the next operator")
    add.set_defaults(run=_add)
    bsub.add_parser("list", help="what is blocked").set_defaults(run=_list)
    remove = bsub.add_parser("remove", help="unblock an address or a domain")
    remove.add_argument("pattern")
    remove.set_defaults(run=_remove)


def _add(args: argparse.Namespace, settings: Settings) -> int:
    try:
        pattern = blocks.normalise(args.pattern)
    except blocks.BadPattern as exc:
        print(f"vsn: {exc}", file=sys.stderr)
        return 2
    with session(open_store(settings.store.url)) as s:
        added = blocks.add(s, pattern, args.note)
    print(f"{pattern}: {'blocked' if added else 'already blocked'}")
    return 0


def _list(args: argparse.Namespace, settings: Settings) -> int:
    with session(open_store(settings.store.url)) as s:
        for row in blocks.listed(s):
            print(f"{row.pattern}\t{row.created_at:%Y-%m-%d %H:%M}\t{row.note}")
    return 0


def _remove(args: argparse.Namespace, settings: Settings) -> int:
    try:
        with session(open_store(settings.store.url)) as s:
            removed = blocks.remove(s, args.pattern)
    except blocks.BadPattern as exc:
        print(f"vsn: {exc}", file=sys.stderr)
        return 2
    print(f"{args.pattern}: {'removed' if removed else 'was not blocked'}")
    return 0 if removed else 1
