"""The weekly digest for 10,000 members and 30 events of the week, delivered to smtp-sink.

    .venv/bin/python bench/digest/run.py [--members 10000] [--events 30] [--connections 4]

The store is seeded as a real week leaves it: 30 events (red, yellow, green), the notices
members already got for them as sent outbox rows (so each digest marks those), members
with their own tier choices. `vsn serve` runs with delivery to Postfix's smtp-sink; the
week's run (digest.weekly.run_week, what the scheduler calls) is timed from its start until
the last digest is marked sent after the sink's 250. Anchor: a plain smtplib loop sending
as many prebuilt messages of a digest's size over the same number of connections.

Goal: <= 15 s. Machines here are noisy: read the figures of one run together.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import Sink, count, plain_loop, seed_members, serve, settle, temp_config

from digest.compose.bulk import Personal, Stencil
from digest.weekly.items import week_items
from digest.weekly.run import digest_draft, run_week
from digest.weekly.week import Week, due_week
from mailgate.config.mailing import mailing, weekly_at
from mailgate.config.settings import Settings, load
from mailgate.context import Context
from store.bulk import insert_many
from store.db import open_store, session
from store.models import Event, InboundMail, Outbox, Report
from store.types import utcnow

URGENCIES = ("red", "yellow", "green")
TEXT = ("Blå tabletter märkta M30 som säljs som oxykodon innehåller fentanyl. Flera "
        "förgiftningar har rapporterats. Var särskilt uppmärksam på personer som inte "
        "använder opioider regelbundet. Naloxon ska finnas tillgängligt. ")


def choices(i: int) -> dict[str, bool]:
    rnd = random.Random(i)
    found: dict[str, bool] = {}
    if rnd.random() < 0.2:
        found["yellow"] = False
    if rnd.random() < 0.1:
        found["green"] = True
    return found


def seed_week(config: Path, week: Week, events: int, members: int) -> None:
    """The week's events, and a sent notice row per member who got each one at once."""
    settings = load(config)
    engine = open_store(settings.store.url)
    start, _ = week.bounds(settings.digest.timezone)
    with session(engine) as s:
        for n in range(events):
            urgency = URGENCIES[n % 3]
            event_id = _event(s, n, urgency, start + timedelta(hours=4 * n + 1))
            wanted = [m for m in range(1, members + 1)
                      if urgency == "red" or choices(m - 1).get(urgency, urgency == "yellow")]
            insert_many(s, Outbox.__table__, {  # type: ignore[attr-defined]
                "created_at": utcnow(), "next_attempt_at": utcnow(), "status": "sent",
                "attempts": 1, "kind": "notice", "mail_from": "", "raw": b"x"},
                ("rcpt", "dedupe_key"), [(f"m{m}", f"notice:{event_id}:{m}") for m in wanted])
    engine.dispose()


def _event(s: object, n: int, urgency: str, at: object) -> int:
    from sqlmodel import Session

    assert isinstance(s, Session)
    inbound = InboundMail(raw=b"x", sha256=f"seed{n}", status="done")
    s.add(inbound)
    s.flush()
    report = Report(reference=f"2026-{n + 1:04d}", inbound_id=inbound.id or 0,
                    sender="a@b.example.se", urgency=urgency, status="published")
    s.add(report)
    s.flush()
    event = Event(report_id=report.id or 0, reference=report.reference,
                  title=f"Varning {n + 1}: fentanyl i falska tabletter", text=TEXT * 3,
                  urgency=urgency, region="Skåne", published_at=at, verified=n % 2 == 0)
    s.add(event)
    s.flush()
    return event.id or 0


def digest_sized(settings: Settings, week: Week, n: int) -> list[tuple[str, bytes]]:
    """n prebuilt messages as large as the digest a member with red notices gets."""
    engine = open_store(settings.store.url)
    with session(engine) as s:
        items = week_items(s, week, settings.digest.timezone)
    engine.dispose()
    identity = Context(settings).identity
    red = frozenset(i.event_id for i in items if i.urgency == "red")
    stencil = Stencil(identity, digest_draft(identity, week, settings.digest.timezone, items,
                                             red))
    return [(f"ankare{i}@kommun{i % 290}.example.se",
             stencil.render(Personal(f"ankare{i}@kommun{i % 290}.example.se", None,
                                     f"vsn+leave-{i:026d}@vsn.example.se"))) for i in range(n)]


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--members", type=int, default=10_000)
    args.add_argument("--events", type=int, default=30)
    args.add_argument("--connections", type=int, default=4)
    opts = args.parse_args()
    extra = "[digest]\nenabled = false\n"   # the bench runs the week itself, once
    with temp_config(connections=opts.connections, extra=extra) as (folder, config, ports), \
            Sink(ports.sink):
        settings = load(config)
        week = due_week(utcnow(), weekly_at(settings))
        seed_members(config, opts.members, choices=choices)
        seed_week(config, week, opts.events, opts.members)
        anchor = plain_loop(ports.sink, digest_sized(settings, week, opts.members),
                            opts.connections)
        with serve(config, folder, ports.gateway):
            engine = open_store(settings.store.url)
            started = time.perf_counter()
            result = run_week(engine, mailing(Context(settings)), week,
                              settings.digest.timezone, token_days=settings.members.token_days)
            queued = time.perf_counter() - started
            settle(lambda: count(config, "digest", "sent") >= result.queued, timeout=600)
            delivered = time.perf_counter() - started
            again = run_week(engine, mailing(Context(settings)), week, settings.digest.timezone)
            engine.dispose()
    print(f"members / events              {opts.members} / {opts.events} ({week.label})")
    print(f"digests queued                {result.queued}  (digest off: "
          f"{opts.members - result.queued})")
    print(f"run_week: queued after        {queued:6.2f} s")
    print(f"last digest accepted after    {delivered:6.2f} s  "
          f"({result.queued / delivered:6.0f} digests/s)")
    print(f"anchor: plain smtplib loop    {anchor:6.2f} s  (same number and size)")
    print(f"ratio anchor/vsn              {anchor / delivered:6.2f}")
    print(f"second run of the same week   {again.queued} queued (must be 0)")
    print(f"goal <= 15 s                  {'met' if delivered <= 15 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
