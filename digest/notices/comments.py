"""A published comment reaches members as it is published, not only in the next digest.

It goes to the members who get the commented event's urgency at once (the tier table),
except its writer, and names the writer's organisation type, never the writer. Each copy
is queued once (`comment:<comment>:<member>`) and carries the member's own comment address,
so the exchange can go on by reply.
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session

from digest.compose.bulk import Stencil
from digest.compose.message import Draft, Identity, Mailing
from digest.compose.render import render_pair, urgency_sv
from digest.notices.first import queue_for_members, recipients
from digest.notices.tiers import DEFAULT_POLICY, TierPolicy
from store.models import Event, EventComment
from store.types import utcnow


def comment_subject(event: Event) -> str:
    return f"[VSN {urgency_sv(event.urgency)}] Kommentar: {event.title}".strip()


def notify_comment(s: Session, mailing: Mailing, event: Event, comment: EventComment, *,
                   writer: str, org_type: str, policy: TierPolicy = DEFAULT_POLICY,
                   token_days: int = 90) -> int:
    """Queue the comment for the event's at-once members but its writer; how many."""
    assert event.id is not None and comment.id is not None
    targets = [r for r in recipients(s, event.urgency, policy)
               if r.email.lower() != writer.lower()]
    if not targets:
        return 0
    stencil = comment_stencil(mailing.identity, event, comment, org_type)
    queue_for_members(s, mailing, stencil, "comment", f"comment:{comment.id}", event.id,
                      targets, utcnow() + timedelta(days=token_days))
    return len(targets)


def comment_stencil(identity: Identity, event: Event, comment: EventComment,
                    org_type: str) -> Stencil:
    """The part every recipient of a comment's notice shares (also when a correction
    renders a queued one again)."""
    text, html = render_pair("member/comment_notice", event=event, comment=comment,
                             org_type=org_type, requests=identity.requests)
    return Stencil(identity, Draft(to="", subject=comment_subject(event), text=text,
                                   html=html, headers=(("X-VSN-Urgency", event.urgency),
                                                       ("X-VSN-Reference", event.reference))))
