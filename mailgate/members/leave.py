"""AVSLUTA / LEAVE: a member leaves only by answering from their own address to a token
address (our confirmation mail, or List-Unsubscribe in every notice and digest), so a
forged sender cannot unsubscribe anyone: the token proves the mail was received, the
sender (and, when configured, the trusted relay's DMARC/DKIM pass) who it was.
A notice's comment address is no proof: it is seen by whoever the member copies in."""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlmodel import Session

from mailgate.context import Context
from mailgate.moderate.authority import Refusal, admit, audit
from mailgate.parse import Mail
from mailgate.receive.routes import Route, reply_address
from mailgate.replies import answer
from store import status, tokens
from store.models import InboundMail, Member, Token
from store.queries import member_by_email
from store.status import MemberStatus, TokenPurpose
from store.types import utcnow

log = logging.getLogger(__name__)

CONFIRM_DAYS = 7
# A leave confirmation's token, or a mailing's List-Unsubscribe token (one per member per
# mailing, never shared with the comment address).
LEAVE_PROOFS = (TokenPurpose.LEAVE, TokenPurpose.UNSUBSCRIBE)


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


def confirm(s: Session, ctx: Context, inbound: InboundMail | None, mail: Mail,
            route: Route | None) -> None:
    gate = admit(s, ctx, mail, route, LEAVE_PROOFS, _still_member)
    member = member_by_email(s, gate.token.person) if gate.token is not None else None
    requests = ctx.settings.address(ctx.settings.gateway.requests)
    if gate.refusal is not None or member is None or gate.token is None:
        refusal = gate.refusal or Refusal.UNKNOWN
        log.info("leave confirmation refused: %s", refusal)
        audit(s, inbound, mail.sender, None, "leave", refusal=refusal, detail=gate.detail)
        answer(s, ctx, mail.sender, "member/leave_refused", subject="VSN: avsluta, inte utfört",
               in_reply_to=mail.message_id, problem=str(refusal), detail=gate.detail,
               requests=requests)
        return
    tokens.spend(s, gate.token)
    status.check(member.status, MemberStatus.LEFT)
    member.status, member.left_at = MemberStatus.LEFT, utcnow()
    s.add(member)
    audit(s, inbound, mail.sender, None, "leave",
          detail=f"member {member.id} ({gate.token.purpose})")
    log.info("member %s left", member.id)
    answer(s, ctx, mail.sender, "member/left", subject="VSN: du har avslutat ditt medlemskap",
           in_reply_to=mail.message_id, limited=False, requests=requests)


def _still_member(s: Session, token: Token) -> Refusal | None:
    member = member_by_email(s, token.person)
    if member is None:
        return Refusal.UNKNOWN
    return Refusal.LEFT if member.status == MemberStatus.LEFT else None
