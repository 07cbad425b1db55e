"""Who may act on a token reply: the whole policy in one place.

A reply is admitted only when all of these hold, checked in this order:

    1. it came to a token address              (else no_token)
    2. the token exists, for this purpose       (else unknown_token)
    3. From: is exactly the person it was issued to   (else wrong_sender), and for
       moderator tokens that person is still on the moderator list (else not_a_moderator)
    4. the trusted relay recorded no dkim/spf/dmarc fail for that domain   (else auth_failed)
    5. the object still waits for this decision (else already_decided / expired / retracted)
    6. the token is neither superseded, used nor expired

In-Reply-To, References and subject tags never authorise. The object row is locked before
step 5 is read, so of two simultaneous decisions exactly one sees it still waiting.
Every attempt, refused ones included, leaves a Decision row (the audit log).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import update
from sqlmodel import Session, SQLModel

from mailgate.context import Context
from mailgate.moderate.authres import failed_check
from mailgate.parse import Mail
from mailgate.parse.headers import addresses
from mailgate.privacy import ref
from mailgate.receive.routes import Route
from store import tokens
from store.models import Decision, InboundMail, Report, Token
from store.status import ReportStatus

M = TypeVar("M", bound=SQLModel)


class Refusal(StrEnum):
    NO_TOKEN = "no_token"
    UNKNOWN = "unknown_token"
    SUPERSEDED = "superseded_token"
    USED = "used_token"
    EXPIRED = "expired_token"
    WRONG_SENDER = "wrong_sender"
    NOT_MODERATOR = "not_a_moderator"   # removed from [moderation] moderators since
    AUTH_FAILED = "auth_failed"
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


def admit(s: Session, ctx: Context, mail: Mail, route: Route | None, purpose: str,
          state: StateCheck, *, people: Collection[str] | None = None) -> Authority:
    """May this reply act? `people`: who may hold such a token now (None: anyone issued)."""
    if route is None or not route.token:
        return Authority(None, Refusal.NO_TOKEN)
    checked = tokens.check(s, route.token, purpose)
    row = checked.token
    if row is None or checked.problem == tokens.TokenProblem.WRONG_PURPOSE:
        return Authority(None, Refusal.UNKNOWN)
    if not _sender_is(mail, row.person):
        return Authority(row, Refusal.WRONG_SENDER)
    if people is not None and row.person not in {p.lower() for p in people}:
        return Authority(row, Refusal.NOT_MODERATOR)
    failed = _auth_failure(ctx, mail)
    if failed:
        return Authority(row, Refusal.AUTH_FAILED, failed)
    waiting = state(s, row)
    if waiting is not None:
        return Authority(row, waiting)
    if checked.problem is not None:
        return Authority(row, TOKEN_REFUSALS[checked.problem])
    return Authority(row, None)


def _sender_is(mail: Mail, person: str) -> bool:
    # Exactly one From address: "From: mod@fhm.se, evil@example.org" proves nothing.
    found = [a for _, a in addresses(mail.message, "From")]
    return len(found) == 1 and found[0] == person.lower() == mail.sender


def _auth_failure(ctx: Context, mail: Mail) -> str:
    authserv = ctx.settings.moderation.trusted_authserv_id
    if not authserv:
        return ""
    domain = mail.sender.rpartition("@")[2]
    return failed_check(mail.headers("Authentication-Results"), authserv, domain) or ""


def report_waits_for_decision(report: Report | None) -> Refusal | None:
    """None while the report is held for review; otherwise why a decision is refused."""
    if report is None:
        return Refusal.UNKNOWN
    if report.status == ReportStatus.EXPIRED:
        return Refusal.EXPIRED
    return None if report.status == ReportStatus.HELD else Refusal.DECIDED


def lock(s: Session, model: type[M], row_id: int) -> M | None:
    """The row, re-read after taking its write lock (a no-op UPDATE).

    On SQLite this takes the database write lock for the rest of the transaction; on
    PostgreSQL a row lock, and a waiting writer re-reads the row after the first commits.
    """
    table = model.__table__  # type: ignore[attr-defined]
    s.execute(update(table).where(table.c.id == row_id).values(id=table.c.id))
    return s.get(model, row_id, populate_existing=True)


def audit(s: Session, inbound: InboundMail, actor: str, report_id: int | None, action: str,
          *, refusal: Refusal | None = None, detail: str = "") -> None:
    """One audit row; refused attempts carry the reason (and detail, e.g. 'dmarc=fail').
    The actor is stored as a reference (redact.ref), never as an address."""
    reason = f"{refusal} {detail}".strip() if refusal is not None else ""
    s.add(Decision(report_id=report_id, actor=ref(actor) if actor else "", action=action,
                   detail="" if refusal is not None else detail, inbound_id=inbound.id,
                   accepted=refusal is None, reason=reason))
