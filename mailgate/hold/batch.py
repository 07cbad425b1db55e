"""Reports from non-members during a flood: one list instead of a review mail each.

When more than `[intake] stranger_reports_per_hour` reports from non-members arrived in
the last hour, a further one is held as usual (scanned, masked, waiting for a decision)
but gets no review mail of its own and no acknowledgement (its sender may be forged:
we do not mail strangers in bulk). Every `[intake] batch_minutes` each moderator gets one
list of the reports batched since the last, each with its own reply address, so that
GODKÄNN, AVSLÅ or KASTA works from the list as from a review mail. Reports from active
members, red ones included, always get their review mails at once.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import exists, func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from digest.compose.message import Draft, compose
from digest.compose.render import render_pair
from digest.outbox import enqueue
from mailgate.context import Context
from mailgate.hold.review import TAG, mailto
from mailgate.receive.routes import reply_address
from store import tokens
from store.db import session
from store.models import BatchedReview, Member, Report
from store.status import MemberStatus, ReportStatus, TokenPurpose
from store.types import utcnow

log = logging.getLogger(__name__)

EXCERPT = 1500   # characters of masked text per report in the list


def is_member(s: Session, sender: str) -> bool:
    found = s.exec(select(Member.id).where(col(Member.email) == sender.lower(),
                                           col(Member.status) == MemberStatus.ACTIVE)).first()
    return found is not None


def stranger_reports_since(s: Session, since: datetime) -> int:
    """Reports (not comments) from senders who are no active member, since `since`."""
    member = exists().where(col(Member.email) == col(Report.sender),
                            col(Member.status) == MemberStatus.ACTIVE)
    stmt = select(func.count()).select_from(Report).where(
        col(Report.created_at) >= since, col(Report.event_id).is_(None), ~member)
    return int(s.exec(stmt).one())


def should_batch(s: Session, ctx: Context, report: Report) -> bool:
    """True when this report (already flushed) is one too many from strangers this hour."""
    if report.event_id is not None or is_member(s, report.sender):
        return False
    since = utcnow() - timedelta(hours=1)
    return stranger_reports_since(s, since) > ctx.settings.intake.stranger_reports_per_hour


def batch(s: Session, report: Report) -> None:
    assert report.id is not None
    s.add(BatchedReview(report_id=report.id))


def is_batched(s: Session, report_id: int) -> bool:
    return s.get(BatchedReview, report_id) is not None


def send_batched(engine: Engine, ctx: Context, now: datetime | None = None) -> int:
    """One list per moderator of the reports batched since the last list; how many mails."""
    now = now or utcnow()
    with session(engine) as s:
        waiting = _unlisted(s)
        for row in s.exec(select(BatchedReview).where(col(BatchedReview.listed_at).is_(None))):
            row.listed_at = now
            s.add(row)
        if not waiting:
            return 0
        queued = sum(_list_for(s, ctx, moderator, waiting, now)
                     for moderator in ctx.settings.moderation.moderators)
        log.info("flood: %d batched reports listed to %d moderators", len(waiting), queued)
        return queued


def _unlisted(s: Session) -> list[Report]:
    stmt = (select(Report).join(BatchedReview, col(BatchedReview.report_id) == col(Report.id))
            .where(col(BatchedReview.listed_at).is_(None),
                   col(Report.status) == ReportStatus.HELD)
            .order_by(col(Report.created_at), col(Report.id)))
    return list(s.exec(stmt))


def _list_for(s: Session, ctx: Context, moderator: str, reports: list[Report],
              now: datetime) -> bool:
    entries = []
    for report in reports:
        assert report.id is not None
        token = tokens.issue(s, TokenPurpose.REVIEW, report.id, moderator, report.expires_at)
        address = reply_address(ctx.settings.gateway, TokenPurpose.REVIEW, token)
        tag = f"[{TAG} {report.reference}]"
        entries.append({"report": report, "address": address,
                        "excerpt": _excerpt(report.masked_text),
                        "discard_link": mailto(address, f"KASTA {tag}", "KASTA\n"),
                        "approve_link": mailto(address, f"GODKÄNN {tag}", "GODKÄNN\n")})
    text, html = render_pair("moderator/batch", entries=entries, now=now)
    subject = f"VSN: {len(reports)} rapporter från icke-medlemmar väntar (samlad lista)"
    message = compose(ctx.identity, Draft(to=moderator, subject=subject, text=text, html=html))
    key = f"batch:{reports[0].id}:{reports[-1].id}:{len(reports)}:{moderator}"
    return enqueue(s, "review", ctx.bounce_address, message, dedupe_key=key) is not None


def _excerpt(text: str) -> str:
    return text if len(text) <= EXCERPT else text[:EXCERPT].rstrip() + " …"
