"""The whole inbound path for one stored message, in one transaction:

    raw bytes -> parse -> triage -> handler (report / decision / command / record only)

The row's status changes to done in the same commit as everything the handler wrote,
so a crash at any point leaves the message 'processing' and it is simply taken again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from mailgate.context import Context
from mailgate.hold.take import take_report
from mailgate.members.bounce_mail import handle_bounce
from mailgate.members.misdirected import handle_misdirected
from mailgate.members.requests import handle_command
from mailgate.moderate.additions import handle_addition
from mailgate.moderate.corrections import handle_correction, handle_notice_reply
from mailgate.moderate.decide import handle_decision
from mailgate.moderate.questions import handle_answer
from mailgate.parse import Mail, parse
from mailgate.receive.routes import Box
from mailgate.service.quarantine import settle
from mailgate.triage import Envelope, Triage, classify, screen
from store import status
from store.db import session
from store.inbound import Reason, give_back
from store.models import InboundMail
from store.queries import is_duplicate, still_claimed
from store.status import InboundStatus, Kind
from store.types import utcnow

log = logging.getLogger(__name__)

Handler = Callable[[Session, Context, InboundMail, Mail, Triage], None]


class ClaimLost(Exception):
    """The row's lease ran out while it was handled and another worker took it: this
    worker's work is rolled back, the other's counts (processed once)."""


def _report(s: Session, ctx: Context, row: InboundMail, mail: Mail, t: Triage) -> None:
    take_report(s, ctx, row, mail)


def _command(s: Session, ctx: Context, row: InboundMail, mail: Mail, t: Triage) -> None:
    if t.route is not None and t.route.box == Box.REPORTS:
        handle_misdirected(s, ctx, mail, t)  # "AVREGISTRERA" or nothing at all, to vsn@
    else:
        handle_command(s, ctx, mail, t, row)


def _record(s: Session, ctx: Context, row: InboundMail, mail: Mail, t: Triage) -> None:
    log.info("inbound %s recorded as %s (%s)", row.id, t.kind, t.reason)


HANDLERS: dict[Kind, Handler] = {
    Kind.REPORT: _report,
    Kind.DECISION: handle_decision,
    Kind.COMMAND: _command,
    Kind.COMMENT: handle_notice_reply,
    Kind.BOUNCE: handle_bounce,
    Kind.AUTO_REPLY: _record,
    Kind.JUNK: _record,
    Kind.LOOP: _record,
    Kind.DUPLICATE: _record,
    Kind.SPAM: _record,
    Kind.BLOCKED: _record,
    Kind.ANSWER: handle_answer,
    Kind.CORRECTION: handle_correction,
    Kind.ADDITION: handle_addition,
}


def handle(s: Session, ctx: Context, row: InboundMail) -> Kind:
    mail = parse(row.raw, domain=ctx.settings.gateway.domain)
    envelope = Envelope(row.mail_from, tuple(row.rcpt_tos))
    triage = screen(s, classify(mail, envelope, ctx.settings), mail, envelope)
    if is_duplicate(s, row, mail.message_id[:998]):
        triage = Triage(Kind.DUPLICATE, triage.route, "same message already processed")
    HANDLERS[triage.kind](s, ctx, row, mail, triage)
    if not still_claimed(s, row):
        raise ClaimLost(row.id)
    status.check(row.status, InboundStatus.DONE)
    row.kind, row.status, row.processed_at = triage.kind, InboundStatus.DONE, utcnow()
    row.message_id, row.error = mail.message_id[:998], None
    s.add(row)
    return triage.kind


def process(engine: Engine, ctx: Context, row_id: int) -> Kind | None:
    """Handle one claimed row; failures are recorded on the row, never raised. A failed
    attempt sends the row back to the queue, or after [workers] max_attempts into
    quarantine (mailgate/service/quarantine.py)."""
    # The claim, told by holder and attempt: a worker the watch gave up on (it was
    # blocked) must not settle a later claim of the same row by this process.
    holder, attempt = "", 0
    try:
        with session(engine) as s:
            row = s.get(InboundMail, row_id)
            if row is None or row.status != InboundStatus.PROCESSING:
                return None
            holder, attempt = row.claimed_by or "", row.attempts
            return handle(s, ctx, row)
    except ClaimLost:
        log.warning("inbound %s: lease ran out and another worker took it", row_id)
    except OperationalError as exc:
        log.warning("inbound %s: database unavailable (%s), will retry", row_id,
                    type(exc.orig).__name__)
        _give_back(engine, row_id, holder, attempt)
    except Exception as exc:  # a bad message or a bug: keep it visible for an operator
        log.exception("inbound %s failed: %s", row_id, type(exc).__name__)
        # The type first: an operator sees it (reason_of); the message may quote the mail.
        settle(engine, ctx, row_id, holder, Reason.ERROR,
               f"{type(exc).__name__}: {exc}", attempt=attempt)
    return None


def _give_back(engine: Engine, row_id: int, holder: str, attempt: int) -> None:
    """The store failed, not the message: back to the queue, the attempt not counted."""
    try:
        with session(engine) as s:
            give_back(s, holder, [row_id], attempt=attempt)
    except OperationalError:
        log.error("inbound %s: could not give it back; the workers will (store away)", row_id)
