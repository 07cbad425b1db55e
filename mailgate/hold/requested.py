"""Review mails a moderator asked for in the portal ("Skicka granskningsmejlet till mig").

The portal only writes the request (store/portal.py ReviewOpen: requested after the last
one sent); this job sends each owed mail: the same review mail the hold sends, with a
fresh single-use token for that moderator. A row is claimed by a conditional UPDATE in the
transaction that queues the mail, so a request is answered once however many processes
run the job. Requests for reports no longer held are dropped, with their open marks.
"""

from __future__ import annotations

import logging

from sqlalchemy import delete, or_, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailgate.context import Context
from mailgate.hold.review import send_review
from store.db import session
from store.models import Report
from store.portal import ReviewOpen
from store.status import ReportStatus
from store.types import utcnow

log = logging.getLogger(__name__)

NOTE = ("Du bad om det här granskningsmejlet i portalen. De andra moderatorerna ser där "
        "att du har rapporten öppen.")
_OWED = or_(col(ReviewOpen.sent_at).is_(None),
            col(ReviewOpen.sent_at) < col(ReviewOpen.requested_at))


def requested_job(engine: Engine, ctx: Context) -> int:
    """The scheduled job (schedule.JOBS), also run at once when the portal asks."""
    with session(engine) as s:
        return send_requested(s, ctx)


def send_requested(s: Session, ctx: Context) -> int:
    """Send the review mails moderators asked for; how many were queued."""
    s.execute(delete(ReviewOpen).where(col(ReviewOpen.report_id).not_in(
        select(Report.id).where(col(Report.status) == ReportStatus.HELD))))
    moderators = set(ctx.settings.moderation.moderators)
    sent = 0
    for row in s.exec(select(ReviewOpen).where(_OWED).order_by(col(ReviewOpen.id))).all():
        claimed = s.execute(update(ReviewOpen).where(col(ReviewOpen.id) == row.id, _OWED)
                            .values(sent_at=utcnow()))
        report = s.get(Report, row.report_id)
        if not claimed.rowcount or report is None:  # type: ignore[attr-defined]
            continue
        if row.moderator not in moderators:   # removed from the list since the click
            log.info("review of %s asked for by a former moderator: not sent", report.reference)
            continue
        sent += send_review(s, ctx, report, row.moderator, note=NOTE)
        log.info("review of %s sent again on request from the portal", report.reference)
    return sent
