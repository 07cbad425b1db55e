"""The review mail: one per moderator, each with its own reply token, so that a moderator
can decide with one reply (or one click on the approve / reject links)."""

from __future__ import annotations

import re
import uuid
from urllib.parse import quote

from sqlmodel import Session, col, delete, select

from digest.compose.message import Draft, compose
from digest.compose.render import render_pair
from digest.outbox import enqueue
from mailgate.context import Context
from mailgate.receive.routes import reply_address
from mailgate.scan import WARNING_TYPES, Finding, mask, publishable, scan
from store import tokens
from store.models import Attachment, Event, FindingRow, Outbox, Question, Report
from store.queries import member_by_email
from store.status import TokenPurpose

TAG = "VSN-granskning"
# "RÖD: …", "[GUL] …", "Akut - …": the urgency label is shown apart, not in the title.
_URGENCY_LABEL = re.compile(r"^\s*\[?\s*(röd|rod|red|gul|yellow|grön|gron|green|akut|urgent)"
                            r"\s*\]?\s*[:\-–—]?\s*", re.I)


def review_subject(report: Report, banner: str = "") -> str:
    """`[VSN-granskning 2026-0042] <the reporter's subject>`, a banner after the tag."""
    middle = f" {banner}:" if banner else ""
    return f"[{TAG} {report.reference}]{middle} {report.subject}".strip()


def proposed_title(report: Report) -> str:
    """The event title unless the moderator gives one: the subject, masked like the text.

    The reporter's subject is never scanned with the body, so it is scanned here: a name
    in a subject must not reach every member through the title.
    """
    subject = _URGENCY_LABEL.sub("", report.title or report.subject, count=1).strip()
    subject = subject or report.title or report.subject
    return mask(subject, scan(subject)) if subject else report.reference


def findings_of(s: Session, report_id: int) -> list[FindingRow]:
    stmt = select(FindingRow).where(col(FindingRow.report_id) == report_id)
    return list(s.exec(stmt.order_by(col(FindingRow.number), col(FindingRow.start))))


def as_findings(rows: list[FindingRow]) -> list[Finding]:
    return [Finding(r.type, r.start, r.end, r.score, r.recognizer, r.text)
            for r in rows if r.number > 0]


def keep_findings(s: Session, report_id: int, found: list[Finding]) -> None:
    """Numbered findings (as the moderator will refer to them) and unnumbered warnings."""
    for number, f in enumerate(publishable(found), start=1):
        s.add(FindingRow(report_id=report_id, number=number, type=f.type, start=f.start,
                         end=f.end, score=f.score, recognizer=f.recognizer, text=f.text))
    for f in found:
        if f.type in WARNING_TYPES:
            s.add(FindingRow(report_id=report_id, number=0, type=f.type, start=f.start,
                             end=f.end, score=f.score, recognizer=f.recognizer, text=f.text))


def replace_text(s: Session, report: Report, text: str) -> list[Finding]:
    """A moderator's corrected text becomes the report's text, scanned and stored afresh."""
    assert report.id is not None
    found = scan(text)
    s.execute(delete(FindingRow).where(col(FindingRow.report_id) == report.id))
    report.text, report.masked_text = text, mask(text, found)
    s.add(report)
    keep_findings(s, report.id, found)
    s.flush()
    return found


def send_reviews(s: Session, ctx: Context, report: Report, *, note: str = "") -> int:
    """A review mail to every moderator; how many were queued."""
    return sum(send_review(s, ctx, report, m, note=note)
               for m in ctx.settings.moderation.moderators)


def send_review(s: Session, ctx: Context, report: Report, moderator: str, *, note: str = "",
                banner: str = "", dedupe_key: str | None = None) -> bool:
    """One review mail with a fresh token; False when dedupe_key was already queued."""
    assert report.id is not None
    if dedupe_key is not None and _queued(s, dedupe_key):
        return False  # checked first, so that no unused token is issued
    token = tokens.issue(s, TokenPurpose.REVIEW, report.id, moderator, report.expires_at)
    address = reply_address(ctx.settings.gateway, TokenPurpose.REVIEW, token)
    text, html = render_pair("moderator/review", **_context(s, report, address, note, banner))
    draft = Draft(to=moderator, subject=review_subject(report, banner), text=text, html=html,
                  reply_to=address, headers=(("X-VSN-Urgency", report.urgency),
                                             ("X-VSN-Reference", report.reference)))
    message = compose(ctx.identity, draft)
    # A recognisable Message-ID lets triage see a reply to vsn@ for what it is (never authority).
    message.replace_header("Message-ID",
                           f"<review.{report.reference}.{uuid.uuid4().hex}@{ctx.identity.domain}>")
    return enqueue(s, "review", ctx.bounce_address, message, dedupe_key=dedupe_key) is not None


def _context(s: Session, report: Report, address: str, note: str,
             banner: str) -> dict[str, object]:
    assert report.id is not None
    rows = findings_of(s, report.id)
    tag = f"[{TAG} {report.reference}]"
    return {
        "report": report, "note": note, "banner": banner, "title": proposed_title(report),
        "masked": mask(report.text, as_findings(rows), numbered=True),
        "findings": [r for r in rows if r.number > 0],
        "warnings": [r for r in rows if r.number == 0],
        "attachments": list(s.exec(select(Attachment)
                                   .where(col(Attachment.report_id) == report.id))),
        "questions": list(s.exec(select(Question).where(col(Question.report_id) == report.id)
                                 .order_by(col(Question.id)))),
        "member": member_by_email(s, report.sender),
        # A comment is reviewed like a report; the moderator must see which warning it is on.
        "commented": s.get(Event, report.event_id) if report.event_id else None,
        "reply_address": address,
        "approve_link": mailto(address, f"GODKÄNN {tag}", "GODKÄNN\n"),
        "reject_link": mailto(address, f"AVSLÅ {tag}", "AVSLÅ: "),
    }


def mailto(address: str, subject: str, body: str = "") -> str:
    link = f"mailto:{address}?subject={quote(subject)}"
    return link + (f"&body={quote(body)}" if body else "")


def _queued(s: Session, dedupe_key: str) -> bool:
    stmt = select(Outbox.id).where(col(Outbox.dedupe_key) == dedupe_key)
    return s.exec(stmt).first() is not None
