"""AVSLUTA / LEAVE: a member leaves only by answering from their own address to a token
address (our confirmation mail, or List-Unsubscribe in every notice), so a forged sender
cannot unsubscribe anyone: the token proves the mail was received, the sender who it was.
A notice's List-Unsubscribe reuses its comment token (one token per member per notice)."""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlmodel import Session

from mailgate.context import Context
from mailgate.parse import Mail
from mailgate.receive.routes import reply_address
from mailgate.replies import answer
from store import status, tokens
from store.models import Member
from store.queries import member_by_email
from store.status import MemberStatus, TokenPurpose
from store.types import utcnow

log = logging.getLogger(__name__)

CONFIRM_DAYS = 7


def request(s: Session, ctx: Context, mail: Mail, member: Member | None) -> None:
    requests = ctx.settings.address(ctx.settings.gateway.requests)
    if member is None or member.status == MemberStatus.LEFT or member.id is None:
        answer(s, ctx, mail.sender, "member/leave_unknown", subject="VSN: avsluta",
               in_reply_to=mail.message_id, requests=requests)
        return
    token = tokens.issue(s, TokenPurpose.LEAVE, member.id, member.email,
                         utcnow() + timedelta(days=CONFIRM_DAYS))
    address = reply_address(ctx.settings.gateway, TokenPurpose.LEAVE, token)
    answer(s, ctx, mail.sender, "member/leave_confirm",
           subject="VSN: bekräfta att du vill avsluta", in_reply_to=mail.message_id,
           reply_to=address, days=CONFIRM_DAYS, requests=requests)


def confirm(s: Session, ctx: Context, mail: Mail, token: str) -> None:
    checked = _check(s, token)
    row = checked.token
    member = member_by_email(s, row.person) if row is not None else None
    problem = _problem(checked, member, mail.sender)
    requests = ctx.settings.address(ctx.settings.gateway.requests)
    if problem or member is None or row is None:
        log.info("leave confirmation refused: %s", problem)
        answer(s, ctx, mail.sender, "member/leave_refused", subject="VSN: avsluta, inte utfört",
               in_reply_to=mail.message_id, problem=problem, requests=requests)
        return
    if row.purpose == TokenPurpose.LEAVE:
        tokens.spend(s, row)
    status.check(member.status, MemberStatus.LEFT)
    member.status, member.left_at = MemberStatus.LEFT, utcnow()
    s.add(member)
    log.info("member %s left", member.id)
    answer(s, ctx, mail.sender, "member/left", subject="VSN: du har avslutat ditt medlemskap",
           in_reply_to=mail.message_id, limited=False, requests=requests)


def _check(s: Session, token: str) -> tokens.Checked:
    """A leave token, or the token of a notice: its List-Unsubscribe address reuses the
    notice's comment token, proof enough that this member got our mail (with the sender)."""
    checked = tokens.check(s, token, TokenPurpose.LEAVE)
    if checked.problem == tokens.TokenProblem.WRONG_PURPOSE and checked.token is not None \
            and checked.token.purpose == TokenPurpose.COMMENT:
        return tokens.check(s, token, TokenPurpose.COMMENT)
    return checked


def _problem(checked: tokens.Checked, member: Member | None, sender: str) -> str:
    if checked.problem is not None and checked.problem != tokens.TokenProblem.USED:
        return str(checked.problem)
    if member is None or checked.token is None or checked.token.person != sender.lower():
        return "wrong_sender"
    if member.status == MemberStatus.LEFT:
        return "already_left"
    if checked.problem is not None:
        return str(checked.problem)
    return ""
