"""When one moderator decides, the other moderators get a short note, so that nobody
works on a report that is already decided. Their review mails' reply addresses keep
refusing as before (authority.py): the note only saves them the trouble of trying.

The note's Message-ID has the review shape, so a reply to it that reaches vsn@ is taken
for a reply to a review (and refused for want of a token), never for a new report.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlmodel import Session

from digest.compose.message import Draft, compose
from digest.compose.render import render_pair
from digest.outbox import enqueue
from mailgate.context import Context
from mailgate.parse import Mail
from store.models import Report
from store.status import ReportStatus


@dataclass(frozen=True)
class Note:
    verb: str        # in the subject: "2026-0001 godkänd av …"
    done: str        # in the body, {by} the moderator: what happened to the report
    english: str     # the same in a line of English


# The report's status after an admitted decision, and what the others are told. A question
# (FRÅGA) decides nothing and leaves no note.
NOTES: dict[ReportStatus, Note] = {
    ReportStatus.PUBLISHED: Note("godkänd", "är godkänd och publicerad av {by}",
                                 "approved and published by {by}"),
    ReportStatus.REJECTED: Note("avslagen", "är avslagen av {by} och publiceras inte",
                                "rejected by {by}"),
    ReportStatus.HELD: Note("ändrad", "har fått en ny text av {by} och skickats för ny "
                            "granskning", "changed by {by} and sent for review again"),
    ReportStatus.DISCARDED: Note("kastad", "är kastad av {by}; ingen har fått svar",
                                 "discarded by {by}; nobody was answered"),
}
DECIDING = frozenset({"approve", "reject", "edit", "discard"})


def tell_the_others(s: Session, ctx: Context, report: Report, action: str, mail: Mail) -> int:
    """A note to every moderator but the one who decided; how many were queued."""
    note = NOTES.get(ReportStatus(report.status)) if action in DECIDING else None
    if note is None:
        return 0
    others = [m for m in ctx.settings.moderation.moderators if m.lower() != mail.sender]
    by = mail.sender_name or mail.sender
    for moderator in others:
        _queue(s, ctx, moderator, report, note, by)
    return len(others)


def _queue(s: Session, ctx: Context, moderator: str, report: Report, note: Note,
           by: str) -> None:
    what = "Kommentar" if report.event_id else "Rapport"
    text, html = render_pair("moderator/decided_note", report=report, what=what,
                             done=note.done.format(by=by), english=note.english.format(by=by),
                             held=report.status == ReportStatus.HELD)
    subject = f"{report.reference} {note.verb} av {by}"
    draft = Draft(to=moderator, subject=subject[:200], text=text, html=html,
                  headers=(("X-VSN-Reference", report.reference),))
    message = compose(ctx.identity, draft)
    message.replace_header(
        "Message-ID", f"<review.{report.reference}.note.{uuid.uuid4().hex}@{ctx.identity.domain}>")
    enqueue(s, "moderation", ctx.bounce_address, message)
