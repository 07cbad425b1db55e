"""A failed attempt at an inbound row, settled: back to the queue, or quarantined and the
operators told.

The notice names the row by id, size, date and reason class only: no sender, subject or
body, since it goes by mail and the reason the row failed may be personal data in it.
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from digest.compose.message import Draft, compose
from digest.compose.render import render_pair
from digest.outbox import enqueue
from mailgate.context import Context
from mailgate.service.alerts import operators
from store.db import session
from store.inbound import Reason, reason_of, settle_failure
from store.models import InboundMail
from store.status import InboundStatus

log = logging.getLogger(__name__)

# What the operator can do about each reason class (the notice's last paragraph).
ADVICE: dict[Reason, str] = {
    Reason.ERROR: "Felet står i tjänstens logg vid samma tid (utan personuppgifter). Ett fel i "
                  "VSN rättas av en uppdatering; försök sedan igen.",
    Reason.TIME_LIMIT: "Behandlingen tog längre tid än [workers] row_seconds tillåter. Ett "
                       "mycket långt meddelande kan behöva en högre gräns; försök sedan igen.",
    Reason.CRASH: "Tjänsten avslutades medan meddelandet behandlades, flera gånger. Se efter "
                  "i systemloggen om den tog slut på minne innan du försöker igen.",
}


def settle(engine: Engine, ctx: Context, row_id: int, holder: str, reason: Reason,
           detail: str, *, attempt: int | None = None) -> InboundStatus | None:
    """Count the failed attempt (store/inbound.py); never raises."""
    try:
        with session(engine) as s:
            return settle_in(s, ctx, row_id, holder, reason, detail, attempt=attempt)
    except OperationalError:
        log.error("inbound %s: could not record the failure; the lease will release it",
                  row_id)
        return None


def settle_in(s: Session, ctx: Context, row_id: int, holder: str, reason: Reason,
              detail: str, *, attempt: int | None = None) -> InboundStatus | None:
    new = settle_failure(s, holder, row_id, reason, detail,
                         ctx.settings.workers.max_attempts, attempt=attempt)
    if new == InboundStatus.RECEIVED:
        log.warning("inbound %s: attempt failed (%s); it will be tried again", row_id, reason)
    elif new == InboundStatus.QUARANTINED:
        row = s.get(InboundMail, row_id)
        assert row is not None
        log.error("inbound %s quarantined after %d attempts (%s): `vsn inbound list`",
                  row_id, row.attempts, reason)
        tell_operators(s, ctx, row, reason)
    return new


def tell_operators(s: Session, ctx: Context, row: InboundMail, reason: Reason) -> None:
    context = {"row_id": row.id, "received": f"{row.received_at:%Y-%m-%d %H:%M}",
               "size": row.size, "attempts": row.attempts, "reason": reason_of(row.error),
               "advice": ADVICE[reason]}
    for rcpt in operators(ctx):
        text, html = render_pair("admin/quarantined", **context)
        draft = Draft(to=rcpt, subject=f"VSN: inkommet meddelande {row.id} ställt undan",
                      text=text, html=html)
        # Queued with the quarantine itself: told once, and again if quarantined again.
        enqueue(s, "alert", ctx.bounce_address, compose(ctx.identity, draft))
