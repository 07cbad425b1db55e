"""ANSLUT / JOIN: an application, decided by an admin's reply (GODKÄNN / AVSLÅ: skäl)
to a token address bound to (join, application, admin), as moderators decide reports."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from mailgate.config.mailing import admins
from mailgate.context import Context
from mailgate.members.roster import ORG_TYPES, normalise
from mailgate.moderate.authority import Refusal, admit, audit
from mailgate.moderate.commands import Action, Command, read_command
from mailgate.parse import Mail
from mailgate.parse.reply_text import fold
from mailgate.receive.routes import Route, reply_address
from mailgate.replies import answer
from store import status, tokens
from store.models import Application, InboundMail, Member, Token
from store.queries import lock_row, member_by_email
from store.status import ApplicationStatus, MemberStatus, TokenPurpose
from store.types import utcnow

log = logging.getLogger(__name__)

# "Namn: ..." lines of an application, Swedish and English keys, folded.
FIELDS: dict[str, str] = {
    "namn": "name", "name": "name",
    "organisation": "organisation", "organization": "organisation", "arbetsplats": "organisation",
    "organisationstyp": "org_type", "typ": "org_type", "organisation type": "org_type",
    "type": "org_type",
    "roll": "role", "role": "role", "befattning": "role", "title": "role",
    "region": "region", "lan": "region", "kommun": "region",
    "motivering": "motivation", "motivation": "motivation", "varfor": "motivation",
}
# The network's criteria: you work in a municipality, region or agency (org_type), AND you
# meet people who use drugs OR have a strategic, analytic or investigative role, AND you
# have access to or need of the information. Each is asked; the admin sees the answers.
CRITERIA: dict[str, str] = {
    "moter personer som anvander narkotika": "meets_people",
    "moter personer som anvander droger": "meets_people",
    "moter malgruppen": "meets_people",
    "meets people who use drugs": "meets_people",
    "strategisk, analytisk eller utredande roll": "strategic_role",
    "strategisk analytisk eller utredande roll": "strategic_role",
    "strategisk, analytisk eller utredande": "strategic_role",
    "strategic, analytic or investigative role": "strategic_role",
    "behover informationen i arbetet": "needs_information",
    "behover informationen": "needs_information",
    "har tillgang till eller behov av informationen": "needs_information",
    "needs the information": "needs_information",
}
ANSWERS: dict[str, bool] = {"ja": True, "j": True, "yes": True, "y": True, "x": True,
                            "nej": False, "n": False, "no": False}
REQUIRED = ("name", "organisation", "org_type", "role", "region",
            "meets_people", "strategic_role", "needs_information")


@dataclass(frozen=True)
class Form:
    fields: dict[str, str]
    missing: tuple[str, ...]


def read_form(lines: tuple[str, ...]) -> Form:
    found: dict[str, str] = {}
    for line in lines:
        key, sep, value = line.partition(":")
        name = FIELDS.get(fold(key).strip()) or CRITERIA.get(fold(key).strip())
        if name in CRITERIA.values() and fold(value).strip(" .") not in ANSWERS:
            continue  # an answer that is neither yes nor no is asked again
        if sep and name and value.strip() and name not in found:
            found[name] = value.strip()[:200]
    if fold(found.get("org_type", "")) not in ORG_TYPES:
        found.pop("org_type", None)
    return Form(found, tuple(f for f in REQUIRED if not found.get(f)))


def apply(s: Session, ctx: Context, mail: Mail, lines: tuple[str, ...],
          member: Member | None) -> None:
    form = read_form(lines)
    if member is not None and member.status == MemberStatus.ACTIVE:
        _answer(s, ctx, mail, "member/join_member", "VSN: du är redan medlem")
    elif _pending(s, mail.sender):
        _answer(s, ctx, mail, "member/join_received", "VSN: ansökan mottagen", pending=True)
    elif form.missing:
        _answer(s, ctx, mail, "member/join_form", "VSN: så ansöker du",
                missing=form.missing, fields=form.fields)
    elif applications_since(s, utcnow() - timedelta(hours=1)) >= \
            ctx.settings.intake.applications_per_hour:
        # A flood of ANSLUT (from forged or throwaway addresses): nothing reaches the admins
        # and nobody is answered; a real applicant sends again later.
        log.warning("application not taken: over [intake] applications_per_hour")
    else:
        submitted = _submit(s, ctx, mail, form)
        _answer(s, ctx, mail, "member/join_received", "VSN: ansökan mottagen",
                pending=not submitted)


def _answer(s: Session, ctx: Context, mail: Mail, template: str, subject: str,
            **context: Any) -> None:
    answer(s, ctx, mail.sender, template, subject=subject, in_reply_to=mail.message_id,
           requests=ctx.settings.address(ctx.settings.gateway.requests), **context)


def _pending(s: Session, email: str) -> bool:
    stmt = select(Application).where(col(Application.email) == email.lower(),
                                     col(Application.status) == ApplicationStatus.PENDING)
    return s.exec(stmt).first() is not None


def _yes(answer: str) -> bool:
    return ANSWERS[fold(answer).strip(" .")]


def applications_since(s: Session, since: datetime) -> int:
    stmt = select(func.count()).select_from(Application).where(
        col(Application.created_at) >= since)
    return int(s.exec(stmt).one())


def insert_pending(s: Session, email: str, values: dict[str, object]) -> Application | None:
    """The new pending application, or None when one from this address is pending already:
    the store's partial unique index decides, so two workers racing insert only one.
    `values`: the application's other columns (name, organisation, ...)."""
    t = Application.__table__  # type: ignore[attr-defined]
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    columns = {"motivation": "", "org_type": "", "decided_by": "", **values,
               "email": email.lower(), "status": ApplicationStatus.PENDING,
               "created_at": utcnow()}
    row = s.execute(dialect.insert(t).values(**columns).on_conflict_do_nothing()
                    .returning(t.c.id)).first()
    return s.get(Application, row[0]) if row is not None else None


def _submit(s: Session, ctx: Context, mail: Mail, form: Form) -> bool:
    f = form.fields
    app = insert_pending(s, mail.sender, {
        "name": f["name"], "organisation": f["organisation"], "org_type": f["org_type"],
        "role": f["role"], "region": f["region"], "motivation": f.get("motivation", ""),
        "meets_people": _yes(f["meets_people"]), "strategic_role": _yes(f["strategic_role"]),
        "needs_information": _yes(f["needs_information"])})
    if app is None:
        return False
    assert app.id is not None
    for admin in admins(ctx.settings):
        token = tokens.issue(s, TokenPurpose.JOIN, app.id, admin, None)
        answer(s, ctx, admin, "admin/application", limited=False, kind="admin",
               subject=f"[VSN-ansökan {app.id}] {app.organisation}",
               reply_to=reply_address(ctx.settings.gateway, TokenPurpose.JOIN, token),
               application=app)
    log.info("application %s received", app.id)
    return True


def decide(s: Session, ctx: Context, inbound: InboundMail | None, mail: Mail,
           route: Route) -> None:
    gate = admit(s, ctx, mail, route, TokenPurpose.JOIN, _undecided, people=admins(ctx.settings))
    app = s.get(Application, gate.token.object_id) if gate.token is not None else None
    command = read_command(mail.text, "")
    problem = str(gate.refusal) if gate.refusal is not None else ""
    if not problem and not isinstance(command, Command):
        problem = str(Refusal.UNCLEAR)
    if problem or app is None or gate.token is None or not isinstance(command, Command):
        audit(s, inbound, mail.sender, None, "join", refusal=Refusal(problem or Refusal.UNKNOWN),
              detail=gate.detail)
        answer(s, ctx, mail.sender, "admin/refused", subject=f"Inte utfört: {mail.subject}"[:200],
               in_reply_to=mail.message_id, problem=problem, detail=gate.detail,
               application=app)
        return
    tokens.spend(s, gate.token)
    approved = command.action == Action.APPROVE
    _close(s, app, mail.sender, approved)
    if approved:
        _admit(s, app)
    audit(s, inbound, mail.sender, None, "join",
          detail=f"application {app.id} {'approved' if approved else 'rejected'}")
    if command.action != Action.DISCARD:   # KASTA: a forged applicant gets no mail from us
        answer(s, ctx, app.email, "member/join_decided", subject="VSN: besked om din ansökan",
               limited=False, approved=approved, reason=command.reason or "",
               requests=ctx.settings.address(ctx.settings.gateway.requests))
    answer(s, ctx, mail.sender, "admin/decided", subject=f"Utfört: {mail.subject}"[:200],
           limited=False, approved=approved, application=app)


def _undecided(s: Session, token: Token) -> Refusal | None:
    app = lock_row(s, Application, token.object_id)
    if app is None:
        return Refusal.UNKNOWN
    return None if app.status == ApplicationStatus.PENDING else Refusal.DECIDED


def _close(s: Session, app: Application, admin: str, approved: bool) -> None:
    new = ApplicationStatus.APPROVED if approved else ApplicationStatus.REJECTED
    status.check(app.status, new)
    app.status, app.decided_at, app.decided_by = new, utcnow(), admin
    s.add(app)


def _admit(s: Session, app: Application) -> None:
    email = normalise(app.email) or app.email
    member = member_by_email(s, email) or Member(email=email)
    member.name, member.organisation, member.org_type = app.name, app.organisation, app.org_type
    member.role, member.region = app.role, app.region
    if member.status != MemberStatus.ACTIVE:
        status.check(member.status, MemberStatus.ACTIVE)
    member.status, member.left_at = MemberStatus.ACTIVE, None
    s.add(member)
