"""A member's own settings (what INSTÄLLNINGAR does by mail), leaving, and the one-click
unsubscribe that List-Unsubscribe-Post (RFC 8058) asks for."""

from __future__ import annotations

import logging

from sqlmodel import col, select
from starlette.responses import PlainTextResponse, Response

from digest.compose.message import Draft, compose
from digest.compose.render import render
from digest.outbox import enqueue
from portal import auth
from portal.http import SESSION_COOKIE, Req, csrf_ok
from store import status
from store.models import Member, Token
from store.queries import member_by_email
from store.status import MemberStatus, TokenPurpose
from store.tokens import digest as token_digest
from store.types import utcnow

log = logging.getLogger(__name__)

CHOICES = ("red", "yellow", "green")


def settings_page(req: Req, *, saved: bool = False) -> Response:
    who = req.who
    assert who is not None
    member = auth.member_of(req.s, who)
    if not who.active_member or member is None:
        return req.render("error", status=403, title="Inga inställningar",
                          message="Inställningar finns för nätverkets medlemmar.")
    policy = req.site.tiers
    return req.render("settings", saved=saved, digest=member.digest,
                      at_once=policy.summary(member.immediate or {}),
                      changeable={u: policy.changeable(u) for u in CHOICES})


def save_settings(req: Req) -> Response:
    who = req.who
    assert who is not None
    member = auth.member_of(req.s, who)
    if not who.active_member or member is None:
        return settings_page(req)
    policy = req.site.tiers
    choices = dict(member.immediate or {})
    for urgency in CHOICES:
        if policy.changeable(urgency):
            choices[urgency] = req.field(urgency) == "pa"
    member.immediate = choices   # a new dict, so the JSON column is written
    member.digest = req.field("digest") == "pa"
    req.s.add(member)
    log.info("member %s changed settings in the portal", member.id)
    return settings_page(req, saved=True)


def leave_page(req: Req) -> Response:
    return req.render("leave")


def leave(req: Req) -> Response:
    who = req.who
    assert who is not None
    member = auth.member_of(req.s, who)
    if member is None or not who.active_member:
        return req.render("error", status=403, title="Inget medlemskap",
                          message="Adressen är inte medlem.")
    _left(req, member)
    req.cookies.append((SESSION_COOKIE, "", None))
    req.who = None
    return req.render("left")


def _left(req: Req, member: Member) -> None:
    status.check(member.status, MemberStatus.LEFT)
    member.status, member.left_at = MemberStatus.LEFT, utcnow()
    req.s.add(member)
    auth.end_sessions_of(req.s, member.email)
    text = render("member/left.txt.j2", requests=req.site.identity.requests)
    draft = Draft(to=member.email, subject="VSN: du har avslutat ditt medlemskap", text=text)
    enqueue(req.s, "answer", req.site.bounce_address, compose(req.site.identity, draft))
    req.after.append(req.site.outbox_queued)
    log.info("member %s left in the portal", member.id)


def _unsubscribe_member(req: Req) -> tuple[Member | None, Token | None]:
    """The member an unsubscribe token names: the List-Unsubscribe token of a notice or a
    digest (one per member per mailing, never the comment address's token, which others
    see in CCs and forwards) or a leave confirmation's, unrevoked and unexpired."""
    digest = token_digest(req.request.path_params["token"])
    row = req.s.exec(select(Token).where(col(Token.digest) == digest)).first()
    if row is None or row.purpose not in (TokenPurpose.UNSUBSCRIBE, TokenPurpose.LEAVE) \
            or row.revoked_at is not None \
            or (row.expires_at is not None and row.expires_at <= utcnow()):
        return None, None
    return member_by_email(req.s, row.person), row


def unsubscribe_page(req: Req) -> Response:
    member, _ = _unsubscribe_member(req)
    if member is None:
        return req.render("error", status=404, title="Länken fungerar inte",
                          message="Avregistreringslänken är okänd eller för gammal. Skicka "
                          f"AVSLUTA till {req.site.identity.requests} i stället.")
    return req.render("unsubscribe", token=req.request.path_params["token"],
                      already=member.status == MemberStatus.LEFT)


def unsubscribe(req: Req) -> Response:
    """A mail provider's one-click POST (List-Unsubscribe=One-Click, no session, no form
    token: the URL's token is the authority) or the page's own form (with its CSRF field)."""
    one_click = req.field("List-Unsubscribe") == "One-Click"
    if not one_click and not csrf_ok(req):
        return req.render("error", status=403, title="Formuläret kunde inte skickas",
                          message="Ladda om sidan och försök igen.")
    member, token = _unsubscribe_member(req)
    if member is None or token is None:
        if one_click:
            return PlainTextResponse("unknown or expired link", status_code=404)
        return unsubscribe_page(req)
    if member.status != MemberStatus.LEFT:
        if token.used_at is None:
            token.used_at = utcnow()
            req.s.add(token)
        _left(req, member)
    if one_click:
        return PlainTextResponse("unsubscribed")
    return req.render("left")

