"""After publication: the moderator's confirmation mail ("Publicerad: …") carries a token
bound to (event, moderator). A reply to it with RÄTTELSE publishes an update linked to the
event; ÅTERKALLA retracts the event. Members who got the original notice get an update
notice that refers to it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

from sqlmodel import Session

from digest.notices.updates import notify_update
from mailgate.config.mailing import mailing
from mailgate.context import Context
from mailgate.hold.review import review_subject
from mailgate.moderate.authority import Refusal, Refused, admit, audit, refuse
from mailgate.moderate.commands import Action, Command, Unclear, read_command
from mailgate.parse import Mail
from mailgate.receive.routes import reply_address
from mailgate.replies import answer
from mailgate.scan import Finding, publishable, scan
from mailgate.triage import Triage
from store import status, tokens
from store.models import Event, EventUpdate, InboundMail, Report, Token
from store.queries import lock_row
from store.status import EventStatus, TokenPurpose, UpdateKind
from store.types import utcnow

log = logging.getLogger(__name__)

Apply = Callable[[Session, Context, Event, Command, str], EventUpdate]


def confirm_published(s: Session, ctx: Context, report: Report, event: Event,
                      moderator: str, *, update: EventUpdate | None = None) -> None:
    """The admin mail for a publication (or a correction), with a fresh event token."""
    assert event.id is not None
    days = ctx.settings.moderation.correction_days
    expires = utcnow() + timedelta(days=days)
    token = tokens.issue(s, TokenPurpose.EVENT, event.id, moderator, expires)
    address = reply_address(ctx.settings.gateway, TokenPurpose.EVENT, token)
    prefix = "Rättelse publicerad" if update is not None else "Publicerad"
    answer(s, ctx, moderator, "moderator/published", limited=False,
           kind="moderation", reply_to=address,
           subject=f"{prefix}: {review_subject(report)}", report=report, event=event,
           update=update, days=days)


def _correct(s: Session, ctx: Context, event: Event, command: Command,
             moderator: str) -> EventUpdate:
    event.updated_at = utcnow()
    return EventUpdate(event_id=event.id or 0, kind=UpdateKind.CORRECTION,
                       title=command.title or event.title,
                       text=command.text or command.reason or "", moderator=moderator)


def _retract(s: Session, ctx: Context, event: Event, command: Command,
             moderator: str) -> EventUpdate:
    status.check(event.status, EventStatus.RETRACTED)
    event.status, event.retracted_at = EventStatus.RETRACTED, utcnow()
    return EventUpdate(event_id=event.id or 0, kind=UpdateKind.RETRACTION, title=event.title,
                       text=command.text or command.reason or "", moderator=moderator)


EVENT_ACTIONS: dict[Action, Apply] = {
    Action.CORRECT: _correct,
    Action.RETRACT: _retract,
}


def event_waits(s: Session, token: Token) -> Refusal | None:
    event = lock_row(s, Event, token.object_id)
    if event is None:
        return Refusal.UNKNOWN
    return Refusal.RETRACTED if event.status == EventStatus.RETRACTED else None


def handle_correction(s: Session, ctx: Context, inbound: InboundMail, mail: Mail,
                      triage: Triage) -> None:
    gate = admit(s, ctx, mail, triage.route, TokenPurpose.EVENT, event_waits,
                 people=ctx.settings.moderation.moderators)
    event = s.get(Event, gate.token.object_id) if gate.token is not None else None
    command = read_command(mail.text, mail.subject)
    action = str(command.action) if isinstance(command, Command) else "unclear"
    refusal, detail, blocking = _check(gate.refusal, command)
    if refusal is not None or gate.token is None or event is None:
        _refuse(s, ctx, inbound, mail, event, action, refusal or Refusal.UNKNOWN,
                detail or gate.detail, blocking)
        return
    assert isinstance(command, Command)
    tokens.spend(s, gate.token)
    update = EVENT_ACTIONS[command.action](s, ctx, event, command, mail.sender)
    s.add_all([event, update])
    s.flush()
    queued = notify_update(s, mailing(ctx), event, update)
    report = s.get(Report, event.report_id)
    assert report is not None
    if update.kind == UpdateKind.CORRECTION:
        confirm_published(s, ctx, report, event, mail.sender, update=update)
    else:
        answer(s, ctx, mail.sender, "moderator/retracted", limited=False,
               subject=f"Återkallad: {review_subject(report)}", report=report, event=event)
    audit(s, inbound, mail.sender, event.report_id, action,
          detail=f"{update.kind} {update.id} of event {event.id}, {queued} update notices")
    log.info("event %s: %s by reply, %d update notices", event.reference, update.kind, queued)


def _check(refusal: Refusal | None,
           command: Command | Unclear) -> tuple[Refusal | None, str, list[Finding]]:
    if refusal is not None:
        return refusal, "", []
    if isinstance(command, Unclear):
        return Refusal.UNCLEAR, command.problem, []
    if command.action not in EVENT_ACTIONS:
        return Refusal.NOT_HERE, str(command.action), []
    text = command.text or command.reason or ""
    if command.action == Action.CORRECT and not text.strip():
        return Refusal.UNCLEAR, "no_text", []
    # What members will read must pass the scanner; BEHÅLL n keeps a false positive.
    found = publishable(scan(text)) if text else []
    blocking = [f for n, f in enumerate(found, start=1) if n not in command.keep]
    if blocking:
        return Refusal.PERSONAL_DATA, f"{len(blocking)} findings", found
    return None, "", []


def _refuse(s: Session, ctx: Context, inbound: InboundMail, mail: Mail, event: Event | None,
            action: str, refusal: Refusal, detail: str, found: list[Finding]) -> None:
    refused = Refused(action, refusal, detail, event.report_id if event else None,
                      event.reference if event else "")
    refuse(s, ctx, inbound, mail, refused, template="moderator/refused",
           limited=mail.sender not in ctx.settings.moderation.moderators,
           subject=f"Inte utfört: {mail.subject}", line="", report=None, decided=None,
           findings=found)
