"""`vsn events`: show, correct, retract or redact a published event from the server.

The same changes a moderator makes by reply (mailgate/publish/revise.py), for any event, by
a named moderator or admin (`--by`): checked the same way, audited the same way (a
Decision row, with the channel "cli"), and the actor gets the same confirmation mail.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlmodel import Session, col, select

from mailgate.config.settings import Settings
from mailgate.context import Context
from mailgate.moderate.corrections import audit_detail, staff, tell_actor
from mailgate.privacy import ref
from mailgate.publish.revise import Revision, event_findings, objection, revise
from mailgate.scan import mask
from store.db import engine_at, session
from store.models import Decision, Event
from store.queries import lock_row
from store.status import UpdateKind

# The audit action of each subcommand, as the reply commands name theirs.
ACTIONS = {"correct": "correct", "retract": "retract", "redact": "redact"}


def add_event_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    events = sub.add_parser("events", help="show, correct, retract or redact a published "
                                           "event")
    esub = events.add_subparsers(dest="events_command", required=True)
    show = esub.add_parser("show", help="the event's text with its findings numbered")
    show.add_argument("reference")
    show.set_defaults(run=_show)
    correct = esub.add_parser("correct", help="replace the event's text everywhere")
    correct.add_argument("reference")
    correct.add_argument("--text-file", required=True, type=Path,
                         help="the new text (UTF-8); '-' reads stdin")
    correct.add_argument("--title", help="a new title")
    correct.add_argument("--note", default="", help="a short note shown with the correction")
    correct.add_argument("--keep", type=int, action="append", default=[],
                         help="a finding in the new text that is not personal data")
    retract = esub.add_parser("retract", help="withdraw the event")
    retract.add_argument("reference")
    retract.add_argument("--reason", required=True)
    redact = esub.add_parser("redact", help="mask findings of the published text "
                                           "(numbers as `vsn events show` prints them)")
    redact.add_argument("reference")
    redact.add_argument("--finding", type=int, action="append", required=True)
    for one in (correct, retract, redact):
        one.add_argument("--by", required=True,
                         help="the moderator or admin who decided this (audited, confirmed)")
        one.set_defaults(run=_change)


def _show(args: argparse.Namespace, settings: Settings) -> int:
    with engine_at(settings.store.url, schema=True) as engine, session(engine) as s:
        event = _event(s, args.reference)
        if event is None:
            return 1
        found = event_findings(event)
        print(f"{event.reference} ({event.status}): {event.title}\n")
        print(mask(event.text, found, numbered=True))
        for number, f in enumerate(found, start=1):
            print(f"[{number}] {f.type}: {f.text}")
    return 0


def _change(args: argparse.Namespace, settings: Settings) -> int:
    ctx = Context(settings)
    actor = args.by.strip().lower()
    if actor not in staff(ctx):
        print(f"vsn: {args.by} is neither a moderator nor an admin", file=sys.stderr)
        return 2
    revision = _revision(args)
    with engine_at(settings.store.url, schema=True) as engine, session(engine) as s:
        event = _event(s, args.reference, lock=True)
        if event is None:
            return 1
        problem = objection(event, revision)
        if problem is not None:
            print(f"vsn: not done, nothing changed: {problem.problem} {problem.detail}",
                  file=sys.stderr)
            for number, f in enumerate(problem.findings, start=1):
                print(f"  [{number}] {f.type}: {f.text}", file=sys.stderr)
            return 1
        revised = revise(s, ctx, event, revision, actor)
        tell_actor(s, ctx, event, revised, actor)
        detail = audit_detail(event, revised, "cli")
        s.add(Decision(report_id=event.report_id, actor=ref(actor),
                       action=ACTIONS[args.events_command], detail=detail, accepted=True))
    print(f"{args.reference}: {detail}")
    return 0


def _revision(args: argparse.Namespace) -> Revision:
    if args.events_command == "retract":
        return Revision(UpdateKind.RETRACTION, note=args.reason)
    if args.events_command == "redact":
        return Revision(UpdateKind.CORRECTION, redact=tuple(args.finding))
    path: Path = args.text_file
    text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    return Revision(UpdateKind.CORRECTION, note=args.note, text=text.strip(),
                    title=args.title, keep=tuple(args.keep))


def _event(s: Session, reference: str, *, lock: bool = False) -> Event | None:
    found = s.exec(select(Event).where(col(Event.reference) == reference.strip())).first()
    if found is not None and found.id is not None and lock:  # as a reply would: one wins
        found = lock_row(s, Event, found.id)
    if found is None:
        print(f"vsn: no published event {reference}", file=sys.stderr)
    return found
