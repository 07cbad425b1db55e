"""VISA / SHOW 2026-0001: one event in full, as it stands now, for a member.

The answer holds the current text (corrections replace it), the event's parts, the history
of corrections and the published comments, each comment with its writer's organisation
type, never a name or an address.
"""

from __future__ import annotations

import re

from sqlmodel import Session

from mailgate.context import Context
from mailgate.parse import Mail
from mailgate.replies import answer
from store.models import Member
from store.queries import event_by_reference, event_comments, event_updates

REFERENCE = re.compile(r"\b(\d{4})-(\d{1,6})\b")


def reference_in(args: str) -> str:
    """`2026-0001` from "VISA 2026-0001" (also "2026-1", written without zeros)."""
    match = REFERENCE.search(args)
    return f"{match.group(1)}-{int(match.group(2)):04d}" if match else ""


def show(s: Session, ctx: Context, mail: Mail, args: str, member: Member | None) -> None:
    reference = reference_in(args)
    event = event_by_reference(s, reference) if reference else None
    requests = ctx.settings.address(ctx.settings.gateway.requests)
    if event is None or event.id is None:
        answer(s, ctx, mail.sender, "member/show", subject="VSN: ingen sådan varning",
               in_reply_to=mail.message_id, asked=args.strip()[:40], event=None,
               requests=requests)
        return
    answer(s, ctx, mail.sender, "member/show", subject=f"VSN {event.reference}: {event.title}",
           in_reply_to=mail.message_id, asked=reference, event=event,
           updates=event_updates(s, event.id), comments=event_comments(s, event.id),
           requests=requests)
