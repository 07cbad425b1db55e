"""Replying to a notice comments on its event.

The reply reaches vsn+comment-<token>@, the token bound to (comment, event, member). The
new part of the reply (quotes cut off) becomes a Report with event_id set, so it is
scanned, held and reviewed exactly like a report; on approval publish_comment() puts it
on the event, sends it to the members who get the event's urgency at once, and the next
digest shows it.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import replace

from sqlmodel import Session

from digest.notices.comments import notify_comment
from mailgate.config.mailing import mailing
from mailgate.context import Context
from mailgate.hold.findings import as_findings, findings_of
from mailgate.hold.take import take_report
from mailgate.moderate.authority import Refusal, admit
from mailgate.parse import Mail
from mailgate.parse.reply_text import new_part
from mailgate.replies import answer
from mailgate.scan import mask
from mailgate.triage import Triage
from store import status
from store.models import Event, EventComment, InboundMail, Report, Token
from store.queries import member_by_email
from store.status import EventStatus, MemberStatus, ReportStatus, TokenPurpose
from store.types import utcnow

log = logging.getLogger(__name__)


def handle_comment(s: Session, ctx: Context, row: InboundMail, mail: Mail, t: Triage) -> None:
    gate = admit(s, ctx, mail, t.route, TokenPurpose.COMMENT, _event_open, reusable=True,
                 held_for_review=True)
    event = s.get(Event, gate.token.object_id) if gate.token is not None else None
    text = "\n".join(new_part(mail.text)).strip()
    problem = str(gate.refusal) if gate.refusal is not None else ("" if text else "empty")
    if problem or event is None:
        log.info("inbound %s: comment refused (%s)", row.id, problem)
        answer(s, ctx, mail.sender, "member/comment_refused",
               subject="VSN: kommentaren togs inte emot", in_reply_to=mail.message_id,
               problem=problem, event=event,
               requests=ctx.settings.address(ctx.settings.gateway.requests))
        return
    subject = f"Kommentar till {event.reference}: {event.title}"[:300]
    report = take_report(s, ctx, row, replace(mail, text=text, subject=subject),
                         event_id=event.id)
    log.info("inbound %s: comment on %s held as %s", row.id, event.reference, report.reference)


def _event_open(s: Session, token: Token) -> Refusal | None:
    """A comment needs an active member and a warning that still stands."""
    member = member_by_email(s, token.person)
    if member is None or member.status != MemberStatus.ACTIVE:
        return Refusal.NOT_MEMBER
    event = s.get(Event, token.object_id)
    if event is None:
        return Refusal.UNKNOWN
    return Refusal.RETRACTED if event.status == EventStatus.RETRACTED else None


def publish_comment(s: Session, ctx: Context, report: Report, keep: Collection[int]) -> Event:
    """An approved comment: masked like a report's text, shown on its event, and sent at
    once to the members who get the event's urgency at once."""
    assert report.id is not None and report.event_id is not None
    status.check(report.status, ReportStatus.PUBLISHED)
    event = s.get(Event, report.event_id)
    assert event is not None
    text = mask(report.text, as_findings(findings_of(s, report.id)), keep=keep)
    comment = EventComment(event_id=report.event_id, report_id=report.id, text=text)
    report.status, report.decided_at = ReportStatus.PUBLISHED, utcnow()
    s.add_all([comment, report])
    s.flush()
    writer = member_by_email(s, report.sender)
    queued = notify_comment(s, mailing(ctx), event, comment, writer=report.sender,
                            org_type=writer.org_type if writer is not None else "",
                            policy=ctx.settings.tiers, token_days=ctx.settings.members.token_days)
    log.info("comment %s published on %s, %d notices queued", report.reference,
             event.reference, queued)
    return event
