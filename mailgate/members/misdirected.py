"""A command sent to vsn@ instead of vsn-request@ (triage: "AVREGISTRERA", "HJÄLP", or a
mail with neither subject nor text): answered as vsn-request@ would answer it, with help
that points at vsn-request@, and never held as an empty report."""

from __future__ import annotations

from sqlmodel import Session

from mailgate.context import Context
from mailgate.members.requests import Verb, handle_command, read_request
from mailgate.parse import Mail
from mailgate.replies import answer
from mailgate.triage import Triage
from store.queries import member_by_email

HELPING = frozenset({Verb.HELP, Verb.UNKNOWN})


def handle_misdirected(s: Session, ctx: Context, mail: Mail, triage: Triage) -> Verb:
    request = read_request(mail)
    if request.verb not in HELPING:
        return handle_command(s, ctx, mail, triage)  # e.g. AVREGISTRERA: the leave answer
    gateway = ctx.settings.gateway
    answer(s, ctx, mail.sender, "common/help", subject="VSN: hjälp och kommandon",
           in_reply_to=mail.message_id, unknown=False, member=member_by_email(s, mail.sender),
           misdirected="help" if request.verb == Verb.HELP else "empty",
           reports=ctx.settings.address(gateway.reports),
           requests=ctx.settings.address(gateway.requests))
    return request.verb
