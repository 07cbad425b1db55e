"""What moderators and admins see besides the events: the review queue (with who has each
report open), members and join applications. Decisions are still made by reply to the
review mails; the queue's one button asks for a report's review mail (opened.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import case, func, select
from sqlmodel import col
from sqlmodel import select as select_rows
from starlette.responses import Response

from portal import opened
from portal.http import Req
from portal.opened import Opener
from store.models import Application, Member, Report
from store.status import ApplicationStatus, ReportStatus
from store.types import utcnow

PER_PAGE = 50
_URGENCY_ORDER = case({"red": 0, "yellow": 1, "green": 2}, value=col(Report.urgency), else_=3)


@dataclass(frozen=True)
class Held:
    report: Report
    age: timedelta
    openers: tuple[Opener, ...] = ()

    @property
    def age_sv(self) -> str:
        minutes = int(self.age.total_seconds() // 60)
        if minutes < 60:
            return f"{minutes} min"
        hours = minutes // 60
        return f"{hours} h" if hours < 48 else f"{hours // 24} dygn"


def queue(req: Req) -> Response:
    rows = list(req.s.exec(select_rows(Report).where(col(Report.status) == ReportStatus.HELD)
                           .order_by(_URGENCY_ORDER, col(Report.created_at))))
    now = utcnow()
    found = opened.openers(req.s, req.site, [r.id for r in rows if r.id is not None])
    held = [Held(r, now - r.created_at, tuple(found.get(r.id or 0, ()))) for r in rows]
    # The confirmation names a report in the queue, never whatever the address says.
    sent = req.query("skickat")
    assert req.who is not None
    return req.render("queue", held=held, may_request=req.who.moderator,
                      sent=sent if sent in {h.report.reference for h in held} else "")


def request_review(req: Req) -> Response:
    """Mail me this report's review: the report is then open by me for the others."""
    assert req.who is not None
    if not req.who.moderator:   # an admin who is no moderator could not decide by reply
        return req.render("error", status=403, title="Bara för moderatorer",
                          message="Granskningsmejlen går till moderatorerna.")
    reference = req.request.path_params["reference"]
    report = req.s.exec(select_rows(Report).where(col(Report.reference) == reference)).first()
    if report is None or report.id is None or report.status != ReportStatus.HELD:
        return req.render("error", status=404, title="Väntar inte på granskning",
                          message="Rapporten är redan beslutad eller finns inte.")
    opened.request(req.s, report.id, req.who.email)
    req.after.append(req.site.review_requested)
    return req.redirect(f"/granskning?skickat={reference}")


def _page(req: Req) -> int:
    value = req.query("sida")
    return int(value) if value.isdigit() and 0 < len(value) < 7 else 1


def members(req: Req) -> Response:
    page = _page(req)
    total = int(req.s.execute(select(func.count()).select_from(Member)).scalar() or 0)
    rows = req.s.exec(select_rows(Member).order_by(col(Member.email))
                      .offset((page - 1) * PER_PAGE).limit(PER_PAGE))
    return req.render("members", members=list(rows), page=page,
                      pages=max(1, -(-total // PER_PAGE)), total=total)


def applications(req: Req) -> Response:
    rows = req.s.exec(select_rows(Application).order_by(
        case({ApplicationStatus.PENDING: 0}, value=col(Application.status), else_=1),
        col(Application.created_at).desc()).limit(200))
    return req.render("applications", applications=list(rows))
