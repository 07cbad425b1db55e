"""The review mail: one per moderator, each with its own single-use reply token."""

from __future__ import annotations

from urllib.parse import quote

from sqlmodel import Session, col, select

from digest.compose import Draft, compose
from digest.outbox import enqueue
from digest.render import render_pair
from mailgate import tokens
from mailgate.context import Context
from mailgate.receive.routes import reply_address
from mailgate.scan import Finding, mask
from store.models import Attachment, FindingRow, Report
from store.queries import member_by_email
from store.status import TokenPurpose


def review_subject(report: Report) -> str:
    return f"[VSN-granskning {report.reference}] {report.subject}".strip()


def findings_of(s: Session, report_id: int) -> list[FindingRow]:
    stmt = select(FindingRow).where(col(FindingRow.report_id) == report_id)
    return list(s.exec(stmt.order_by(col(FindingRow.number), col(FindingRow.start))))


def as_findings(rows: list[FindingRow]) -> list[Finding]:
    return [Finding(r.type, r.start, r.end, r.score, r.recognizer, r.text)
            for r in rows if r.number > 0]


def send_reviews(s: Session, ctx: Context, report: Report) -> None:
    assert report.id is not None
    rows = findings_of(s, report.id)
    numbered = mask(report.text, as_findings(rows), numbered=True)
    attachments = list(s.exec(select(Attachment).where(col(Attachment.report_id) == report.id)))
    member = member_by_email(s, report.sender)
    for moderator in ctx.settings.moderation.moderators:
        token = tokens.issue(s, TokenPurpose.REVIEW, report.id, moderator, report.expires_at)
        address = reply_address(ctx.settings.gateway, TokenPurpose.REVIEW, token)
        text, html = render_pair(
            "moderator/review", report=report, masked=numbered,
            findings=[r for r in rows if r.number > 0],
            warnings=[r for r in rows if r.number == 0], attachments=attachments,
            member=member, reply_address=address,
            approve_link=_mailto(address, f"GODKÄNN [VSN-granskning {report.reference}]"),
            reject_link=_mailto(address, f"AVSLÅ [VSN-granskning {report.reference}]"),
        )
        draft = Draft(to=moderator, subject=review_subject(report), text=text, html=html,
                      reply_to=address, headers=(("X-VSN-Urgency", report.urgency),
                                                 ("X-VSN-Reference", report.reference)))
        enqueue(s, "review", ctx.bounce_address, compose(ctx.identity, draft))


def _mailto(address: str, subject: str) -> str:
    return f"mailto:{address}?subject={quote(subject)}"
