"""After publication, any moderator or admin may correct or retract any event:

    RÄTTELSE: <note>                        a note under the event
    RÄTTELSE + --- TEXT --- … --- SLUT ---  a new text that replaces the published one
    MASKERA 3                               finding 3 of the published text masked
    ÅTERKALLA: <reason>                     the event withdrawn

by reply to the publication's confirmation ("Publicerad: …", token bound to event and
moderator), or by reply to a notice of the event they got as members (their comment token;
anything else there is a comment), or with `vsn events` (mailgate/cli/events.py). Every
act, refused ones too, leaves an audit row. What it changes: mailgate/publish/revise.py.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlmodel import Session

from mailgate.context import Context
from mailgate.hold.review import review_subject
from mailgate.moderate.authority import Authority, Refusal, Refused, admit, audit, refuse
from mailgate.moderate.commands import Action, Command, Unclear, read_command
from mailgate.moderate.subjects import Prefix
from mailgate.parse import Mail
from mailgate.publish.comments import handle_comment
from mailgate.publish.revise import Revised, Revision, event_findings, objection, revise
from mailgate.receive.routes import reply_address
from mailgate.replies import answer
from mailgate.scan import Finding, mask
from mailgate.triage import Triage
from store import tokens
from store.models import Event, EventUpdate, InboundMail, Report, Token
from store.queries import lock_row
from store.status import EventStatus, TokenPurpose, UpdateKind
from store.types import utcnow

log = logging.getLogger(__name__)

def confirm_published(s: Session, ctx: Context, report: Report, event: Event,
                      moderator: str, *, update: EventUpdate | None = None) -> None:
    """The admin mail for a publication (or a correction), with a fresh event token."""
    assert event.id is not None
    days = ctx.settings.moderation.correction_days
    expires = utcnow() + timedelta(days=days)
    token = tokens.issue(s, TokenPurpose.EVENT, event.id, moderator, expires)
    address = reply_address(ctx.settings.gateway, TokenPurpose.EVENT, token)
    prefix = Prefix.CORRECTED if update is not None else Prefix.PUBLISHED
    found = event_findings(event)   # numbered as MASKERA n counts them
    answer(s, ctx, moderator, "moderator/published", limited=False,
           kind="moderation", reply_to=address,
           subject=f"{prefix}: {review_subject(report)}", report=report, event=event,
           update=update, days=days, findings=found,
           numbered=mask(event.text, found, numbered=True))


# Commands that change a published event; a bare text block there is a new text.
EVENT_ACTIONS = frozenset({Action.CORRECT, Action.RETRACT, Action.REDACT, Action.EDIT})

# Why a revision was not applied, as the refusal mail words it.
OBJECTIONS: dict[str, Refusal] = {
    "already_retracted": Refusal.RETRACTED,
    "no_text": Refusal.UNCLEAR,
    "no_finding": Refusal.UNCLEAR,
    "personal_data": Refusal.PERSONAL_DATA,
}


def revision_of(command: Command) -> Revision:
    if command.action == Action.RETRACT:
        return Revision(UpdateKind.RETRACTION, note=command.reason or command.text or "",
                        keep=command.keep)
    return Revision(UpdateKind.CORRECTION, note=command.reason or "", text=command.text,
                    title=command.title, keep=command.keep, redact=command.redact)


def staff(ctx: Context) -> frozenset[str]:
    """Who may correct or retract any event: every moderator and every admin."""
    m = ctx.settings.moderation
    return frozenset(a.lower() for a in (*m.moderators, *m.admins))


def event_waits(s: Session, token: Token) -> Refusal | None:
    event = lock_row(s, Event, token.object_id)
    if event is None:
        return Refusal.UNKNOWN
    return Refusal.RETRACTED if event.status == EventStatus.RETRACTED else None


def handle_correction(s: Session, ctx: Context, inbound: InboundMail, mail: Mail,
                      triage: Triage) -> None:
    """A reply to a publication's confirmation (vsn+event-…, bound to event and moderator)."""
    gate = admit(s, ctx, mail, triage.route, TokenPurpose.EVENT, event_waits,
                 people=staff(ctx))
    _act(s, ctx, inbound, mail, gate, read_command(mail.text, mail.subject), "confirmation")


def handle_notice_reply(s: Session, ctx: Context, inbound: InboundMail, mail: Mail,
                        triage: Triage) -> None:
    """A reply to a notice: a moderator's or admin's RÄTTELSE, ÅTERKALLA or MASKERA acts on
    the event (their own notice's token, so through admit like any correction); anything
    else, from anyone, is a comment."""
    command = read_command(mail.text, mail.subject)
    if (mail.sender in staff(ctx) and isinstance(command, Command)
            and command.action in EVENT_ACTIONS - {Action.EDIT}):
        gate = admit(s, ctx, mail, triage.route, TokenPurpose.COMMENT, event_waits,
                     people=staff(ctx), reusable=True)
        _act(s, ctx, inbound, mail, gate, command, "notice")
        return
    handle_comment(s, ctx, inbound, mail, triage)


def _act(s: Session, ctx: Context, inbound: InboundMail, mail: Mail, gate: Authority,
         command: Command | Unclear, channel: str) -> None:
    event = s.get(Event, gate.token.object_id) if gate.token is not None else None
    action = str(command.action) if isinstance(command, Command) else "unclear"
    refusal, detail, found = _check(gate.refusal, command, event)
    if refusal is not None or gate.token is None or event is None:
        line = command.line if isinstance(command, Unclear) else ""
        _refuse(s, ctx, inbound, mail, event, action, refusal or Refusal.UNKNOWN,
                detail or gate.detail, found, line)
        return
    assert isinstance(command, Command)
    if gate.token.purpose == TokenPurpose.EVENT:
        tokens.spend(s, gate.token)
    revised = revise(s, ctx, event, revision_of(command), mail.sender)
    tell_actor(s, ctx, event, revised, mail.sender)
    audit(s, inbound, mail.sender, event.report_id, action,
          detail=audit_detail(event, revised, channel))
    log.info("event %s: %s by reply to a %s, %d update notices", event.reference,
             revised.update.kind, channel, revised.notified)


def tell_actor(s: Session, ctx: Context, event: Event, revised: Revised, actor: str) -> None:
    """The confirmation (with a fresh token for a further correction) or the retraction."""
    report = s.get(Report, event.report_id)
    assert report is not None
    if revised.update.kind == UpdateKind.CORRECTION:
        confirm_published(s, ctx, report, event, actor, update=revised.update)
    else:
        answer(s, ctx, actor, "moderator/retracted", limited=False,
               subject=f"{Prefix.RETRACTED}: {review_subject(report)}", report=report, event=event)


def audit_detail(event: Event, revised: Revised, channel: str) -> str:
    """What was done, for the audit row: no text, the replaced text only as its hash."""
    u = revised.update
    replaced = f", text replaced (old sha256 {u.replaced_sha256})" if u.replaced_sha256 else ""
    return (f"{u.kind} {u.id} of event {event.id} via {channel}{replaced}, "
            f"{revised.summary()}")


def _check(refusal: Refusal | None, command: Command | Unclear,
           event: Event | None) -> tuple[Refusal | None, str, list[Finding]]:
    if refusal is not None:
        return refusal, "", []
    if isinstance(command, Unclear):
        return Refusal.UNCLEAR, command.problem, []
    if command.action not in EVENT_ACTIONS:
        return Refusal.NOT_HERE, str(command.action), []
    if event is None:
        return Refusal.UNKNOWN, "", []
    found = objection(event, revision_of(command))
    if found is None:
        return None, "", []
    refusal = OBJECTIONS[found.problem]
    if refusal == Refusal.PERSONAL_DATA:
        return refusal, found.detail, list(found.findings)
    return refusal, f"{found.problem} {found.detail}".strip(), []


def _refuse(s: Session, ctx: Context, inbound: InboundMail, mail: Mail, event: Event | None,
            action: str, refusal: Refusal, detail: str, found: list[Finding],
            line: str = "") -> None:
    refused = Refused(action, refusal, detail, event.report_id if event else None,
                      event.reference if event else "")
    refuse(s, ctx, inbound, mail, refused, template="moderator/refused",
           limited=mail.sender not in staff(ctx),
           subject=f"{Prefix.REFUSED}: {mail.subject}", line=line, report=None,
           decided=None, correction=True, findings=found)
