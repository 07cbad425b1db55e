"""A moderator's reply: who may decide (token + sender + relay authentication), then what.

Every attempt leaves an audit row; a refused or unclear reply changes nothing and is answered.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from sqlmodel import Session, col, select

from mailgate import tokens
from mailgate.answer import answer
from mailgate.authres import failed_check
from mailgate.context import Context
from mailgate.parse import Mail
from mailgate.publish import publish, reject
from mailgate.reply import Action, Command, Unclear, read_command
from mailgate.review import review_subject
from mailgate.triage import Triage
from store.models import Decision, InboundMail, Report, Token
from store.status import ReportStatus, TokenPurpose

log = logging.getLogger(__name__)


class Refusal(StrEnum):
    NO_TOKEN = "no_token"
    UNKNOWN = "unknown_token"
    USED = "used_token"
    EXPIRED = "expired_token"
    WRONG_SENDER = "wrong_sender"
    AUTH_FAILED = "auth_failed"
    DECIDED = "already_decided"
    UNCLEAR = "unclear"


_TOKEN_REFUSALS = {
    tokens.TokenProblem.UNKNOWN: Refusal.UNKNOWN,
    tokens.TokenProblem.WRONG_PURPOSE: Refusal.UNKNOWN,
    tokens.TokenProblem.USED: Refusal.USED,
    tokens.TokenProblem.EXPIRED: Refusal.EXPIRED,
}


@dataclass(frozen=True)
class Authority:
    report: Report | None
    token: Token | None
    refusal: Refusal | None
    detail: str = ""


def authorise(s: Session, ctx: Context, mail: Mail, triage: Triage) -> Authority:
    if triage.route is None or not triage.route.token:
        return Authority(None, None, Refusal.NO_TOKEN)
    checked = tokens.check(s, triage.route.token, TokenPurpose.REVIEW)
    row = checked.token
    report = s.get(Report, row.object_id) if row is not None else None
    if report is not None and report.status != ReportStatus.HELD:
        return Authority(report, row, Refusal.DECIDED)
    if checked.problem is not None:
        return Authority(report, row, _TOKEN_REFUSALS[checked.problem])
    assert row is not None
    if mail.sender != row.person:
        return Authority(report, row, Refusal.WRONG_SENDER)
    authserv = ctx.settings.moderation.trusted_authserv_id
    if authserv:
        failed = failed_check(mail.headers("Authentication-Results"), authserv,
                              mail.sender.rpartition("@")[2])
        if failed:
            return Authority(report, row, Refusal.AUTH_FAILED, failed)
    return Authority(report, row, None)


def handle_decision(s: Session, ctx: Context, inbound: InboundMail, mail: Mail,
                    triage: Triage) -> None:
    authority = authorise(s, ctx, mail, triage)
    command = read_command(mail.text, mail.subject)
    action = str(command.action) if isinstance(command, Command) else "unclear"
    if authority.refusal is not None:
        _refuse(s, ctx, inbound, mail, authority, action)
        return
    if isinstance(command, Unclear):
        _refuse(s, ctx, inbound, mail, Authority(authority.report, authority.token,
                                                  Refusal.UNCLEAR, command.problem), action)
        return
    assert authority.report is not None and authority.token is not None
    tokens.spend(s, authority.token)
    _apply(s, ctx, authority.report, command, mail)
    _audit(s, inbound, mail, authority.report, action, accepted=True,
           detail=_describe(command))


def _apply(s: Session, ctx: Context, report: Report, command: Command, mail: Mail) -> None:
    if command.action == Action.APPROVE:
        event = publish(s, ctx, report, command)
        answer(s, ctx, mail.sender, "moderator/published", limited=False,
               subject=f"Publicerad: {review_subject(report)}", report=report, event=event)
    else:
        reject(s, report)
        answer(s, ctx, report.sender, "reporter/rejected", limited=False,
               subject=f"Din rapport {report.reference} publiceras inte",
               report=report, reason=command.reason or "")
        answer(s, ctx, mail.sender, "moderator/rejected", limited=False,
               subject=f"Avslagen: {review_subject(report)}", report=report,
               reason=command.reason or "")


def _refuse(s: Session, ctx: Context, inbound: InboundMail, mail: Mail,
            authority: Authority, action: str) -> None:
    reason = str(authority.refusal)
    report = authority.report
    decided = _last_decision(s, report.id) if report and report.id else None
    _audit(s, inbound, mail, report, action, accepted=False,
           reason=f"{reason} {authority.detail}".strip())
    log.info("decision refused: %s (report %s)", reason, report.reference if report else "-")
    if mail.sender:
        answer(s, ctx, mail.sender, "moderator/refused",
               subject=f"Inte utfört: {mail.subject}"[:200], in_reply_to=mail.message_id,
               refusal=reason, detail=authority.detail, report=report, decided=decided)


def _audit(s: Session, inbound: InboundMail, mail: Mail, report: Report | None, action: str,
           *, accepted: bool, reason: str = "", detail: str = "") -> None:
    s.add(Decision(report_id=report.id if report else None, actor=mail.sender, action=action,
                   detail=detail, inbound_id=inbound.id, accepted=accepted, reason=reason))


def _last_decision(s: Session, report_id: int) -> Decision | None:
    stmt = select(Decision).where(col(Decision.report_id) == report_id,
                                  col(Decision.accepted).is_(True))
    return s.exec(stmt.order_by(col(Decision.at).desc())).first()


def _describe(command: Command) -> str:
    parts = [str(command.action)]
    if command.urgency:
        parts.append(f"urgency={command.urgency}")
    if command.verified:
        parts.append("verified")
    if command.keep:
        parts.append("keep=" + ",".join(map(str, command.keep)))
    if command.reason:
        parts.append("reason given")
    return " ".join(parts)
