"""What moderators and admins see besides the events: the review queue, members and
join applications. Read-only: decisions are still made by reply to the review mails."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import case, func, select
from sqlmodel import col
from sqlmodel import select as select_rows
from starlette.responses import Response

from portal.http import Req
from store.models import Application, Member, Report
from store.status import ApplicationStatus, ReportStatus
from store.types import utcnow

PER_PAGE = 50
_URGENCY_ORDER = case({"red": 0, "yellow": 1, "green": 2}, value=col(Report.urgency), else_=3)


@dataclass(frozen=True)
class Held:
    report: Report
    age: timedelta

    @property
    def age_sv(self) -> str:
        minutes = int(self.age.total_seconds() // 60)
        if minutes < 60:
            return f"{minutes} min"
        hours = minutes // 60
        return f"{hours} h" if hours < 48 else f"{hours // 24} dygn"


def queue(req: Req) -> Response:
    rows = req.s.exec(select_rows(Report).where(col(Report.status) == ReportStatus.HELD)
                      .order_by(_URGENCY_ORDER, col(Report.created_at)))
    now = utcnow()
    held = [Held(r, now - r.created_at) for r in rows]
    return req.render("queue", held=held)


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
