"""A new report: reference, urgency, personal-data scan, held for review, mailed to moderators."""

from __future__ import annotations

import logging

from sqlmodel import Session

from mailgate.context import Context
from mailgate.hold.acknowledge import acknowledge
from mailgate.hold.batch import batch, should_batch
from mailgate.hold.findings import finding_rows, keep_findings
from mailgate.hold.review import prepare, send_reviews
from mailgate.hold.urgency import read_urgency
from mailgate.parse import Mail
from mailgate.scan import mask, scan, strip_image_metadata
from store.models import Attachment, InboundMail, Report
from store.queries import next_reference
from store.status import Urgency
from store.types import utcnow

log = logging.getLogger(__name__)


def take_report(s: Session, ctx: Context, inbound: InboundMail, mail: Mail, *,
                event_id: int | None = None) -> Report:
    """Hold a report (or, with event_id, a comment on that event) and ask for review."""
    given = read_urgency(mail.subject, mail.text)
    found = scan(mail.text)
    now = utcnow()
    report = Report(
        reference="", inbound_id=inbound.id or 0,
        sender=mail.sender, sender_name=mail.sender_name, subject=mail.subject,
        forwarded_from=mail.forwarded_from,
        text=mail.text, masked_text=mask(mail.text, found),
        urgency=given or Urgency(ctx.settings.moderation.default_urgency),
        urgency_given=given is not None, title=mail.subject,
        expires_at=now + ctx.hold_time, event_id=event_id,
    )
    # Everything that reads the text is done before the first write: SQLite admits one
    # writer, and a long thread's masking and proposal would hold every other worker.
    rows = finding_rows(found)
    prepared = prepare(report, rows)
    report.reference = next_reference(s, now.year)
    s.add(report)
    s.flush()
    assert report.id is not None
    keep_findings(s, report.id, found, rows)
    keep_attachments(s, report.id, mail)
    if should_batch(s, ctx, report):   # a flood from strangers: one list, no ack (batch.py)
        batch(s, report)
        log.info("report %s held for the batched list (flood)", report.reference)
        return report
    send_reviews(s, ctx, report, prepared=prepared)
    acknowledge(s, ctx, report, mail)
    log.info("report %s held (urgency %s, %d findings)", report.reference, report.urgency,
             len(found))
    return report


def keep_attachments(s: Session, report_id: int, mail: Mail) -> None:
    for part in mail.attachments:
        try:
            data = strip_image_metadata(part.data, part.content_type)
        except ValueError:
            data = b""  # an unreadable image is listed for the moderator, never kept raw
        s.add(Attachment(report_id=report_id, filename=part.filename,
                         content_type=part.content_type, size=part.size, data=data))
