"""`vsn members ...` and `vsn digest ...`: members from CSV, and the digest before it goes.

These need only the store and the digest layer, so they do not load the scanner."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import timedelta
from pathlib import Path

from digest.compose.bulk import Personal, Stencil
from digest.weekly.items import week_items
from digest.weekly.run import digest_draft, run_week
from digest.weekly.week import Week, due_week
from mailgate.config.mailing import mailing, weekly_at
from mailgate.config.settings import Settings
from mailgate.context import Context
from mailgate.members.roster import (
    COLUMNS,
    add_member,
    export_csv,
    import_csv,
    list_members,
    remove_member,
)
from store import db as store_db
from store.db import session
from store.queries import member_by_email, noticed_pairs
from store.types import utcnow

SubParsers = argparse._SubParsersAction


def add_member_commands(sub: SubParsers) -> None:  # type: ignore[type-arg]
    members = sub.add_parser("members", help="manage members")
    msub = members.add_subparsers(dest="members_command", required=True)
    imp = msub.add_parser("import", help="import members from CSV (" + ",".join(COLUMNS) + ")")
    imp.add_argument("file")
    imp.set_defaults(run=_import)
    exp = msub.add_parser("export", help="write all members as CSV")
    exp.add_argument("file", nargs="?", default="-", help="output file (default: stdout)")
    exp.set_defaults(run=_export)
    add = msub.add_parser("add", help="add one member (or bring back one who left)")
    add.add_argument("email")
    for column in COLUMNS[1:]:
        add.add_argument(f"--{column.replace('_', '-')}", dest=column, default="")
    add.set_defaults(run=_add)
    rem = msub.add_parser("remove", help="end a membership (the member gets no more mail)")
    rem.add_argument("email")
    rem.set_defaults(run=_remove)
    lst = msub.add_parser("list", help="list members")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=_list)


def add_digest_commands(sub: SubParsers) -> None:  # type: ignore[type-arg]
    digest = sub.add_parser("digest", help="the weekly digest")
    dsub = digest.add_subparsers(dest="digest_command", required=True)
    prev = dsub.add_parser("preview", help="write the digest out for a look before sending")
    prev.add_argument("--week", help="ISO week, e.g. 2026-W48 (default: the next digest's)")
    prev.add_argument("--member", help="as this member sees it (items sent as notices)")
    prev.add_argument("--out", default="var/digest-preview", help="folder for .txt/.html/.eml")
    prev.set_defaults(run=_preview)
    send = dsub.add_parser("send", help="queue a week's digest now (each member gets one)")
    send.add_argument("--week", help="ISO week (default: the one due now)")
    send.set_defaults(run=_send)


def _import(args: argparse.Namespace, settings: Settings) -> int:
    with session(store_db.open_store(settings.store.url)) as s:
        result = import_csv(s, Path(args.file).read_text(encoding="utf-8-sig"))
    print(f"{result.added} members added")
    for email in result.duplicates:
        print(f"already a member, not added again: {email}", file=sys.stderr)
    for error in result.errors:
        print(f"{args.file}: {error}", file=sys.stderr)
    return 1 if result.errors else 0


def _export(args: argparse.Namespace, settings: Settings) -> int:
    with session(store_db.open_store(settings.store.url)) as s:
        text = export_csv(s)
    if args.file == "-":
        sys.stdout.write(text)
    else:
        Path(args.file).write_text(text, encoding="utf-8")
    return 0


def _add(args: argparse.Namespace, settings: Settings) -> int:
    fields = {c: getattr(args, c) for c in COLUMNS[1:]} | {"email": args.email}
    with session(store_db.open_store(settings.store.url)) as s:
        problem, member = add_member(s, fields)
    if member is None:
        print(f"vsn: not added: {problem}", file=sys.stderr)
        return 1
    print(f"added {member.email}")
    return 0


def _remove(args: argparse.Namespace, settings: Settings) -> int:
    with session(store_db.open_store(settings.store.url)) as s:
        removed = remove_member(s, args.email)
    print("removed" if removed else "vsn: no active member with that address",
          file=sys.stdout if removed else sys.stderr)
    return 0 if removed else 1


def _list(args: argparse.Namespace, settings: Settings) -> int:
    with session(store_db.open_store(settings.store.url)) as s:
        for m in list_members(s):
            row = {"email": m.email, "name": m.name, "organisation": m.organisation,
                   "org_type": m.org_type, "role": m.role, "region": m.region,
                   "status": m.status}
            print(json.dumps(row, ensure_ascii=False) if args.json else
                  "\t".join(str(v) for v in row.values()))
    return 0


def _week(label: str | None, settings: Settings, *, upcoming: bool) -> Week:
    if label:
        return Week.parse(label)
    # The digest due a week from now covers the week the next run will send.
    now = utcnow() + (timedelta(days=7) if upcoming else timedelta())
    return due_week(now, weekly_at(settings))


def _preview(args: argparse.Namespace, settings: Settings) -> int:
    week = _week(args.week, settings, upcoming=True)
    zone, ctx = settings.digest.timezone, Context(settings)
    with session(store_db.open_store(settings.store.url)) as s:
        items = week_items(s, week, zone)
        member = member_by_email(s, args.member) if args.member else None
        pairs = noticed_pairs(s, [i.event_id for i in items]) if member else set()
    if args.member and member is None:
        print("vsn: no member with that address", file=sys.stderr)
        return 1
    if not items:
        print(f"nothing new in {week.label}: no digest would be sent")
        return 0
    noticed = frozenset(e for e, m in pairs if member is not None and m == member.id)
    draft = digest_draft(ctx.identity, week, zone, items, noticed)
    to = member.email if member else f"medlem@{settings.gateway.domain}"
    raw = Stencil(ctx.identity, draft).render(Personal(to, None, mailing(ctx).reply(
        "leave", "preview")))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    stem = out / f"digest-{week.label}" if member is None else \
        out / f"digest-{week.label}-member{member.id}"
    for suffix, data in ((".txt", draft.text.encode()), (".html", (draft.html or "").encode()),
                         (".eml", raw)):
        stem.with_suffix(suffix).write_bytes(data)
        print(stem.with_suffix(suffix))
    print(f"{week.label}: {len(items)} items; subject: {draft.subject}")
    return 0


def _send(args: argparse.Namespace, settings: Settings) -> int:
    week = _week(args.week, settings, upcoming=False)
    ctx = Context(settings)
    engine = store_db.open_store(settings.store.url)
    result = run_week(engine, mailing(ctx), week, settings.digest.timezone,
                      token_days=settings.members.token_days)
    print(f"{result.week}: {result.items} items, {result.queued} digests queued")
    return 0
