"""Personal data has a lifetime: the daily purge ([retention] in config.toml).

    what                                                         gone
    published report: raw mail, sender, subject, unmasked and    raw_days after publication
      masked text, findings, attachments, questions and answers,
      the replies about it (decisions, answers). The event, its
      comments and the report's reference, urgency and title stay.
    rejected report: everything, with its raw mail and replies   rejected_days after rejection
    expired report (no moderator decided): everything            raw_days after it expired
    held report: nothing (it has no decision yet)
    other mail in, once handled (commands, bounces, auto-        raw_days after receipt
      replies, loops, junk, duplicates, refused replies):
      raw bytes and envelope; the row keeps kind, size, hash
    outgoing mail once sent or failed (reviews, acks, answers,   raw_days after it was queued
      digests); notices stay, update notices thread under them
    tokens                                                       raw_days after they expired or
                                                                 were revoked; with their report
    audit rows: the actor is a reference (authority.audit); rows written with an address
      before that are rewritten raw_days after the attempt; a deleted report's rows stay
      without the report.
    portal sessions, once ended or past their idle or absolute   at once
      lifetime (portal/auth.py); login links once used, revoked
      or expired
    the portal's login audit (references and keyed hashes only)  portal_audit_days after it
    a moderator's open mark (review_open) on a report no longer   at once
      held

"Decision" is the moment a report left the hold (Report.decided_at): publication,
rejection or expiry. A retraction later does not restart the clock. Mail that failed
processing is never purged: it waits for an operator (`vsn inbound list --status failed`).
Every step is a set-based statement and idempotent; a dry run runs them and rolls back,
so its counts are exact. On SQLite the store's connections overwrite deleted content
(secure_delete, store/db.py) and the purge truncates the write-ahead log, so the bytes
leave the files too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Table, and_, delete, func, or_, select, text, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel

from mailgate.config.settings import Retention
from mailgate.context import Context
from mailgate.privacy import ref
from portal.auth import ABSOLUTE, IDLE
from store.models import (
    Application,
    Attachment,
    BatchedReview,
    Decision,
    FindingRow,
    InboundMail,
    Outbox,
    OutboxBody,
    Question,
    Report,
    Token,
)
from store.portal import PortalAudit, PortalSession, ReviewOpen
from store.status import (
    ApplicationStatus,
    InboundStatus,
    OutboxStatus,
    ReportStatus,
    TokenPurpose,
)
from store.types import utcnow

log = logging.getLogger(__name__)


class Fate(StrEnum):
    STRIP = "strip"     # personal data removed, the row (and its event) stays
    DELETE = "delete"   # the report and everything about it removed


@dataclass(frozen=True)
class Rule:
    fate: Fate
    days: Callable[[Retention], int]


RULES: dict[ReportStatus, Rule] = {
    ReportStatus.PUBLISHED: Rule(Fate.STRIP, lambda r: r.raw_days),
    ReportStatus.REJECTED: Rule(Fate.DELETE, lambda r: r.rejected_days),
    ReportStatus.EXPIRED: Rule(Fate.DELETE, lambda r: r.raw_days),
    ReportStatus.DISCARDED: Rule(Fate.DELETE, lambda r: r.rejected_days),
}

# Join applications once decided: an approved one's details live on in the member row;
# a rejected applicant is no member and keeps no data with us. Pending ones wait for admins.
APPLICATION_DAYS: dict[ApplicationStatus, Callable[[Retention], int]] = {
    ApplicationStatus.APPROVED: lambda r: r.raw_days,
    ApplicationStatus.REJECTED: lambda r: r.rejected_days,
}

# Outgoing mail kept after delivery: update notices find their recipients and thread
# under the original notice (digest/notices/updates.py). Notices carry only published text.
KEPT_OUTBOX_KINDS = ("notice",)

# What a report keeps no more once stripped; what handled inbound mail keeps no more.
STRIPPED_REPORT: dict[str, Any] = {"sender": "", "sender_name": "", "forwarded_from": "",
                                   "subject": "", "text": "", "masked_text": ""}
WIPED_INBOUND: dict[str, Any] = {"raw": b"", "mail_from": "", "rcpt_tos": [], "peer": "",
                                 "message_id": None, "error": None}
CHUNK = 500


@dataclass
class Counts:
    reports_stripped: int = 0
    reports_deleted: int = 0
    findings: int = 0
    attachments: int = 0
    questions: int = 0
    inbound_wiped: int = 0
    outbox_deleted: int = 0
    tokens_deleted: int = 0
    audit_anonymised: int = 0
    applications_deleted: int = 0
    portal_sessions_deleted: int = 0
    login_links_deleted: int = 0
    portal_audit_deleted: int = 0
    open_marks_deleted: int = 0

    def summary(self) -> str:
        return ", ".join(f"{f.name}={getattr(self, f.name)}" for f in fields(self))

    def lines(self) -> list[str]:
        return [f"{f.name.replace('_', ' ')}: {getattr(self, f.name)}" for f in fields(self)]


def _t(model: type[SQLModel]) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


def purge(engine: Engine, retention: Retention, *, now: datetime | None = None,
          dry_run: bool = False) -> Counts:
    """Remove what has outlived its time; the counts of what was (or would be) removed."""
    now = now or utcnow()
    raw_cut = now - timedelta(days=retention.raw_days)
    counts = Counts()
    with Session(engine) as s:
        for status, rule in RULES.items():
            due = _due_reports(s, status, rule.fate, now - timedelta(days=rule.days(retention)))
            for chunk in _chunks(due):
                _purge_reports(s, chunk, rule.fate, counts)
        counts.inbound_wiped += _wipe_handled_inbound(s, raw_cut)
        counts.outbox_deleted += _delete_sent_outbox(s, raw_cut)
        counts.tokens_deleted += _delete_dead_tokens(s, raw_cut)
        counts.audit_anonymised += _anonymise_audit(s, raw_cut)
        counts.applications_deleted += _delete_decided_applications(s, retention, now)
        _purge_portal(s, retention, now, counts)
        if dry_run:
            s.rollback()
        else:
            s.commit()
    if not dry_run:
        _truncate_wal(engine)
    return counts


def purge_job(engine: Engine, ctx: Context) -> Counts:
    """The scheduled job (schedule.JOBS): counts only in the log."""
    counts = purge(engine, ctx.settings.retention)
    log.info("retention purge: %s", counts.summary())
    return counts


def _due_reports(s: Session, status: ReportStatus, fate: Fate, cut: datetime) -> list[int]:
    r = _t(Report)
    decided = func.coalesce(r.c.decided_at, r.c.created_at)
    stmt = select(r.c.id).where(r.c.status == status, decided <= cut)
    if fate is Fate.STRIP:  # stripped once is done; a row with nothing left is not counted
        stmt = stmt.where(or_(*(r.c[name] != "" for name in STRIPPED_REPORT)))
    return [int(i) for i in s.execute(stmt.order_by(r.c.id)).scalars()]


def _purge_reports(s: Session, ids: list[int], fate: Fate, counts: Counts) -> None:
    r, d, q, tok = _t(Report), _t(Decision), _t(Question), _t(Token)
    questions = select(q.c.id).where(q.c.report_id.in_(ids))
    replies = select(d.c.inbound_id).where(d.c.report_id.in_(ids), d.c.inbound_id.is_not(None))
    own = [int(i) for i in s.execute(select(r.c.inbound_id).where(r.c.id.in_(ids))).scalars()]
    counts.tokens_deleted += _run(s, delete(tok).where(or_(
        and_(tok.c.purpose.in_([TokenPurpose.REVIEW, TokenPurpose.ADDITION]),
             tok.c.object_id.in_(ids)),
        and_(tok.c.purpose == TokenPurpose.ANSWER, tok.c.object_id.in_(questions)))))
    counts.questions += _run(s, delete(q).where(q.c.report_id.in_(ids)))
    counts.findings += _run(s, delete(_t(FindingRow)).where(_t(FindingRow).c.report_id.in_(ids)))
    counts.attachments += _run(s, delete(_t(Attachment)).where(
        _t(Attachment).c.report_id.in_(ids)))
    counts.inbound_wiped += _wipe(s, _t(InboundMail).c.id.in_(replies))
    if fate is Fate.STRIP:
        s.execute(update(r).where(r.c.id.in_(ids)).values(**STRIPPED_REPORT))
        counts.inbound_wiped += _wipe(s, _t(InboundMail).c.id.in_(own))
        counts.reports_stripped += len(ids)
        return
    # The audit rows stay, without the report they were about.
    s.execute(update(d).where(d.c.report_id.in_(ids)).values(report_id=None))
    s.execute(update(d).where(d.c.inbound_id.in_(own)).values(inbound_id=None))
    s.execute(delete(_t(BatchedReview)).where(_t(BatchedReview).c.report_id.in_(ids)))
    counts.open_marks_deleted += _run(s, delete(_t(ReviewOpen)).where(
        _t(ReviewOpen).c.report_id.in_(ids)))
    counts.reports_deleted += _run(s, delete(r).where(r.c.id.in_(ids)))
    counts.inbound_wiped += _run(s, delete(_t(InboundMail)).where(
        _t(InboundMail).c.id.in_(own)))


def _wipe(s: Session, which: Any) -> int:
    t = _t(InboundMail)
    return _run(s, update(t).where(which, func.length(t.c.raw) > 0).values(**WIPED_INBOUND))


def _wipe_handled_inbound(s: Session, cut: datetime) -> int:
    """Handled mail that is neither a report nor a reply about one (those follow RULES);
    failed rows wait for an operator."""
    t, d = _t(InboundMail), _t(Decision)
    replies = select(d.c.inbound_id).where(d.c.report_id.is_not(None),
                                           d.c.inbound_id.is_not(None))
    return _wipe(s, and_(t.c.status == InboundStatus.DONE, t.c.received_at <= cut,
                         t.c.id.not_in(select(_t(Report).c.inbound_id)),
                         t.c.id.not_in(replies)))


def _delete_sent_outbox(s: Session, cut: datetime) -> int:
    o, b = _t(Outbox), _t(OutboxBody)
    deleted = _run(s, delete(o).where(
        o.c.status.in_([OutboxStatus.SENT, OutboxStatus.FAILED]), o.c.created_at <= cut,
        o.c.kind.not_in(KEPT_OUTBOX_KINDS)))
    in_use = select(o.c.body_id).where(o.c.body_id.is_not(None))
    s.execute(delete(b).where(b.c.created_at <= cut, b.c.id.not_in(in_use)))
    return deleted


def _delete_dead_tokens(s: Session, cut: datetime) -> int:
    t = _t(Token)
    return _run(s, delete(t).where(or_(t.c.expires_at <= cut, t.c.revoked_at <= cut)))


def _delete_decided_applications(s: Session, retention: Retention, now: datetime) -> int:
    a = _t(Application)
    due = [and_(a.c.status == status, a.c.decided_at <= now - timedelta(days=days(retention)))
           for status, days in APPLICATION_DAYS.items()]
    return _run(s, delete(a).where(or_(*due)))


def _purge_portal(s: Session, retention: Retention, now: datetime, counts: Counts) -> None:
    """Sessions that can no longer be used, spent login links, old login audit rows, and
    open marks on reports that left the hold."""
    ps, tok, pa = _t(PortalSession), _t(Token), _t(PortalAudit)
    counts.portal_sessions_deleted += _run(s, delete(ps).where(or_(
        ps.c.ended_at.is_not(None), ps.c.seen_at <= now - IDLE,
        ps.c.created_at <= now - ABSOLUTE)))
    counts.login_links_deleted += _run(s, delete(tok).where(
        tok.c.purpose == TokenPurpose.LOGIN,
        or_(tok.c.used_at.is_not(None), tok.c.revoked_at.is_not(None),
            tok.c.expires_at <= now)))
    counts.portal_audit_deleted += _run(s, delete(pa).where(
        pa.c.at <= now - timedelta(days=retention.portal_audit_days)))
    ro, r = _t(ReviewOpen), _t(Report)
    held = select(r.c.id).where(r.c.status == ReportStatus.HELD)
    counts.open_marks_deleted += _run(s, delete(ro).where(ro.c.report_id.not_in(held)))


def _anonymise_audit(s: Session, cut: datetime) -> int:
    d = _t(Decision)
    rows = s.execute(select(d.c.id, d.c.actor).where(d.c.actor.contains("@"), d.c.at <= cut))
    found = list(rows)
    for row_id, actor in found:
        s.execute(update(d).where(d.c.id == row_id).values(actor=ref(actor)))
    return len(found)


def _run(s: Session, stmt: Any) -> int:
    return int(s.execute(stmt).rowcount or 0)  # type: ignore[attr-defined]


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start:start + CHUNK])


def _truncate_wal(engine: Engine) -> None:
    # The write-ahead log still holds the old pages until a checkpoint empties it.
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
