"""Commands mailed to vsn-request@ (subject or first line). Every person gets an answer."""

from __future__ import annotations

import re
from enum import StrEnum

from sqlmodel import Session

from mailgate.answer import answer
from mailgate.context import Context
from mailgate.parse import Mail
from mailgate.reply import fold, new_part
from store.queries import member_by_email


class Verb(StrEnum):
    HELP = "help"
    UNKNOWN = "unknown"


# Swedish and English words for each command, folded (no case, no diacritics).
WORDS: dict[str, Verb] = {
    "hjalp": Verb.HELP, "help": Verb.HELP, "info": Verb.HELP,
}
_PREFIXES = re.compile(r"^\s*((re|sv|vb|aw|fw|fwd)\s*:\s*)+", re.I)


def read_verb(mail: Mail) -> Verb:
    candidates = [_PREFIXES.sub("", mail.subject)]
    candidates += [line for line in new_part(mail.text) if line.strip()][:1]
    for line in candidates:
        words = fold(line).split()
        if words and words[0] in WORDS:
            return WORDS[words[0]]
    return Verb.UNKNOWN


def handle_command(s: Session, ctx: Context, mail: Mail) -> Verb:
    verb = read_verb(mail)
    member = member_by_email(s, mail.sender)
    answer(s, ctx, mail.sender, "common/help", subject="VSN: hjälp och kommandon",
           in_reply_to=mail.message_id, unknown=verb == Verb.UNKNOWN, member=member,
           reports=ctx.settings.address(ctx.settings.gateway.reports),
           requests=ctx.settings.address(ctx.settings.gateway.requests))
    return verb
