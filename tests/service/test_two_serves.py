"""Two `vsn serve` processes on one PostgreSQL database, each with its own SMTP port and
Maildir: reports sent to either are processed once, every review and notice is delivered
once in all, and the weekly digest job runs once, in one of them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from digest.weekly.week import WeeklyAt, due_week
from store.db import session
from store.models import Event, InboundMail, Report
from store.types import utcnow

from mailflow import MEMBERS, db, idle, import_members, reply_to, send
from support import Server, free_port, wait_for, write_config

pytestmark = pytest.mark.integration

MODERATORS = ("mod1@fhm.example.se", "mod2@fhm.example.se")
REPORTS = 6


@pytest.fixture
def two_serves(postgres, tmp_path: Path) -> Iterator[list[Server]]:
    url = postgres.create_database(f"two_{uuid.uuid4().hex[:8]}")
    servers = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        port = free_port()
        write_config(folder, port, store_url=url)
        servers.append(Server(folder, port, url))
    try:
        yield servers
    finally:
        for server in servers:
            server.stop()


def report(n: int) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"handlaggare{n}@kommun-a.example.se"
    msg["To"] = "vsn@vsn.example.se"
    msg["Subject"] = f"RÖD: varning nummer {n}"
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@kommun-a.example.se>"
    msg.set_content(f"Blå tabletter märkta M30, omgång {n}. Inga personuppgifter.\n")
    return msg


def reviews(servers: list[Server], moderator: str, n: int) -> list[EmailMessage]:
    return [m for s in servers for m in s.outbox.to(moderator, f"varning nummer {n}")
            if str(m["Subject"]).startswith("[VSN-granskning")]


def delivered(servers: list[Server], rcpt: str, subject_part: str) -> int:
    return sum(len(s.outbox.to(rcpt, subject_part)) for s in servers)


def last_weeks_event(engine: Engine) -> None:
    """A warning published in the week whose digest is due now (config.toml: Mondays at 07:00
    Stockholm time). Not simply seven days ago: early on a Monday that is still in the week
    after the one due."""
    start, end = due_week(utcnow(), WeeklyAt()).bounds(WeeklyAt().zone)
    at = start + (end - start) / 2
    with session(engine) as s:
        inbound = InboundMail(raw=b"last week", sha256=uuid.uuid4().hex, status="done")
        s.add(inbound)
        s.flush()
        rep = Report(reference="2000-0001", inbound_id=inbound.id or 0, urgency="yellow",
                     sender="a@kommun.example.se", status="published")
        s.add(rep)
        s.flush()
        s.add(Event(report_id=rep.id or 0, reference=rep.reference, title="Förra veckan",
                    text="Nitazener i heroin.", urgency="yellow", published_at=at))


def test_two_serves_share_the_work_and_do_each_thing_once(two_serves: list[Server]) -> None:
    a = two_serves[0]
    import_members(a)
    for server in two_serves:
        server.start()
    for n in range(REPORTS):
        send(two_serves[n % 2], report(n))
    for n in range(REPORTS):
        review = wait_for(lambda n=n: reviews(two_serves, MODERATORS[0], n), 60,
                          f"the review of report {n}")[0]
        send(two_serves[(n + 1) % 2], reply_to(review, MODERATORS[0], "GODKÄNN"))
    for member in MEMBERS:
        wait_for(lambda m=member: delivered(two_serves, m, "[VSN RÖD]") >= REPORTS, 60,
                 f"the notices to {member}")

    engine = create_engine(a.store_url)
    last_weeks_event(engine)
    with engine.begin() as conn:   # the digest fell due a minute ago
        conn.execute(text("UPDATE scheduled_job SET next_run_at = now() - interval '1 minute' "
                          "WHERE name = 'weekly-digest'"))
    for member in MEMBERS:
        wait_for(lambda m=member: delivered(two_serves, m, "veckosammanfattning") >= 1, 60,
                 f"the digest to {member}")
    wait_for(lambda: idle(a), 60, "queues to drain")

    for n in range(REPORTS):
        for moderator in MODERATORS:
            assert len(reviews(two_serves, moderator, n)) == 1
    for member in MEMBERS:
        assert delivered(two_serves, member, "[VSN RÖD]") == REPORTS
        assert delivered(two_serves, member, "veckosammanfattning") == 1
    with db(a) as conn:
        assert conn.execute("SELECT count(*) FROM report WHERE reference LIKE ?",
                            (f"{utcnow().year}-%",)).fetchone()[0] == REPORTS
        assert conn.execute("SELECT runs FROM scheduled_job WHERE name = 'weekly-digest'"
                            ).fetchone()[0] == 1
        claimers = {r[0].split(":")[1] for r in conn.execute(
            "SELECT DISTINCT claimed_by FROM inbound_mail WHERE claimed_by IS NOT NULL"
        ).fetchall()}
    assert len(claimers) == 2, "both processes took part"
    engine.dispose()
