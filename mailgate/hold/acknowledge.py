"""The acknowledgement to whoever wrote a report or a comment.

Its Reply-To carries a token bound to (addition, report, writer): a reply to it is more
about the same report (moderate/additions.py), not a new report titled "SV: Mottaget: …".
The token is reusable, and lives as long as the report may be held and then corrected.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from mailgate.context import Context
from mailgate.parse import Mail
from mailgate.receive.routes import reply_address
from mailgate.replies import answer, may_answer
from store import tokens
from store.models import Event, Report
from store.status import TokenPurpose
from store.types import utcnow


def acknowledge(s: Session, ctx: Context, report: Report, mail: Mail) -> bool:
    """Thank the writer (rate-limited); False when the daily cap stopped it."""
    if not may_answer(s, ctx, mail.sender):
        return False  # checked first, so that no token is issued for a mail never sent
    event = s.get(Event, report.event_id) if report.event_id is not None else None
    answer(s, ctx, mail.sender, "reporter/comment_ack" if event else "reporter/ack",
           kind="ack", limited=False, reply_to=addition_address(s, ctx, report),
           subject=f"Mottaget: {report.reference} {mail.subject}".strip(),
           in_reply_to=mail.message_id, report=report, event=event)
    return True


def addition_address(s: Session, ctx: Context, report: Report) -> str:
    """A fresh vsn+addition-<token>@ address for the report's writer."""
    assert report.id is not None
    token = tokens.issue(s, TokenPurpose.ADDITION, report.id, report.sender,
                         addition_expiry(ctx, report))
    return reply_address(ctx.settings.gateway, TokenPurpose.ADDITION, token)


def addition_expiry(ctx: Context, report: Report) -> datetime:
    """While the report may be held, and then as long as a publication can be corrected."""
    held_until = report.expires_at or utcnow() + ctx.hold_time
    return held_until + timedelta(days=ctx.settings.moderation.correction_days)
