"""The retention purge on SQLite and PostgreSQL: what goes, when, and what stays."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from mailgate.config.settings import Retention
from mailgate.hold.timers import expire_held
from mailgate.privacy import ref
from mailgate.service.retention import purge
from store.db import session
from store.models import Application
from store.search import search_events
from store.types import utcnow

from moderate.kit import PNR, REPORTER, report
from service.kit import ANSWER_NAME, MOD, SECRETS, StoreDesk, decide, held, now_plus, store_url

RETENTION = Retention(raw_days=30, rejected_days=7)
MEMBER = "anna@kommun-b.example.se"


@pytest.fixture(params=["sqlite", "postgresql"])
def desk(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreDesk]:
    desk = StoreDesk(tmp_path, store_url(request, tmp_path))
    yield desk
    desk.engine.dispose()


def personal_rows(desk: StoreDesk, reference: str) -> dict[str, int]:
    """Where personal data of one report can live, and how many rows hold it there."""
    rid = desk.scalar("SELECT id FROM report WHERE reference = :r", r=reference)
    return {
        "report": desk.count("report", "id = :i AND (sender <> '' OR text <> '')", i=rid),
        "finding": desk.count("finding", "report_id = :i", i=rid),
        "attachment": desk.count("attachment", "report_id = :i", i=rid),
        "question": desk.count("question", "report_id = :i", i=rid),
        "raw": desk.count("inbound_mail", "length(raw) > 0 AND (id IN (SELECT inbound_id "
                          "FROM report WHERE id = :i) OR id IN (SELECT inbound_id FROM "
                          "decision WHERE report_id = :i))", i=rid),
    }


def test_a_published_report_keeps_its_event_and_loses_everything_personal(desk) -> None:
    desk.add_member(MEMBER)
    reference = held(desk, "RÖD: fentanyl i falska oxykodontabletter")
    decide(desk, reference, "GODKÄNN")
    desk.delivered()
    notices = desk.count("outbox", "kind = 'notice'")
    before = personal_rows(desk, reference)
    assert all(before.values()), before       # answer, image, findings, raw mail: all there

    assert purge(desk.engine, RETENTION, now=now_plus(29)).reports_stripped == 0
    counts = purge(desk.engine, RETENTION, now=now_plus(31))

    assert counts.reports_stripped == 1 and counts.reports_deleted == 0
    assert (counts.findings, counts.attachments, counts.questions) == (
        before["finding"], before["attachment"], before["question"])
    assert not any(personal_rows(desk, reference).values())
    # What members received stays, searchable; the reporter's text was never in the index.
    with session(desk.engine) as s:
        assert [e.reference for e in search_events(s, "oxykodontabletter")] == [reference]
        assert search_events(s, ANSWER_NAME) == [] and search_events(s, "Kalle") == []
        event_text = str(desk.scalar("SELECT text FROM event WHERE reference = :r",
                                     r=reference))
    assert "[PERSONNUMMER]" in event_text and PNR not in event_text
    assert desk.count("outbox", "kind = 'notice'") == notices == 1   # update notices need it
    assert desk.count("outbox", "kind IN ('review', 'ack', 'moderation')") == 0
    assert desk.count("token", "purpose IN ('review', 'answer')") == 0
    # The audit trail stays, naming people by reference only.
    assert desk.count("decision", "report_id IS NOT NULL") >= 3
    assert desk.count("decision", "actor LIKE '%@%'") == 0
    assert desk.count("decision", "actor = :a", a=ref(MOD)) >= 2
    assert desk.count("decision", "actor = :a", a=ref(REPORTER)) == 1


def test_a_rejected_report_goes_whole_after_rejected_days(desk) -> None:
    reference = held(desk, "GUL: något i Malmö")
    decide(desk, reference, "AVSLÅ: inte en varning")
    audit = desk.count("decision")

    assert purge(desk.engine, RETENTION, now=now_plus(6)).reports_deleted == 0
    counts = purge(desk.engine, RETENTION, now=now_plus(8))

    assert counts.reports_deleted == 1
    assert desk.count("report") == 0 and desk.count("finding") == 0
    assert desk.count("attachment") == 0 and desk.count("question") == 0
    assert desk.count("inbound_mail", "length(raw) > 0") == 0   # the report and its replies
    assert desk.count("decision") == audit                      # kept, without the report
    assert desk.count("decision", "report_id IS NOT NULL OR actor LIKE '%@%'") == 0


def test_an_expired_report_goes_whole_raw_days_after_it_expired(desk) -> None:
    desk.deliver(report(subject="GRÖN: för kännedom"))
    reference = desk.report().reference
    desk.age(reference, days=15)                     # past max_hold_days (14)
    assert expire_held(desk.engine, desk.ctx) == 1

    assert purge(desk.engine, RETENTION, now=now_plus(29)).reports_deleted == 0
    assert purge(desk.engine, RETENTION, now=now_plus(31)).reports_deleted == 1
    assert desk.count("report") == 0


def test_a_held_report_is_never_purged(desk) -> None:
    reference = held(desk, "RÖD: väntar på beslut")
    before = personal_rows(desk, reference)
    counts = purge(desk.engine, RETENTION, now=now_plus(400))
    assert (counts.reports_stripped, counts.reports_deleted) == (0, 0)
    assert personal_rows(desk, reference) == before


def test_other_mail_loses_its_raw_bytes_after_raw_days_unless_it_failed(desk) -> None:
    command = report(subject="HJÄLP", text="HJÄLP")
    command.replace_header("To", "vsn-request@vsn.example.se")
    away = report(subject="Frånvarande: Handläggare A", text="Jag är tillbaka måndag.")
    away["Auto-Submitted"] = "auto-replied"
    for msg in (command, away, report(subject="RÖD: väntar")):
        desk.deliver(msg)
    with desk.engine.begin() as conn:
        conn.execute(text("INSERT INTO inbound_mail (received_at, source, peer, mail_from, "
                          "rcpt_tos, raw, size, sha256, status, attempts) VALUES "
                          "(:t, 'smtp', '', :f, '[]', :raw, 3, 'x', 'failed', 1)"),
                     {"t": now_plus(-100), "f": REPORTER, "raw": b"abc"})

    assert purge(desk.engine, RETENTION, now=now_plus(29)).inbound_wiped == 0
    counts = purge(desk.engine, RETENTION, now=now_plus(31))

    assert counts.inbound_wiped == 2                     # the command and the auto-reply
    assert desk.count("inbound_mail", "kind IN ('command', 'auto_reply') AND "
                      "(length(raw) > 0 OR mail_from <> '')") == 0
    assert desk.count("inbound_mail", "kind = 'report' AND length(raw) > 0") == 1  # held
    assert desk.count("inbound_mail", "status = 'failed' AND length(raw) > 0") == 1


def test_a_dry_run_counts_exactly_and_changes_nothing(desk) -> None:
    published = held(desk, "RÖD: publiceras")
    decide(desk, published, "GODKÄNN")
    rejected = held(desk, "GUL: avslås")
    decide(desk, rejected, "AVSLÅ: nej")
    desk.delivered()
    rows = {t: desk.count(t) for t in ("report", "finding", "question", "outbox", "token")}

    dry = purge(desk.engine, RETENTION, now=now_plus(31), dry_run=True)
    assert {t: desk.count(t) for t in rows} == rows
    real = purge(desk.engine, RETENTION, now=now_plus(31))
    assert dry == real and real.reports_stripped == 1 and real.reports_deleted == 1
    again = purge(desk.engine, RETENTION, now=now_plus(31))
    assert not any(vars(again).values())      # idempotent: nothing left to do


def test_sqlite_files_hold_no_personal_data_after_the_purge(tmp_path: Path) -> None:
    desk = StoreDesk(tmp_path, f"sqlite:///{tmp_path / 'vsn.sqlite3'}")
    reference = held(desk, "RÖD: fentanyl")
    decide(desk, reference, "GODKÄNN")
    desk.delivered()
    files = [tmp_path / "vsn.sqlite3", tmp_path / "vsn.sqlite3-wal"]

    def found() -> list[str]:
        data = b"".join(f.read_bytes() for f in files if f.exists())
        return [s for s in (*SECRETS, PNR) if s.encode() in data]
    assert found()
    purge(desk.engine, RETENTION, now=now_plus(31))
    desk.engine.dispose()
    assert found() == []


def test_decided_join_applications_go_pending_ones_stay(desk) -> None:
    decided = utcnow()
    with session(desk.engine) as s:
        for status, who in (("approved", "ny@kommun-c.example.se"),
                            ("rejected", "avslagen@example.org"),
                            ("pending", "vantar@example.org")):
            s.add(Application(email=who, name="Sökande Testperson", motivation="Jobbar med "
                              "sprutbyte", status=status,
                              decided_at=None if status == "pending" else decided))

    assert purge(desk.engine, RETENTION, now=now_plus(6)).applications_deleted == 0
    assert purge(desk.engine, RETENTION, now=now_plus(8)).applications_deleted == 1
    assert desk.count("application", "status = 'rejected'") == 0
    assert purge(desk.engine, RETENTION, now=now_plus(31)).applications_deleted == 1
    assert desk.count("application") == 1
    assert desk.count("application", "status = 'pending'") == 1
