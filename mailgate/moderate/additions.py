"""A reporter's reply to the acknowledgement (vsn+addition-<token>@): more about the same
report, admitted through authority.admit like every token reply.

    report held       -> the reply is appended to the report's text, marked as an addition
                         (quoted acknowledgement cut off), scanned again; the review mails
                         before it stop working and every moderator gets the updated review
    report published  -> the moderators get a proposed correction: what the reporter sent
                         after publication, with the commands for a correction (the mail's
                         Reply-To is the event's, as on the "Publicerad" confirmation)
    otherwise         -> refused with the reason (rejected, expired, retracted, a comment
                         already published)
"""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlmodel import Session, col, select

from digest.compose.render import date_sv
from mailgate.context import Context
from mailgate.hold.acknowledge import addition_address
from mailgate.hold.findings import replace_text
from mailgate.hold.letter import Kind, letter_parts
from mailgate.hold.review import mailto, review_subject, send_reviews
from mailgate.hold.take import keep_attachments
from mailgate.moderate.authority import Refusal, Refused, admit, audit, refuse
from mailgate.parse import Mail
from mailgate.parse.reply_text import own_lines
from mailgate.receive.routes import reply_address
from mailgate.replies import answer
from mailgate.scan import mask, publishable, scan
from mailgate.triage import Triage
from store import tokens
from store.models import Event, InboundMail, Report, Token
from store.queries import lock_row
from store.status import EventStatus, ReportStatus, TokenPurpose
from store.types import utcnow

log = logging.getLogger(__name__)

MARK = "[Tillägg från rapportören {day}]"


def event_of(s: Session, report: Report) -> Event | None:
    return s.exec(select(Event).where(col(Event.report_id) == report.id)).first()


def addition_waits(s: Session, token: Token) -> Refusal | None:
    """None while the report is held, or published as an event that still stands."""
    report = lock_row(s, Report, token.object_id)
    if report is None:
        return Refusal.UNKNOWN
    if report.status == ReportStatus.HELD:
        return None
    if report.status == ReportStatus.EXPIRED:
        return Refusal.EXPIRED
    event = event_of(s, report) if report.status == ReportStatus.PUBLISHED else None
    if event is None:
        return Refusal.DECIDED  # rejected, or a comment already shown under its event
    return Refusal.RETRACTED if event.status == EventStatus.RETRACTED else None


def own_text(mail: Mail) -> str:
    """What the reporter wrote, above the quoted acknowledgement or below it."""
    return "\n".join(own_lines(mail.text)).strip()


def handle_addition(s: Session, ctx: Context, inbound: InboundMail, mail: Mail,
                    triage: Triage) -> None:
    gate = admit(s, ctx, mail, triage.route, TokenPurpose.ADDITION, addition_waits,
                 reusable=True)
    report = s.get(Report, gate.token.object_id) if gate.token is not None else None
    text = own_text(mail)
    refusal = gate.refusal or (None if text else Refusal.UNCLEAR)
    if refusal is not None or report is None:
        _refuse(s, ctx, inbound, mail, report, refusal or Refusal.UNKNOWN)
        return
    if report.status == ReportStatus.HELD:
        outcome = _add_to_held(s, ctx, report, mail, text)
    else:
        outcome = _propose_correction(s, ctx, report, text)
    answer(s, ctx, mail.sender, "reporter/addition_received", kind="ack",
           subject=f"Tillägget till {report.reference} är mottaget",
           in_reply_to=mail.message_id, reply_to=addition_address(s, ctx, report),
           report=report, published=report.status == ReportStatus.PUBLISHED)
    audit(s, inbound, mail.sender, report.id, "addition", detail=outcome)
    log.info("report %s: addition by reply (%s)", report.reference, outcome)


def _add_to_held(s: Session, ctx: Context, report: Report, mail: Mail, text: str) -> str:
    assert report.id is not None
    mark = MARK.format(day=date_sv(utcnow()))
    found = replace_text(s, report, appended(report.text, f"{mark}\n{text}"))
    keep_attachments(s, report.id, mail)
    # The old mails number findings of the old text: their tokens must not decide any more.
    tokens.revoke(s, TokenPurpose.REVIEW, report.id)
    send_reviews(s, ctx, report, note=(
        f"Rapportören har skickat ett tillägg; det står efter texten under {mark}. "
        f"Texten har skannats igen ({len(found)} fynd). Äldre granskningsmejl för "
        "rapporten gäller inte längre."))
    return f"appended, {len(found)} findings, reviewed again"


def appended(text: str, addition: str) -> str:
    """`text` with the addition after its body and before its sign-off, so that the review
    (hold/letter.py cuts a closing and everything after it) still shows the addition."""
    closing = next((p for p in letter_parts(text) if p.kind == Kind.CLOSING), None)
    if closing is None:
        return f"{text.rstrip()}\n\n{addition}"
    return f"{text[:closing.start].rstrip()}\n\n{addition}\n\n{text[closing.start:]}"


def _propose_correction(s: Session, ctx: Context, report: Report, text: str) -> str:
    event = event_of(s, report)
    assert event is not None and event.id is not None
    found = scan(text)
    proposal = mask(text, found)
    expires = utcnow() + timedelta(days=ctx.settings.moderation.correction_days)
    for moderator in ctx.settings.moderation.moderators:
        token = tokens.issue(s, TokenPurpose.EVENT, event.id, moderator, expires)
        address = reply_address(ctx.settings.gateway, TokenPurpose.EVENT, token)
        answer(s, ctx, moderator, "moderator/addition_after", limited=False,
               kind="moderation", reply_to=address,
               subject=f"Tillägg efter publicering: {review_subject(report)}",
               report=report, event=event, proposal=proposal,
               numbered=mask(text, found, numbered=True), findings=publishable(found),
               note_link=mailto(address, f"RÄTTELSE [VSN {event.reference}]",
                                f"RÄTTELSE: {' '.join(proposal.split())}\n"),
               text_link=mailto(address, f"RÄTTELSE [VSN {event.reference}]",
                                f"RÄTTELSE\n--- TEXT ---\n{event.text.rstrip()}\n\n"
                                f"{proposal}\n--- SLUT ---\n"),
               days=ctx.settings.moderation.correction_days)
    return f"proposed as a correction of event {event.id}"


def _refuse(s: Session, ctx: Context, inbound: InboundMail, mail: Mail, report: Report | None,
            refusal: Refusal) -> None:
    refused = Refused("addition", refusal, "", report.id if report else None,
                      report.reference if report else "")
    refuse(s, ctx, inbound, mail, refused, template="reporter/addition_refused",
           subject=f"Ditt tillägg kunde inte tas emot: {mail.subject}", report=report)
