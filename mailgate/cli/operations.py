"""Operator subcommands: the database schema, ingest, inbound and outbox queues."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sqlmodel import col, select

from mailgate.cli.describe import describe
from mailgate.cli.inbound import add_inbound_commands
from mailgate.config.settings import Settings
from mailgate.receive.spool import Envelope
from mailgate.service.app import Service
from store.db import engine_at, migrate, open_store, schema_state, session
from store.models import InboundMail, Outbox
from store.status import InboundStatus, OutboxStatus


def add_operator_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    db = sub.add_parser("db", help="the database schema (migrations)")
    dsub = db.add_subparsers(dest="db_command", required=True)
    dsub.add_parser("upgrade", help="create, adopt or upgrade the schema to the newest "
                    "revision").set_defaults(run=_db_upgrade)
    dsub.add_parser("current", help="the schema revision of the database").set_defaults(
        run=_db_current)

    ingest = sub.add_parser("ingest", help="feed .eml files through the intake path")
    ingest.add_argument("files", nargs="+", help=".eml files ('-' for stdin)")
    ingest.add_argument("--dry-run", action="store_true", help="store nothing; show the reading")
    ingest.add_argument("--json", action="store_true", help="one JSON object per file")
    ingest.set_defaults(run=_ingest)

    add_inbound_commands(sub)
    for name, model in (("outbox", Outbox),):
        queue = sub.add_parser(name, help=f"inspect and retry the {name} queue")
        qsub = queue.add_subparsers(dest=f"{name}_command", required=True)
        ql = qsub.add_parser("list")
        ql.add_argument("--status", help="only rows with this status (e.g. failed)")
        ql.set_defaults(run=_queue_list, model=model)
        qr = qsub.add_parser("retry", help="put failed rows back in the queue")
        qr.add_argument("ids", nargs="*", type=int, help="row ids (default: all failed)")
        qr.set_defaults(run=_queue_retry, model=model)


def _db_upgrade(args: argparse.Namespace, settings: Settings) -> int:
    with engine_at(settings.store.url) as engine:
        changes = migrate(engine)
    print("\n".join(changes) if changes else "the schema is up to date")
    return 0


def _db_current(args: argparse.Namespace, settings: Settings) -> int:
    with engine_at(settings.store.url) as engine:
        found = schema_state(engine)
    if found.current is None:
        state = "made before migrations (`vsn db upgrade` adopts it)" if found.tables \
            else "empty"
    else:
        state = "up to date" if not found.behind else "behind (`vsn db upgrade`)"
    print(f"revision {found.current or '-'}, newest {found.head}: {state}")
    return 0


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    if args.dry_run:
        for name in args.files:
            result = describe(read_file(name), settings, name)
            print(json.dumps(result, ensure_ascii=False) if args.json else _summary(result))
        return 0
    from mailgate.cli.describe import envelope_of
    from mailgate.parse import parse

    service = Service(settings)
    service.start(smtp=False, threads=False)
    try:
        for name in args.files:
            raw = read_file(name)
            env = envelope_of(parse(raw, domain=settings.gateway.domain), settings)
            row_id = service.spool.store(Envelope(env.mail_from, env.rcpt_tos, peer="ingest",
                                                  raw=raw, source="ingest"))
            print(json.dumps({"file": name, "inbound_id": row_id}) if args.json
                  else f"{name}: stored as inbound {row_id}")
        service.workers.run_until_idle()
    finally:
        service.stop()
    return 0


def read_file(path: str) -> bytes:
    return sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()


def _summary(result: dict[str, object]) -> str:
    return (f"{result['file']}: {result['kind']} from {result['sender'] or '?'} "
            f"subject={result['subject']!r} urgency={result['urgency']} "
            f"defects={result['defects']}")


def _queue_list(args: argparse.Namespace, settings: Settings) -> int:
    engine = open_store(settings.store.url)
    model = args.model
    with session(engine) as s:
        stmt = select(model).order_by(col(model.id))
        if args.status:
            stmt = stmt.where(col(model.status) == args.status)
        for row in s.exec(stmt):
            extra = row.kind or "-"
            print(f"{row.id}\t{row.status}\t{extra}\tattempts={row.attempts}\t"
                  f"{(row.error if model is InboundMail else row.last_error) or ''}")
    return 0


def _queue_retry(args: argparse.Namespace, settings: Settings) -> int:
    engine = open_store(settings.store.url)
    model = args.model
    failed, fresh = ((InboundStatus.FAILED, InboundStatus.RECEIVED) if model is InboundMail
                     else (OutboxStatus.FAILED, OutboxStatus.QUEUED))
    with session(engine) as s:
        stmt = select(model).where(col(model.status) == failed)
        if args.ids:
            stmt = stmt.where(col(model.id).in_(args.ids))
        rows = list(s.exec(stmt))
        for row in rows:
            row.status = fresh
            s.add(row)
    print(f"{len(rows)} rows queued again")
    return 0
