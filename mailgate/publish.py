"""Publishing an approved report as an event, and the notices that follow."""

from __future__ import annotations

import logging

from sqlmodel import Session

from digest.notify import notify
from mailgate.comments import publish_comment
from mailgate.context import Context
from mailgate.reply import Command
from mailgate.review import as_findings, findings_of
from mailgate.scan import mask
from store import status
from store.models import Event, Report
from store.status import ReportStatus, Urgency
from store.types import utcnow

log = logging.getLogger(__name__)


def publish(s: Session, ctx: Context, report: Report, command: Command) -> Event:
    assert report.id is not None
    if report.event_id is not None:  # a member's comment on an event, not a new event
        return publish_comment(s, report, command)
    status.check(report.status, ReportStatus.PUBLISHED)
    findings = as_findings(findings_of(s, report.id))
    text = mask(report.text, findings, keep=command.keep)
    event = Event(
        report_id=report.id, reference=report.reference,
        title=command.title or report.title or report.reference, text=text,
        urgency=command.urgency or Urgency(report.urgency), verified=command.verified,
    )
    report.status, report.decided_at = ReportStatus.PUBLISHED, utcnow()
    report.urgency = event.urgency
    report.verified = command.verified
    s.add_all([report, event])
    s.flush()
    queued = notify(s, ctx.identity, ctx.bounce_address, event, policy=ctx.settings.tiers,
                    token_days=ctx.settings.members.token_days,
                    full_text=ctx.settings.notices.full_text)
    log.info("event %s published (%s), %d notices queued", event.reference, event.urgency,
             queued)
    return event


def reject(s: Session, report: Report) -> None:
    status.check(report.status, ReportStatus.REJECTED)
    report.status, report.decided_at = ReportStatus.REJECTED, utcnow()
    s.add(report)
