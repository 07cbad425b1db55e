"""ÅTERAKTIVERA: the way back for a member suspended because mail to them bounced.

As large list servers do, a suspended member is told, at intervals, what happened and how
to come back: the paused notice goes to the suspended address every NOTICE_DAYS, at most
NOTICES times per suspension, with a token Reply-To (reactivate, member, address). A reply
from that address proves that it receives mail again, and the member is active at once.

A member may also ask: ÅTERAKTIVERA to vsn-request@ from the suspended address, or from a
new address at the same organisation's mail domain naming the old one ("ÅTERAKTIVERA
old@kommun.se"). Either way the answer carries a confirmation token for the asking
address, and only a reply from it acts (authority.admit). Another domain could be anyone:
that person applies with ANSLUT and an admin decides. Admins hear of every reactivation.
"""

from __future__ import annotations

import logging
import re
from datetime import timedelta

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from digest.compose.message import Draft, compose
from digest.compose.render import render_pair
from digest.outbox import enqueue
from mailgate.config.mailing import admins, mailing
from mailgate.context import Context
from mailgate.members.roster import reactivate
from mailgate.moderate.authority import Refusal, admit
from mailgate.parse import Mail
from mailgate.receive.routes import Route, reply_address
from mailgate.replies import answer
from store import tokens
from store.db import session
from store.models import Bounce, Member, Token
from store.queries import in_outbox, lock_row, member_by_email
from store.status import MemberStatus, TokenPurpose
from store.types import utcnow

log = logging.getLogger(__name__)

NOTICE_DAYS = 7     # between paused notices
NOTICES = 3         # per suspension
CONFIRM_DAYS = 14
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def paused_job(engine: Engine, ctx: Context) -> int:
    """The scheduled job: paused notices that are due, in one transaction."""
    with session(engine) as s:
        return paused_notices(s, ctx)


def paused_notices(s: Session, ctx: Context) -> int:
    """Tell each suspended member how to come back, when the next notice is due."""
    since_stmt = (select(Bounce.member_id, func.min(Bounce.at))
                  .join(Member, col(Member.id) == col(Bounce.member_id))
                  .where(col(Member.status) == MemberStatus.SUSPENDED)
                  .group_by(col(Bounce.member_id)))
    sent = 0
    for member_id, since in s.exec(since_stmt).all():
        round_ = (utcnow() - since).days // NOTICE_DAYS
        key = f"paused:{member_id}:{since:%Y%m%d%H%M}:{round_}"
        member = s.get(Member, member_id)
        if round_ < NOTICES and member is not None and not in_outbox(s, key):
            sent += _paused_notice(s, ctx, member, key)
    return sent


def _paused_notice(s: Session, ctx: Context, member: Member, key: str) -> bool:
    assert member.id is not None
    token = tokens.issue(s, TokenPurpose.REACTIVATE, member.id, member.email,
                         utcnow() + timedelta(days=CONFIRM_DAYS))
    text, html = render_pair("member/paused", member=member, days=CONFIRM_DAYS,
                             requests=ctx.settings.address(ctx.settings.gateway.requests))
    # A member mailing like a notice: one who does not want to come back leaves in one click.
    leave = tokens.issue(s, TokenPurpose.UNSUBSCRIBE, member.id, member.email,
                         utcnow() + timedelta(days=ctx.settings.members.token_days))
    address, url = mailing(ctx).unsubscribe(leave)
    draft = Draft(to=member.email, subject="VSN: dina varningar är pausade", text=text,
                  html=html, auto_submitted="auto-generated",
                  reply_to=reply_address(ctx.settings.gateway, TokenPurpose.REACTIVATE, token),
                  unsubscribe=address, unsubscribe_url=url)
    return enqueue(s, "member", ctx.bounce_address, compose(ctx.identity, draft),
                   dedupe_key=key) is not None


def request(s: Session, ctx: Context, mail: Mail, args: str, member: Member | None) -> None:
    """ÅTERAKTIVERA [old address]: a confirmation to the asking address, when it may ask."""
    named = _ADDRESS.search(args)
    target = member if member is not None else (
        member_by_email(s, named.group(0)) if named else None)
    requests = ctx.settings.address(ctx.settings.gateway.requests)
    problem = _may_ask(target, mail.sender)
    if problem or target is None or target.id is None:
        answer(s, ctx, mail.sender, "member/reactivate_refused", in_reply_to=mail.message_id,
               subject="VSN: återaktivera", problem=problem, requests=requests)
        return
    token = tokens.issue(s, TokenPurpose.REACTIVATE, target.id, mail.sender,
                         utcnow() + timedelta(days=CONFIRM_DAYS))
    answer(s, ctx, mail.sender, "member/reactivate_confirm", in_reply_to=mail.message_id,
           subject="VSN: bekräfta att du vill få varningar igen",
           reply_to=reply_address(ctx.settings.gateway, TokenPurpose.REACTIVATE, token),
           moves=mail.sender.lower() != target.email, days=CONFIRM_DAYS, requests=requests)


def _may_ask(target: Member | None, sender: str) -> str:
    if target is None:
        return "unknown"
    if target.status == MemberStatus.ACTIVE:
        return "active" if target.email == sender.lower() else "unknown"
    if target.status != MemberStatus.SUSPENDED:
        return "left"
    same_domain = target.email.rpartition("@")[2] == sender.lower().rpartition("@")[2]
    return "" if same_domain else "other_domain"


def confirm(s: Session, ctx: Context, mail: Mail, route: Route) -> None:
    gate = admit(s, ctx, mail, route, TokenPurpose.REACTIVATE, _still_suspended)
    member = s.get(Member, gate.token.object_id) if gate.token is not None else None
    requests = ctx.settings.address(ctx.settings.gateway.requests)
    taken = gate.token is not None and member is not None and gate.token.person != member.email \
        and member_by_email(s, gate.token.person) is not None
    if gate.refusal is not None or gate.token is None or member is None or taken:
        problem = "taken" if taken else str(gate.refusal or Refusal.UNKNOWN)
        answer(s, ctx, mail.sender, "member/reactivate_refused", in_reply_to=mail.message_id,
               subject="VSN: återaktivera, inte utfört", problem=problem, requests=requests)
        return
    tokens.spend(s, gate.token)
    old = member.email
    _reactivate(s, member, gate.token.person)
    answer(s, ctx, member.email, "member/reactivated", limited=False, in_reply_to=mail.message_id,
           subject="VSN: du får varningar igen", requests=requests)
    for admin in admins(ctx.settings):
        answer(s, ctx, admin, "admin/reactivated", limited=False, kind="admin",
               subject="VSN: medlem återaktiverad", member=member, old=old)
    log.info("member %s reactivated by reply", member.id)


def _still_suspended(s: Session, token: Token) -> Refusal | None:
    member = lock_row(s, Member, token.object_id)
    if member is None:
        return Refusal.UNKNOWN
    return None if member.status == MemberStatus.SUSPENDED else Refusal.DECIDED


def _reactivate(s: Session, member: Member, address: str) -> None:
    member.email = address.lower()
    reactivate(s, member)
