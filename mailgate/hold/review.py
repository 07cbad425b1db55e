"""The review mail: one per moderator, each with its own reply token, so that a moderator
can decide with one reply (or one click on the approve / reject links)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from sqlmodel import Session, col, select

from digest.compose.message import Draft, compose
from digest.compose.render import render_pair
from digest.outbox import enqueue
from mailgate.context import Context
from mailgate.hold.comment_view import comment_view
from mailgate.hold.findings import as_findings, findings_of, proposed_title
from mailgate.hold.proposal import POSSIBLE_BELOW, Proposal, propose
from mailgate.receive.routes import reply_address
from store import tokens
from store.models import Attachment, Event, FindingRow, Member, Question, Report
from store.queries import in_outbox, member_by_email
from store.status import TokenPurpose

TAG = "VSN-granskning"


def review_subject(report: Report, banner: str = "") -> str:
    """`[VSN-granskning 2026-0042] <the reporter's subject>`, a banner after the tag."""
    middle = f" {banner}:" if banner else ""
    return f"[{TAG} {report.reference}]{middle} {report.subject}".strip()


@dataclass(frozen=True)
class Prepared:
    """A review's findings and proposal, made before the report was written (take.py):
    SQLite admits one writer, and a long thread's proposal takes seconds."""

    rows: list[FindingRow]
    proposal: Proposal


def prepare(report: Report, rows: list[FindingRow]) -> Prepared:
    return Prepared(rows, propose(report, as_findings(rows)))


def send_reviews(s: Session, ctx: Context, report: Report, *, note: str = "",
                 prepared: Prepared | None = None) -> int:
    """A review mail to every moderator; how many were queued. What the mails share is read
    and proposed once (a long thread's findings and proposal cost seconds each time)."""
    shared = _read_shared(s, report, prepared)
    return sum(send_review(s, ctx, report, m, note=note, shared=shared)
               for m in ctx.settings.moderation.moderators)


@dataclass(frozen=True)
class _Shared:
    """What every moderator's review of one report shows alike."""

    prepared: Prepared
    attachments: list[Attachment]
    questions: list[Question]
    member: Member | None
    commented: Event | None  # a comment is reviewed like a report, beside its warning


def _read_shared(s: Session, report: Report, prepared: Prepared | None = None) -> _Shared:
    assert report.id is not None
    return _Shared(
        prepared or prepare(report, findings_of(s, report.id)),
        list(s.exec(select(Attachment).where(col(Attachment.report_id) == report.id))),
        list(s.exec(select(Question).where(col(Question.report_id) == report.id)
                    .order_by(col(Question.id)))),
        member_by_email(s, report.sender),
        s.get(Event, report.event_id) if report.event_id else None)


def send_review(s: Session, ctx: Context, report: Report, moderator: str, *, note: str = "",
                banner: str = "", dedupe_key: str | None = None,
                shared: _Shared | None = None) -> bool:
    """One review mail with a fresh token; False when dedupe_key was already queued."""
    assert report.id is not None
    if dedupe_key is not None and in_outbox(s, dedupe_key):
        return False  # checked first, so that no unused token is issued
    token = tokens.issue(s, TokenPurpose.REVIEW, report.id, moderator, report.expires_at)
    address = reply_address(ctx.settings.gateway, TokenPurpose.REVIEW, token)
    template, extra = (("moderator/comment_review", comment_view(s, report))
                       if report.event_id else ("moderator/review", {}))
    shared = shared or _read_shared(s, report)
    text, html = render_pair(template, **review_view(
        report, shared.prepared.rows, address, note=note, banner=banner,
        proposal=shared.prepared.proposal,
        attachments=shared.attachments, questions=shared.questions, member=shared.member,
        commented=shared.commented), **extra)
    draft = Draft(to=moderator, subject=review_subject(report, banner), text=text, html=html,
                  reply_to=address, headers=(("X-VSN-Urgency", report.urgency),
                                             ("X-VSN-Reference", report.reference)))
    message = compose(ctx.identity, draft)
    # A recognisable Message-ID lets triage see a reply to vsn@ for what it is (never authority).
    message.replace_header("Message-ID",
                           f"<review.{report.reference}.{uuid.uuid4().hex}@{ctx.identity.domain}>")
    return enqueue(s, "review", ctx.bounce_address, message, dedupe_key=dedupe_key) is not None


def review_view(report: Report, rows: list[FindingRow], address: str, *, note: str = "",
                banner: str = "", attachments: Sequence[Attachment] = (),
                questions: Sequence[Question] = (), member: Member | None = None,
                commented: Event | None = None,
                proposal: Proposal | None = None) -> dict[str, object]:
    """What the review templates show, from rows already read: text first, findings marked
    in it, the letter around it shown as removed, then findings, parts and commands."""
    tag = f"[{TAG} {report.reference}]"
    proposal = proposal or propose(report, as_findings(rows))
    numbered = [r for r in rows if r.number > 0]
    return {
        "report": report, "note": note, "banner": banner, "title": proposed_title(report),
        "marked": proposal.marked, "letter": proposal.letter, "parts": proposal,
        "findings": [r for r in numbered if r.score >= POSSIBLE_BELOW],
        "possible": [r for r in numbered if r.score < POSSIBLE_BELOW],
        "warnings": [r for r in rows if r.number == 0],
        "attachments": list(attachments), "questions": list(questions), "member": member,
        "commented": commented, "reply_address": address,
        "approve_link": mailto(address, f"GODKÄNN {tag}", "GODKÄNN\n"),
        "reject_link": mailto(address, f"AVSLÅ {tag}", "AVSLÅ: "),
    }


def mailto(address: str, subject: str, body: str = "") -> str:
    link = f"mailto:{address}?subject={quote(subject)}"
    return link + (f"&body={quote(body)}" if body else "")

