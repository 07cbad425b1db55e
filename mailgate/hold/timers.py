"""Time-based moderation jobs. Each is a plain function `(engine, ctx) -> int` (how many mails
it queued or reports it changed) that the scheduler may call as often as it likes: what was
already done is recorded in the store (outbox dedupe keys, report status), never in memory.

    escalate_red       every minute   red report undecided for k * red_escalation_minutes:
                                      round k to every moderator (a fresh review) and admin
    remind_waiting     daily          one list per moderator of what waits, oldest first
    expire_held        hourly         held longer than max_hold_days: expired, people told
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from digest.compose.message import Draft, compose
from digest.compose.render import render_pair
from digest.outbox import enqueue
from mailgate.context import Context
from mailgate.hold.batch import is_batched
from mailgate.hold.review import review_subject, send_review
from mailgate.replies import answer
from store import status, tokens
from store.db import session
from store.models import Report
from store.queries import in_outbox, lock_row
from store.status import ReportStatus, TokenPurpose, Urgency
from store.types import utcnow

log = logging.getLogger(__name__)


def held_reports(s: Session, *, urgency: str | None = None) -> list[Report]:
    stmt = select(Report).where(col(Report.status) == ReportStatus.HELD)
    if urgency is not None:
        stmt = stmt.where(col(Report.urgency) == urgency)
    return list(s.exec(stmt.order_by(col(Report.created_at), col(Report.id))))


def escalate_red(engine: Engine, ctx: Context, now: datetime | None = None) -> int:
    now = now or utcnow()
    interval = timedelta(minutes=ctx.settings.moderation.red_escalation_minutes)
    queued = 0
    with session(engine) as s:
        for report in held_reports(s, urgency=Urgency.RED):
            if report.id is None or is_batched(s, report.id):
                continue   # a stranger's in a flood: on the batched list, not mailed alone
            rounds = int((now - report.created_at) / interval)
            if rounds >= 1:
                queued += _escalate(s, ctx, report, rounds, now)
    return queued


def _escalate(s: Session, ctx: Context, report: Report, rounds: int, now: datetime) -> int:
    waited = int((now - report.created_at).total_seconds() // 60)
    banner = f"ESKALERING {rounds}, väntat {waited} min"
    queued = 0
    for moderator in ctx.settings.moderation.moderators:
        queued += send_review(s, ctx, report, moderator, banner=banner,
                              dedupe_key=f"escalation:{report.id}:{rounds}:{moderator}")
    for admin in ctx.settings.moderation.admins:
        key = f"escalation:{report.id}:{rounds}:{admin}"
        if not in_outbox(s, key):
            queued += _mail(s, ctx, admin, "moderator/escalation", key,
                            review_subject(report, banner), report=report, waited=waited,
                            rounds=rounds)
    if queued:
        log.info("report %s: red escalation round %d (%d mails)", report.reference, rounds,
                 queued)
    return queued


def remind_waiting(engine: Engine, ctx: Context, now: datetime | None = None) -> int:
    now = now or utcnow()
    with session(engine) as s:
        waiting = held_reports(s)
        if not waiting:
            return 0
        day = now.date().isoformat()
        queued = 0
        for moderator in ctx.settings.moderation.moderators:
            key = f"waiting:{day}:{moderator}"
            if not in_outbox(s, key):
                queued += _mail(s, ctx, moderator, "moderator/waiting", key,
                                f"VSN: {len(waiting)} rapporter väntar på granskning",
                                reports=waiting, now=now)
        return queued


def expire_held(engine: Engine, ctx: Context, now: datetime | None = None) -> int:
    now = now or utcnow()
    with session(engine) as s:
        due = [r for r in held_reports(s) if r.expires_at is not None and r.expires_at <= now]
        return sum(_expire(s, ctx, r.id) for r in due if r.id is not None)


def _expire(s: Session, ctx: Context, report_id: int) -> bool:
    report = lock_row(s, Report, report_id)  # a decision may have won the race since the query
    if report is None or report.status != ReportStatus.HELD:
        return False
    status.check(report.status, ReportStatus.EXPIRED)
    report.status, report.decided_at = ReportStatus.EXPIRED, utcnow()
    s.add(report)
    tokens.revoke(s, TokenPurpose.REVIEW, report_id)
    days = ctx.settings.moderation.max_hold_days
    answer(s, ctx, report.sender, "reporter/expired", limited=False,
           subject=f"Din rapport {report.reference} har inte publicerats", report=report,
           days=days)
    for moderator in ctx.settings.moderation.moderators:
        answer(s, ctx, moderator, "moderator/expired", limited=False,
               subject=review_subject(report, "UTGÅNGEN"), report=report, days=days)
    log.info("report %s expired after %d days", report.reference, days)
    return True


def _mail(s: Session, ctx: Context, rcpt: str, template: str, key: str, subject: str,
          **context: object) -> bool:
    text, html = render_pair(template, **context)
    message = compose(ctx.identity, Draft(to=rcpt, subject=subject, text=text, html=html))
    kind = template.partition("/")[2]
    return enqueue(s, kind, ctx.bounce_address, message, dedupe_key=key) is not None

