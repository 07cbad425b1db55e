"""A delivery status notification for one of our members: the VERP address names the
member, the DSN says how bad, and the bounce score decides whether they are suspended."""

from __future__ import annotations

import logging

from sqlmodel import Session, col, select

from digest.deliver.bounces import record_bounce
from mailgate.config.mailing import bounce_policy, mailing
from mailgate.context import Context
from mailgate.parse import Mail, bounce_failures
from mailgate.triage import Triage
from store.models import InboundMail, Member
from store.queries import member_by_email

log = logging.getLogger(__name__)


def handle_bounce(s: Session, ctx: Context, row: InboundMail, mail: Mail, t: Triage) -> None:
    """A DSN for one of our members: the VERP address names them, the DSN says how bad."""
    failures = bounce_failures(mail)
    member = _bounced_member(s, t, [f.recipient for f in failures])
    if member is None or not failures:
        log.info("inbound %s: bounce for no known member (%d failures)", row.id, len(failures))
        return
    hard = any(f.hard for f in failures)
    code = next((f.status for f in failures if f.hard == hard and f.status), "")
    scored = record_bounce(s, mailing(ctx), bounce_policy(ctx.settings), member, hard=hard,
                           code=code, source="dsn")
    log.info("inbound %s: %s bounce for member %s, score %.2f", row.id,
             "hard" if hard else "soft", member.id, scored.score)


def _bounced_member(s: Session, t: Triage, recipients: list[str]) -> Member | None:
    verp = t.route.token if t.route is not None else ""
    if verp:
        found = s.exec(select(Member).where(col(Member.verp) == verp.lower())).first()
        if found is not None:
            return found
    for address in recipients:
        member = member_by_email(s, address)
        if member is not None:
            return member
    return None
