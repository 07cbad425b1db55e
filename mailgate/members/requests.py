"""Commands mailed to vsn-request@ (subject or first line, Swedish or English), and the
token replies that confirm them. Every person gets an answer; machines never do (triage
stops auto-replies, bounces and loops before they get here)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlmodel import Session

from mailgate.context import Context
from mailgate.members import join as joining
from mailgate.members import leave as leaving
from mailgate.members import preferences
from mailgate.members import reactivate as reactivating
from mailgate.members.show import show
from mailgate.parse import Mail
from mailgate.parse.reply_text import fold, new_part
from mailgate.receive.routes import Box, Route
from mailgate.replies import answer
from mailgate.triage import Triage
from store.models import InboundMail, Member
from store.queries import member_by_email
from store.search import search_events
from store.status import MemberStatus, TokenPurpose


class Verb(StrEnum):
    HELP = "help"
    JOIN = "join"
    LEAVE = "leave"
    SETTINGS = "settings"
    SEARCH = "search"
    SHOW = "show"
    REACTIVATE = "reactivate"
    UNKNOWN = "unknown"


# Swedish and English words for each command, folded (no case, no diacritics).
WORDS: dict[str, Verb] = {
    "hjalp": Verb.HELP, "help": Verb.HELP, "info": Verb.HELP,
    "anslut": Verb.JOIN, "join": Verb.JOIN, "ansok": Verb.JOIN, "subscribe": Verb.JOIN,
    "ansokan": Verb.JOIN, "ansoka": Verb.JOIN, "medlemsansokan": Verb.JOIN,
    "avsluta": Verb.LEAVE, "leave": Verb.LEAVE, "unsubscribe": Verb.LEAVE,
    "avregistrera": Verb.LEAVE, "avanmal": Verb.LEAVE, "avregistrering": Verb.LEAVE,
    "avanmalan": Verb.LEAVE,
    "installningar": Verb.SETTINGS, "settings": Verb.SETTINGS, "preferences": Verb.SETTINGS,
    "sok": Verb.SEARCH, "search": Verb.SEARCH,
    "visa": Verb.SHOW, "show": Verb.SHOW,
    "ateraktivera": Verb.REACTIVATE, "reactivate": Verb.REACTIVATE,
}
MEMBERS_ONLY = {Verb.SETTINGS, Verb.SEARCH, Verb.SHOW}
SEARCH_LIMIT = 20
_PREFIXES = re.compile(r"^\s*((re|sv|vb|aw|fw|fwd|vs)\s*:\s*)+", re.I)


@dataclass(frozen=True)
class Request:
    verb: Verb
    args: str                # what follows the command word ("SÖK fentanyl" -> "fentanyl")
    lines: tuple[str, ...]   # the new part of the body, for multi-line commands


def read_request(mail: Mail) -> Request:
    lines = tuple(line for line in new_part(mail.text) if line.strip())
    candidates = [_PREFIXES.sub("", mail.subject).strip(), *lines[:1]]
    for i, line in enumerate(candidates):
        words = line.split()
        if words and fold(words[0]).strip(":") in WORDS:
            args = " ".join(words[1:])
            if not args and i == 0 and lines:  # "SÖK" in the subject, the words below
                args = lines[0]
            return Request(WORDS[fold(words[0]).strip(":")], args, lines)
    return Request(Verb.UNKNOWN, "", lines)


def read_verb(mail: Mail) -> Verb:
    return read_request(mail).verb


Handler = Callable[[Session, Context, Mail, Request, Member | None], None]


def handle_command(s: Session, ctx: Context, mail: Mail, triage: Triage | None = None,
                   inbound: InboundMail | None = None) -> Verb:
    route = triage.route if triage is not None else None
    if route is not None and route.box == Box.REPLY and route.purpose in CONFIRMATIONS:
        verb, confirm = CONFIRMATIONS[route.purpose]
        confirm(s, ctx, inbound, mail, route)
        return verb
    request = read_request(mail)
    member = member_by_email(s, mail.sender)
    active = member if member is not None and member.status == MemberStatus.ACTIVE else None
    if request.verb in MEMBERS_ONLY and active is None:
        _members_only(s, ctx, mail, request, member)
    else:
        VERBS[request.verb](s, ctx, mail, request, active or member)
    return request.verb


def _help(s: Session, ctx: Context, mail: Mail, request: Request, member: Member | None) -> None:
    answer(s, ctx, mail.sender, "common/help", subject="VSN: hjälp och kommandon",
           in_reply_to=mail.message_id, unknown=request.verb == Verb.UNKNOWN, member=member,
           reports=ctx.settings.address(ctx.settings.gateway.reports),
           requests=ctx.settings.address(ctx.settings.gateway.requests))


def _members_only(s: Session, ctx: Context, mail: Mail, request: Request,
                  member: Member | None) -> None:
    answer(s, ctx, mail.sender, "member/members_only", subject="VSN: bara för medlemmar",
           in_reply_to=mail.message_id, verb=str(request.verb), member=member,
           requests=ctx.settings.address(ctx.settings.gateway.requests))


def _search(s: Session, ctx: Context, mail: Mail, request: Request,
            member: Member | None) -> None:
    found = search_events(s, request.args, SEARCH_LIMIT) if request.args.strip() else []
    answer(s, ctx, mail.sender, "member/search", subject=f"VSN: sökresultat ({len(found)})",
           in_reply_to=mail.message_id, query=request.args.strip(), events=found,
           limit=SEARCH_LIMIT, requests=ctx.settings.address(ctx.settings.gateway.requests))


VERBS: dict[Verb, Handler] = {
    Verb.HELP: _help,
    Verb.UNKNOWN: _help,
    Verb.JOIN: lambda s, ctx, mail, req, member: joining.apply(s, ctx, mail, req.lines, member),
    Verb.LEAVE: lambda s, ctx, mail, req, member: leaving.request(s, ctx, mail, member),
    Verb.SETTINGS: lambda s, ctx, mail, req, member: preferences.change(
        s, ctx, mail, (req.args, *req.lines), member),
    Verb.SEARCH: _search,
    Verb.SHOW: lambda s, ctx, mail, req, member: show(s, ctx, mail, req.args, member),
    Verb.REACTIVATE: lambda s, ctx, mail, req, member: reactivating.request(
        s, ctx, mail, req.args, member),
}

# Replies to our token addresses vsn+<purpose>-<token>@ that confirm or decide a command.
# Every command that changes a member's state is applied only here, never from From: alone.
Confirm = Callable[[Session, Context, InboundMail | None, Mail, Route], None]
CONFIRMATIONS: dict[str, tuple[Verb, Confirm]] = {
    TokenPurpose.LEAVE: (Verb.LEAVE, leaving.confirm),
    TokenPurpose.UNSUBSCRIBE: (Verb.LEAVE, leaving.confirm),
    TokenPurpose.SETTINGS: (Verb.SETTINGS, preferences.confirm),
    TokenPurpose.JOIN: (Verb.JOIN, joining.decide),
    TokenPurpose.REACTIVATE: (Verb.REACTIVATE, lambda s, ctx, inbound, mail, route:
                              reactivating.confirm(s, ctx, mail, route)),
}
