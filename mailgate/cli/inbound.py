"""`vsn inbound`: the inbound messages set aside for an operator, and what to do with them.

A message is set aside when its processing failed, ran past its time or ended with the
process [workers] max_attempts times (quarantined), or failed before quarantine existed
(failed). The listing names rows by id, date, size, attempts and reason class only, so
it can be pasted into a ticket: no sender, subject or body.
"""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable

from sqlmodel import Session, col, select

from mailgate.config.settings import Settings
from store.db import open_store, session
from store.inbound import SetAside, discard, reason_of, retry, set_aside
from store.models import InboundMail


def add_inbound_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    inbound = sub.add_parser("inbound", help="inbound messages set aside: list, retry, discard")
    isub = inbound.add_subparsers(dest="inbound_command", required=True)
    listing = isub.add_parser("list", help="messages set aside (or with --status, any)")
    listing.add_argument("--status", help="rows with this status instead (e.g. received)")
    listing.set_defaults(run=_list)
    again = isub.add_parser("retry", help="process set-aside messages again")
    again.add_argument("ids", nargs="+", type=int, help="row ids (`vsn inbound list`)")
    again.set_defaults(run=_act, act=retry, verb="queued again")
    drop = isub.add_parser("discard", help="delete set-aside messages for good (audited)")
    drop.add_argument("ids", nargs="+", type=int, help="row ids (`vsn inbound list`)")
    drop.set_defaults(run=_act, act=discard, verb="discarded")


def _list(args: argparse.Namespace, settings: Settings) -> int:
    with session(open_store(settings.store.url)) as s:
        rows = set_aside(s) if args.status is None else _with_status(s, args.status)
    print("id\treceived (UTC)\tbytes\tattempts\treason")
    for row in rows:
        print(f"{row.id}\t{row.received_at:%Y-%m-%d %H:%M}\t{row.size}\t{row.attempts}\t"
              f"{row.reason}")
    return 0


def _with_status(s: Session, status: str) -> list[SetAside]:
    stmt = select(InboundMail).where(col(InboundMail.status) == status).order_by(
        col(InboundMail.id))
    return [SetAside(r.id or 0, r.received_at, r.size, r.attempts,
                     reason_of(r.error) if r.error else "-") for r in s.exec(stmt)]


def _act(args: argparse.Namespace, settings: Settings) -> int:
    act: Callable[[Session, list[int], str], list[int]] = args.act
    with session(open_store(settings.store.url)) as s:
        done = act(s, args.ids, f"cli:{getpass.getuser()}")
    for row_id in done:
        print(f"inbound {row_id}: {args.verb}")
    missing = sorted(set(args.ids) - set(done))
    if missing:
        print(f"not set aside (see `vsn inbound list`): {', '.join(map(str, missing))}")
    return 0 if not missing else 1
