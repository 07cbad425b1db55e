"""The reporter stays in the loop: told when the report (or comment) is published, with
the text as members got it. The mail's Reply-To is a fresh addition address, so a reply
reaches the moderators as a proposed correction (moderate/additions.py), not a new report.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from mailgate.context import Context
from mailgate.hold.acknowledge import addition_address
from mailgate.replies import answer
from store.models import Event, EventComment, Report


def tell_published(s: Session, ctx: Context, report: Report, event: Event) -> None:
    comment = None
    if report.event_id is not None:
        stmt = select(EventComment).where(col(EventComment.report_id) == report.id)
        comment = s.exec(stmt).first()
    what = "kommentar" if comment is not None else "rapport"
    answer(s, ctx, report.sender, "reporter/published", kind="moderation", limited=False,
           reply_to=None if comment is not None else addition_address(s, ctx, report),
           subject=f"Publicerad: din {what} {report.reference}", report=report, event=event,
           comment=comment)
