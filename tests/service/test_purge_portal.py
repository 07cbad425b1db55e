"""The retention purge and the portal's rows: sessions that can no longer be used and
spent login links go at the next purge, the login audit after [retention]
portal_audit_days, a moderator's open mark once its report left the hold."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailgate.config.settings import Retention
from mailgate.privacy import ref
from mailgate.service.retention import purge
from store.db import open_store, session
from store.models import InboundMail, Report, Token
from store.portal import PortalAudit, PortalSession, ReviewOpen
from store.status import TokenPurpose
from store.tokens import Grant, digest, issue_many
from store.types import utcnow

RETENTION = Retention(raw_days=30, rejected_days=7, portal_audit_days=365)
MEMBER = "anna@kommun.example.se"
MODERATOR = "mod1@fhm.example.se"


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    engine = open_store(store_url)
    yield engine
    engine.dispose()


def _session(s: Session, name: str, *, age: timedelta, idle: timedelta,
             ended: bool = False) -> None:
    now = utcnow()
    s.add(PortalSession(digest=name.ljust(64, "0"), email=MEMBER, csrf="c",
                        created_at=now - age, seen_at=now - idle,
                        ended_at=now if ended else None))


def _links(s: Session) -> dict[str, str]:
    """Three login links: unused and valid, used, expired; named by what they are."""
    now = utcnow()
    fresh, used = issue_many(s, [Grant(TokenPurpose.LOGIN, 0, MEMBER)] * 2,
                             now + timedelta(minutes=15))
    (old,) = issue_many(s, [Grant(TokenPurpose.LOGIN, 0, MEMBER)], now - timedelta(minutes=1))
    return {"fresh": fresh, "used": used, "expired": old}


def _report(s: Session, reference: str, status: str) -> int:
    inbound = InboundMail(raw=reference.encode(), sha256=reference.ljust(64, "0"))
    s.add(inbound)
    s.flush()
    report = Report(reference=reference, inbound_id=inbound.id or 0, sender="r@example.se",
                    urgency="yellow", status=status)
    s.add(report)
    s.flush()
    s.add(ReviewOpen(report_id=report.id or 0, moderator=MODERATOR))
    return report.id or 0


def test_the_purge_removes_dead_sessions_spent_links_and_old_audit(engine: Engine) -> None:
    now = utcnow()
    with session(engine) as s:
        _session(s, "live", age=timedelta(days=2), idle=timedelta(hours=1))
        _session(s, "ended", age=timedelta(hours=1), idle=timedelta(0), ended=True)
        _session(s, "idle", age=timedelta(days=1), idle=timedelta(hours=13))
        _session(s, "old", age=timedelta(days=8), idle=timedelta(minutes=1))
        links = _links(s)
        s.add_all([PortalAudit(action="login", actor=ref(MEMBER), outcome="ok",
                               at=now - timedelta(days=days)) for days in (1, 364, 366, 800)])
        held, published = _report(s, "T-1", "held"), _report(s, "T-2", "published")
    with session(engine) as s:   # the used link is spent as a click would
        row = s.exec(select(Token).where(col(Token.purpose) == TokenPurpose.LOGIN)
                     .order_by(col(Token.id))).all()[1]
        row.used_at = now
        s.add(row)

    counts = purge(engine, RETENTION)

    assert (counts.portal_sessions_deleted, counts.login_links_deleted,
            counts.portal_audit_deleted, counts.open_marks_deleted) == (3, 2, 2, 1)
    with session(engine) as s:
        sessions = [r.digest.rstrip("0") for r in s.exec(select(PortalSession))]
        kept_links = [r.digest for r in s.exec(select(Token).where(
            col(Token.purpose) == TokenPurpose.LOGIN))]
        ages = sorted((now - r.at).days for r in s.exec(select(PortalAudit)))
        marks = [r.report_id for r in s.exec(select(ReviewOpen))]
    assert sessions == ["live"]
    assert kept_links == [digest(links["fresh"])]   # only the unused, valid link stays
    assert ages == [1, 364]
    assert marks == [held] and published != held
    again = purge(engine, RETENTION)   # idempotent: nothing more to remove
    assert (again.portal_sessions_deleted, again.login_links_deleted,
            again.portal_audit_deleted, again.open_marks_deleted) == (0, 0, 0, 0)


def test_the_audit_keeps_as_many_days_as_configured(engine: Engine) -> None:
    now = utcnow()
    with session(engine) as s:
        s.add_all([PortalAudit(action="request", actor=ref(MEMBER), outcome="sent",
                               at=now - timedelta(days=days)) for days in (5, 40)])
    counts = purge(engine, Retention(raw_days=30, rejected_days=7, portal_audit_days=30),
                   dry_run=True)
    assert counts.portal_audit_deleted == 1
    with session(engine) as s:   # a dry run counts and keeps
        assert len(s.exec(select(PortalAudit)).all()) == 2
