"""Update notices: a correction or retraction goes to every member who got the original
notice (outbox rows notice:<event>:<member>), each queued once (update:<update>:<member>)
and threaded under the original by In-Reply-To. Like every member mailing, each copy
carries the member's own unsubscribe token (List-Unsubscribe, one-click with a portal)."""

from __future__ import annotations

from datetime import timedelta
from email.parser import BytesHeaderParser

from sqlmodel import Session, col, select

from digest.compose.message import Draft, Mailing, compose
from digest.compose.render import render_pair, urgency_sv
from digest.notices.first import priority
from digest.outbox import enqueue
from store.models import Event, EventUpdate, Member, Outbox
from store.queries import notice_recipients
from store.status import MemberStatus, TokenPurpose, UpdateKind
from store.tokens import Grant, issue_many
from store.types import utcnow

SUBJECT_WORD = {UpdateKind.CORRECTION: "RÄTTELSE", UpdateKind.RETRACTION: "ÅTERKALLAD"}


def update_subject(event: Event, update: EventUpdate) -> str:
    word = SUBJECT_WORD[UpdateKind(update.kind)]
    return f"[VSN {urgency_sv(event.urgency)} {word}] {update.title or event.title}".strip()


def notify_update(s: Session, mailing: Mailing, event: Event, update: EventUpdate, *,
                  token_days: int = 90) -> int:
    """Queue the update notice for the original notice's recipients; how many were queued."""
    assert event.id is not None and update.id is not None
    ids = sorted(notice_recipients(s, event.id))
    if not ids:
        return 0
    members = list(s.exec(select(Member).where(col(Member.id).in_(ids),
                                               col(Member.status) != MemberStatus.LEFT)))
    if not members:
        return 0
    text, html = render_pair("member/update", event=event, update=update)
    leave = issue_many(s, [Grant(TokenPurpose.UNSUBSCRIBE, m.id or 0, m.email) for m in members],
                       utcnow() + timedelta(days=token_days))
    count = 0
    for member, token in zip(members, leave, strict=True):
        address, url = mailing.unsubscribe(token)
        draft = Draft(to=member.email, subject=update_subject(event, update), text=text,
                      html=html, in_reply_to=_original_id(s, event.id, member.id),
                      unsubscribe=address, unsubscribe_url=url,
                      headers=(("X-VSN-Urgency", event.urgency),
                               ("X-VSN-Reference", event.reference), *priority(event)))
        # Each member's own envelope sender (VERP), so a bounce names the member.
        sender = mailing.verp(member.verp) if member.verp else mailing.bounces
        row = enqueue(s, "update", sender, compose(mailing.identity, draft),
                      dedupe_key=f"update:{update.id}:{member.id}")
        count += row is not None
    return count


def _original_id(s: Session, event_id: int, member_id: int | None) -> str | None:
    key = f"notice:{event_id}:{member_id}"
    raw = s.exec(select(Outbox.raw).where(col(Outbox.dedupe_key) == key)).first()
    if raw is None:
        return None
    headers = BytesHeaderParser().parsebytes(raw)
    return str(headers.get("Message-ID", "")) or None
