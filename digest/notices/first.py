"""Notices for a published event, by urgency tier, queued in one go.

The body is rendered and encoded once (every member reads the same warning); each member's
copy differs only in To, Message-ID, the comment Reply-To and the unsubscribe address, each
a token address of its own (a comment token cannot unsubscribe). Each notice is queued
once: dedupe key notice:<event>:<member>, which is also the record of who got the original
when an update follows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlmodel import Session

from digest.compose.bulk import Copy, Personal, Stencil, queue_copies
from digest.compose.message import Draft, Identity, Mailing
from digest.compose.render import render_pair, urgency_sv
from digest.notices.tiers import DEFAULT_POLICY, TierPolicy
from store.models import Event, Member
from store.queries import notice_recipients
from store.status import MemberStatus, TokenPurpose
from store.tokens import Grant, issue_many
from store.types import utcnow

CHUNK = 2000   # rows per INSERT: bounded memory, still few statements


@dataclass(frozen=True)
class Recipient:
    id: int
    email: str
    verp: str


def notice_subject(event: Event) -> str:
    return f"[VSN {urgency_sv(event.urgency)}] {event.title}".strip()


def recipients(s: Session, urgency: str, policy: TierPolicy) -> list[Recipient]:
    """Active members who get an event of this urgency at once."""
    t = Member.__table__  # type: ignore[attr-defined]
    active = t.c.status == MemberStatus.ACTIVE
    if not policy.changeable(urgency):  # everyone or no one: the members' choices do not count
        if not policy.at_once(urgency, {}):
            return []
        rows = s.execute(select(t.c.id, t.c.email, t.c.verp).where(active).order_by(t.c.id))
        return [Recipient(*r) for r in rows]
    rows = s.execute(select(t.c.id, t.c.email, t.c.verp, t.c.immediate).where(active)
                     .order_by(t.c.id))
    return [Recipient(r.id, r.email, r.verp) for r in rows
            if policy.at_once(urgency, r.immediate or {})]


def notify(s: Session, identity: Identity, bounce_address: str, event: Event, *,
           policy: TierPolicy = DEFAULT_POLICY, token_days: int = 90,
           only: set[int] | None = None, full_text: bool = True) -> int:
    """Queue the notice for every member the tier policy names (of `only`, when given:
    members whose notice a correction withdrew unsent); returns how many."""
    assert event.id is not None
    done = notice_recipients(s, event.id)
    targets = [r for r in recipients(s, event.urgency, policy)
               if r.id not in done and (only is None or r.id in only)]
    if not targets:
        return 0
    mailing = Mailing(identity, bounce_address)
    stencil = notice_stencil(identity, event, mailing, full_text=full_text)
    expires = utcnow() + timedelta(days=token_days)
    queue_for_members(s, mailing, stencil, "notice", f"notice:{event.id}", event.id, targets,
                      expires)
    return len(targets)


def notice_stencil(identity: Identity, event: Event, mailing: Mailing, *,
                   full_text: bool = True) -> Stencil:
    # Without full text a notice is headline, parts and the portal link (when there is a
    # portal to read it in); the red forward box is always whole.
    text, html = render_pair("member/notice", event=event, requests=identity.requests,
                             event_url=identity.event_url(event.reference),
                             full_text=full_text or not identity.portal_url)
    draft = Draft(to="", subject=notice_subject(event), text=text, html=html, headers=(
        ("X-VSN-Urgency", event.urgency), ("X-VSN-Reference", event.reference),
        *priority(event)))
    return Stencil(identity, draft)


# A red warning must not be filed away with list mail by a member's mail rules: Outlook
# reads Importance, older clients and many filters X-Priority (1 = highest).
URGENT_HEADERS = (("Importance", "high"), ("X-Priority", "1"))


def priority(event: Event) -> tuple[tuple[str, str], ...]:
    return URGENT_HEADERS if event.urgency == "red" else ()


def queue_for_members(s: Session, mailing: Mailing, stencil: Stencil, kind: str, key: str,
                      event_id: int, targets: list[Recipient], expires: datetime) -> None:
    """Each target's copy of a mailing about one event, deduplicated by `<key>:<member>`."""
    for start in range(0, len(targets), CHUNK):
        _queue(s, mailing, stencil, kind, key, event_id, targets[start:start + CHUNK], expires)


def _queue(s: Session, mailing: Mailing, stencil: Stencil, kind: str, key: str, event_id: int,
           chunk: list[Recipient], expires: datetime) -> None:
    # One token per purpose: whoever sees a member's comment address (a CC, a forwarded
    # reply) must not be able to end that membership with it. Both in one INSERT.
    grants = [Grant(purpose, object_id, r.email) for r in chunk for purpose, object_id in
              ((TokenPurpose.COMMENT, event_id), (TokenPurpose.UNSUBSCRIBE, r.id))]
    issued = issue_many(s, grants, expires)
    queue_copies(s, stencil, kind, [
        Copy(Personal(r.email, mailing.reply(TokenPurpose.COMMENT, comment),
                      *mailing.unsubscribe(unsubscribe)),
             mailing.verp(r.verp), f"{key}:{r.id}")
        for r, comment, unsubscribe in zip(chunk, issued[0::2], issued[1::2], strict=True)])
