"""Notices for a published event: one message per member, each queued once (dedupe key)."""

from __future__ import annotations

from sqlmodel import Session

from digest.compose import Draft, Identity, compose
from digest.outbox import enqueue
from digest.render import render_pair, urgency_sv
from store.models import Event, Member
from store.queries import active_members


def notice_subject(event: Event) -> str:
    return f"[VSN {urgency_sv(event.urgency)}] {event.title}".strip()


def notify(s: Session, identity: Identity, bounce_address: str, event: Event) -> int:
    """Queue the notice for every active member; returns how many were queued."""
    count = 0
    for member in active_members(s):
        if _queue_notice(s, identity, bounce_address, event, member):
            count += 1
    return count


def _queue_notice(s: Session, identity: Identity, bounce_address: str, event: Event,
                  member: Member) -> bool:
    text, html = render_pair("member/notice", event=event, member=member)
    draft = Draft(
        to=member.email, subject=notice_subject(event), text=text, html=html,
        headers=(("X-VSN-Urgency", event.urgency), ("X-VSN-Reference", event.reference)),
    )
    row = enqueue(s, "notice", bounce_address, compose(identity, draft),
                  dedupe_key=f"notice:{event.id}:{member.id}")
    return row is not None
