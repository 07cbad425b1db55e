"""Replying to a notice comments on its event.

The reply reaches vsn+comment-<token>@, the token bound to (comment, event, member). The
new part of the reply (quotes cut off) becomes a Report with event_id set, so it is
scanned, held and reviewed exactly like a report; on approval publish_comment() puts it
on the event, and the next digest shows it.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from sqlmodel import Session

from mailgate.context import Context
from mailgate.hold.review import as_findings, findings_of
from mailgate.hold.take import take_report
from mailgate.moderate.commands import Command, new_part
from mailgate.parse import Mail
from mailgate.replies import answer
from mailgate.scan import mask
from mailgate.triage import Triage
from store import status, tokens
from store.models import Event, EventComment, InboundMail, Report
from store.queries import member_by_email
from store.status import EventStatus, MemberStatus, ReportStatus, TokenPurpose
from store.types import utcnow

log = logging.getLogger(__name__)


def handle_comment(s: Session, ctx: Context, row: InboundMail, mail: Mail, t: Triage) -> None:
    token = t.route.token if t.route is not None else ""
    checked = tokens.check(s, token, TokenPurpose.COMMENT)
    event = s.get(Event, checked.token.object_id) if checked.token else None
    problem = _problem(s, checked, event, mail.sender)
    text = "\n".join(new_part(mail.text)).strip()
    if not problem and not text:
        problem = "empty"
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


def _problem(s: Session, checked: tokens.Checked, event: Event | None, sender: str) -> str:
    # Comment tokens are not single use: a member may comment on a warning more than once.
    if checked.problem is not None and checked.problem != tokens.TokenProblem.USED:
        return str(checked.problem)
    if checked.token is None or checked.token.person != sender.lower():
        return "wrong_sender"
    member = member_by_email(s, sender)
    if member is None or member.status != MemberStatus.ACTIVE:
        return "not_member"
    if event is None or event.status == EventStatus.RETRACTED:
        return "retracted"
    return ""


def publish_comment(s: Session, report: Report, command: Command) -> Event:
    """An approved comment: masked like a report's text, shown on its event."""
    assert report.id is not None and report.event_id is not None
    status.check(report.status, ReportStatus.PUBLISHED)
    event = s.get(Event, report.event_id)
    assert event is not None
    text = mask(report.text, as_findings(findings_of(s, report.id)), keep=command.keep)
    s.add(EventComment(event_id=report.event_id, report_id=report.id, text=text))
    report.status, report.decided_at = ReportStatus.PUBLISHED, utcnow()
    s.add(report)
    log.info("comment %s published on %s", report.reference, event.reference)
    return event
