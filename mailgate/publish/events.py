"""Publishing an approved report as an event, and the notices that follow."""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass

from sqlmodel import Session

from digest.notices.first import notify
from mailgate.context import Context
from mailgate.hold.findings import as_findings, findings_of
from mailgate.hold.proposal import blank, propose
from mailgate.publish.comments import publish_comment
from mailgate.publish.guard import blocking, in_original, mask_tracked
from mailgate.scan import Finding
from store import status
from store.models import Event, Report
from store.status import ReportStatus, Urgency
from store.types import utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Approval:
    """What the approving moderator decided, however they said it."""

    title: str
    urgency: Urgency | None = None      # None: the reporter's urgency stands
    verified: bool = False
    keep: Collection[int] = ()          # findings (by number) that are not masked
    # warning-mail: the warning's parts; "" takes the proposal (mailgate/hold/proposal.py).
    what: str = ""
    region: str = ""
    advice: str = ""
    keep_letter: bool = False           # BEHÅLL HÄLSNING: greeting, closing etc. stay


@dataclass(frozen=True)
class Blocked:
    """Nothing was published: the final text still holds these structured identifiers
    (placed in the report's text), which the moderator did not keep (publish/guard.py)."""

    findings: tuple[Finding, ...]


def publish(s: Session, ctx: Context, report: Report, approval: Approval) -> Event | Blocked:
    """The event (or comment) with its notices queued, unless the guard stops it."""
    assert report.id is not None
    findings = as_findings(findings_of(s, report.id))
    proposal = propose(report, findings, keep=approval.keep, keep_letter=approval.keep_letter)
    # The guard scans what members would read: the letter parts cut from it are blanked
    # (offsets kept, so a blocking finding is still placed in the report's text).
    cut = () if approval.keep_letter or report.event_id is not None else proposal.letter
    masked = mask_tracked(blank(report.text, cut), findings, approval.keep)
    stopped = blocking(masked)
    if stopped:
        log.warning("report %s: publication blocked, %d identifiers in the final text",
                    report.reference, len(stopped))
        return Blocked(tuple(in_original(masked, f, report.text) for f in stopped))
    if report.event_id is not None:  # a member's comment on an event, not a new event
        return publish_comment(s, ctx, report, approval.keep)
    status.check(report.status, ReportStatus.PUBLISHED)
    event = Event(
        report_id=report.id, reference=report.reference,
        title=approval.title or report.title or report.reference, text=proposal.text,
        urgency=approval.urgency or Urgency(report.urgency), verified=approval.verified,
        what=approval.what or proposal.what, region=approval.region or proposal.region,
        advice=approval.advice or proposal.advice,
    )
    report.status, report.decided_at = ReportStatus.PUBLISHED, utcnow()
    report.urgency = event.urgency
    report.verified = approval.verified
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
