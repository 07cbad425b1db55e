"""Who may act on a token reply: the whole policy in one place.

A reply is admitted only when all of these hold, checked in this order:

    1. it came to a token address              (else no_token)
    2. the token exists, for this purpose       (else unknown_token)
    3. From: is exactly the person it was issued to   (else wrong_sender), and for
       moderator tokens that person is still on the moderator list (else not_a_moderator)
    4. with [moderation] trusted_authserv_id set, that relay recorded a pass for the From
       domain (DMARC pass, or an aligned DKIM pass): a fail refuses (auth_failed), no pass
       refuses too (auth_unverified). Fail closed: a missing header, dmarc=none, temperror
       or softfail proves nothing. Only a member's comment, which a moderator reviews before
       anything happens, is admitted unverified (`held_for_review`); a fail still refuses.
       (A staff correction by reply to a notice uses the same comment token and still
       needs the pass: the leniency belongs to the use, not to the token.)
    5. the object still waits for this decision (else already_decided / expired / retracted)
    6. the token is neither superseded, used (unless reusable, as comment tokens are) nor
       expired

Every token reply goes through `admit`: review decisions, reporters' answers, corrections,
comments, join decisions and leave confirmations. In-Reply-To, References and subject tags
never authorise. The object row is locked before
step 5 is read, so of two simultaneous decisions exactly one sees it still waiting.
Every attempt, refused ones included, leaves a Decision row (the audit log).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlmodel import Session

from mailgate.context import Context
from mailgate.moderate.authres import verdict
from mailgate.parse import Mail
from mailgate.parse.headers import addresses
from mailgate.privacy import ref
from mailgate.receive.routes import Route
from mailgate.replies import answer
from store import tokens
from store.models import Decision, InboundMail, Report, Token
from store.status import ReportStatus

log = logging.getLogger(__name__)


class Refusal(StrEnum):
    NO_TOKEN = "no_token"
    UNKNOWN = "unknown_token"
    SUPERSEDED = "superseded_token"
    USED = "used_token"
    EXPIRED = "expired_token"
    WRONG_SENDER = "wrong_sender"
    NOT_MODERATOR = "not_a_moderator"   # removed from [moderation] moderators since
    NOT_MEMBER = "not_member"           # a member token whose member is no longer active
    LEFT = "already_left"               # a leave confirmation for a member who has left
    AUTH_FAILED = "auth_failed"
    AUTH_UNVERIFIED = "auth_unverified"  # no pass from the trusted relay: fail closed
    DECIDED = "already_decided"
    RETRACTED = "already_retracted"
    UNCLEAR = "unclear"
    NOT_HERE = "command_not_here"      # e.g. RÄTTELSE in a reply to a review
    PERSONAL_DATA = "personal_data"    # a correction whose text the scanner objects to


TOKEN_REFUSALS: dict[tokens.TokenProblem, Refusal] = {
    tokens.TokenProblem.UNKNOWN: Refusal.UNKNOWN,
    tokens.TokenProblem.WRONG_PURPOSE: Refusal.UNKNOWN,
    tokens.TokenProblem.REVOKED: Refusal.SUPERSEDED,
    tokens.TokenProblem.USED: Refusal.USED,
    tokens.TokenProblem.EXPIRED: Refusal.EXPIRED,
}


@dataclass(frozen=True)
class Refused:
    """A reply that may not act: what it asked, why not, and about which report."""

    action: str
    refusal: Refusal
    detail: str = ""
    report_id: int | None = None
    reference: str = ""        # the report's or event's reference, for the log


# Given the token, lock and look at its object: a refusal when it no longer waits.
StateCheck = Callable[[Session, Token], Refusal | None]


@dataclass(frozen=True)
class Authority:
    token: Token | None
    refusal: Refusal | None
    detail: str = ""

    @property
    def admitted(self) -> bool:
        return self.refusal is None and self.token is not None


def admit(s: Session, ctx: Context, mail: Mail, route: Route | None,
          purpose: str | tuple[str, ...], state: StateCheck, *,
          people: Collection[str] | None = None, reusable: bool = False,
          held_for_review: bool = False) -> Authority:
    """May this reply act? `purpose`: the token purpose, or the purposes accepted here;
    `people`: who may hold such a token now (None: anyone it was issued to); `reusable`:
    a used token still admits (a member may comment on a warning more than once);
    `held_for_review`: what the reply asks is only held for a moderator (a comment), so
    no pass from the trusted relay is needed, only no fail."""
    if route is None or not route.token:
        return Authority(None, Refusal.NO_TOKEN)
    checked = _check(s, route.token, purpose)
    if reusable and checked.problem == tokens.TokenProblem.USED:
        checked = tokens.Checked(checked.token, None)
    row = checked.token
    if row is None or checked.problem == tokens.TokenProblem.WRONG_PURPOSE:
        return Authority(None, Refusal.UNKNOWN)
    if not _sender_is(mail, row.person):
        return Authority(row, Refusal.WRONG_SENDER)
    if people is not None and row.person not in {p.lower() for p in people}:
        return Authority(row, Refusal.NOT_MODERATOR)
    refusal, detail = authenticated(ctx, mail, lenient=held_for_review)
    if refusal is not None:
        return Authority(row, refusal, detail)
    waiting = state(s, row)
    if waiting is not None:
        return Authority(row, waiting)
    if checked.problem is not None:
        return Authority(row, TOKEN_REFUSALS[checked.problem])
    return Authority(row, None)


def _check(s: Session, token: str, purpose: str | tuple[str, ...]) -> tokens.Checked:
    checked = tokens.Checked(None, tokens.TokenProblem.UNKNOWN)
    for one in (purpose,) if isinstance(purpose, str) else purpose:
        checked = tokens.check(s, token, one)
        if checked.problem != tokens.TokenProblem.WRONG_PURPOSE:
            break
    return checked


def _sender_is(mail: Mail, person: str) -> bool:
    # Exactly one From address: "From: mod@fhm.se, evil@example.org" proves nothing.
    found = [a for _, a in addresses(mail.message, "From")]
    return len(found) == 1 and found[0] == person.lower() == mail.sender


def authenticated(ctx: Context, mail: Mail, *, lenient: bool = False
                  ) -> tuple[Refusal | None, str]:
    """None when the trusted relay vouches for the From domain (or no relay is trusted);
    else the refusal and what the relay said, e.g. (AUTH_UNVERIFIED, "dmarc=none")."""
    authserv = ctx.settings.moderation.trusted_authserv_id
    if not authserv:
        return None, ""
    domain = mail.sender.rpartition("@")[2]
    found = verdict(mail.headers("Authentication-Results"), authserv, domain)
    if found.failed is not None:
        return Refusal.AUTH_FAILED, found.failed
    if found.passed or lenient:
        return None, ""
    return Refusal.AUTH_UNVERIFIED, found.detail


def report_waits_for_decision(report: Report | None) -> Refusal | None:
    """None while the report is held for review; otherwise why a decision is refused."""
    if report is None:
        return Refusal.UNKNOWN
    if report.status == ReportStatus.EXPIRED:
        return Refusal.EXPIRED
    return None if report.status == ReportStatus.HELD else Refusal.DECIDED


def audit(s: Session, inbound: InboundMail | None, actor: str, report_id: int | None,
          action: str,
          *, refusal: Refusal | None = None, detail: str = "") -> None:
    """One audit row; refused attempts carry the reason (and detail, e.g. 'dmarc=fail').
    The actor is stored as a reference (redact.ref), never as an address."""
    reason = f"{refusal} {detail}".strip() if refusal is not None else ""
    s.add(Decision(report_id=report_id, actor=ref(actor) if actor else "", action=action,
                   detail="" if refusal is not None else detail,
                   inbound_id=inbound.id if inbound is not None else None,
                   accepted=refusal is None, reason=reason))


def refuse(s: Session, ctx: Context, inbound: InboundMail, mail: Mail, refused: Refused, *,
           template: str, subject: str, limited: bool = True, **context: Any) -> None:
    """A refused reply: its audit row, a log line, and the reason told to its sender.

    `limited` answers count against the sender's daily cap, so that nobody (nor a broken
    autoresponder) can make us mail in a loop by forging replies."""
    audit(s, inbound, mail.sender, refused.report_id, refused.action, refusal=refused.refusal,
          detail=refused.detail)
    log.info("%s refused: %s (%s)", refused.action, refused.refusal, refused.reference or "-")
    if mail.sender:
        answer(s, ctx, mail.sender, template, limited=limited, subject=subject[:200],
               in_reply_to=mail.message_id, refusal=str(refused.refusal),
               detail=refused.detail, **context)
