"""INSTÄLLNINGAR / SETTINGS: which urgencies arrive at once, and the digest on or off.

    INSTÄLLNINGAR                       shows the current settings
    INSTÄLLNINGAR GUL AV, GRÖN PÅ       changes them (one pair per line works too)
    SETTINGS YELLOW OFF GREEN ON DIGEST OFF

Red cannot be turned off while one is a member; the tier policy says what may change.
A change is never made on the strength of From: alone: the member gets a confirmation mail
with a (settings, request, member) token address and the change applies when they answer
it from their own address (with the trusted relay's pass, when configured), as AVSLUTA.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import Session

from mailgate.context import Context
from mailgate.moderate.authority import Refusal, admit, audit
from mailgate.parse import Mail
from mailgate.parse.reply_text import fold
from mailgate.receive.routes import Route, reply_address
from mailgate.replies import answer, may_answer
from store import tokens
from store.models import InboundMail, Member, SettingsRequest, Token
from store.queries import lock_row
from store.status import MemberStatus, TokenPurpose
from store.types import utcnow

log = logging.getLogger(__name__)

CONFIRM_DAYS = 7

DIGEST = "digest"
SUBJECTS = {"rod": "red", "red": "red", "gul": "yellow", "yellow": "yellow",
            "gron": "green", "green": "green", "sammanfattning": DIGEST,
            "sammanfattningen": DIGEST, "veckosammanfattning": DIGEST, "digest": DIGEST}
VALUES = {"pa": True, "on": True, "ja": True, "yes": True,
          "av": False, "off": False, "nej": False, "no": False}
_PAIR = re.compile(r"\b(" + "|".join(SUBJECTS) + r")\b\s*[:=]?\s*(" + "|".join(VALUES) + r")\b")


@dataclass(frozen=True)
class Change:
    subject: str        # "yellow", "green", "digest"
    on: bool
    accepted: bool      # False: the policy does not let members change this


def read_changes(lines: tuple[str, ...]) -> list[tuple[str, bool]]:
    found: dict[str, bool] = {}
    for line in lines:
        for subject, value in _PAIR.findall(fold(line)):
            found[SUBJECTS[subject]] = VALUES[value]
    return list(found.items())


def apply(ctx: Context, member: Member, wanted: list[tuple[str, bool]]) -> list[Change]:
    policy = ctx.settings.tiers
    choices = dict(member.immediate or {})
    changes = []
    for subject, on in wanted:
        if subject == DIGEST:
            member.digest = on
            changes.append(Change(subject, on, True))
        elif policy.changeable(subject):
            choices[subject] = on
            changes.append(Change(subject, on, True))
        else:
            changes.append(Change(subject, on, False))
    member.immediate = choices  # a new dict, so the JSON column is written
    return changes


def change(s: Session, ctx: Context, mail: Mail, lines: tuple[str, ...],
           member: Member | None) -> None:
    """Show the settings, or (with changes) mail the member a confirmation: the changes
    apply only when the member answers it (confirm), so a forged From changes nothing."""
    assert member is not None and member.id is not None  # requests.py lets only members in
    wanted = read_changes(lines)
    if not wanted:
        _show(s, ctx, mail.sender, member, [], in_reply_to=mail.message_id)
        return
    if not may_answer(s, ctx, member.email):
        return   # over the day's answers: a request nobody can confirm is not kept either
    pending = SettingsRequest(member_id=member.id, changes=[[k, on] for k, on in wanted])
    s.add(pending)
    s.flush()
    assert pending.id is not None
    token = tokens.issue(s, TokenPurpose.SETTINGS, pending.id, member.email,
                         utcnow() + timedelta(days=CONFIRM_DAYS))
    answer(s, ctx, member.email, "member/settings_confirm",
           subject="VSN: bekräfta ändrade inställningar", in_reply_to=mail.message_id,
           reply_to=reply_address(ctx.settings.gateway, TokenPurpose.SETTINGS, token),
           wanted=[Change(k, on, ctx.settings.tiers.changeable(k) or k == DIGEST)
                   for k, on in wanted], days=CONFIRM_DAYS, requests=_requests(ctx))


def confirm(s: Session, ctx: Context, inbound: InboundMail | None, mail: Mail,
            route: Route | None) -> None:
    """The member's reply to the confirmation: admitted like every token reply, then applied."""
    gate = admit(s, ctx, mail, route, TokenPurpose.SETTINGS, _waiting)
    pending = s.get(SettingsRequest, gate.token.object_id) if gate.token is not None else None
    member = s.get(Member, pending.member_id) if pending is not None else None
    if gate.refusal is not None or gate.token is None or pending is None or member is None:
        refusal = gate.refusal or Refusal.UNKNOWN
        audit(s, inbound, mail.sender, None, "settings", refusal=refusal, detail=gate.detail)
        answer(s, ctx, mail.sender, "member/settings_refused",
               subject="VSN: inställningar, inte utfört", in_reply_to=mail.message_id,
               problem=str(refusal), detail=gate.detail, requests=_requests(ctx))
        return
    tokens.spend(s, gate.token)
    pending.applied_at = utcnow()
    changes = apply(ctx, member, [(str(k), bool(on)) for k, on in pending.changes])
    s.add_all([pending, member])
    audit(s, inbound, mail.sender, None, "settings", detail=f"member {member.id}")
    log.info("member %s changed settings by confirmed reply", member.id)
    _show(s, ctx, member.email, member, changes, in_reply_to=mail.message_id)


def _waiting(s: Session, token: Token) -> Refusal | None:
    pending = lock_row(s, SettingsRequest, token.object_id)
    member = s.get(Member, pending.member_id) if pending is not None else None
    if pending is None or member is None:
        return Refusal.UNKNOWN
    if member.status != MemberStatus.ACTIVE:
        return Refusal.NOT_MEMBER
    return Refusal.DECIDED if pending.applied_at is not None else None


def _show(s: Session, ctx: Context, rcpt: str, member: Member, changes: list[Change], *,
          in_reply_to: str | None) -> None:
    policy = ctx.settings.tiers
    answer(s, ctx, rcpt, "member/settings", subject="VSN: dina inställningar",
           in_reply_to=in_reply_to, limited=not changes, changes=changes,
           at_once=policy.summary(member.immediate or {}),
           changeable={u: policy.changeable(u) for u in ("red", "yellow", "green")},
           digest=member.digest, requests=_requests(ctx))


def _requests(ctx: Context) -> str:
    return ctx.settings.address(ctx.settings.gateway.requests)
