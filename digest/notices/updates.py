"""Update notices: a correction or retraction goes to every member who got the earlier
text, each queued once (update:<update>:<member>) and threaded under the original notice
by In-Reply-To. Like every member mailing, each copy carries the member's own unsubscribe
token (List-Unsubscribe, one-click with a portal).

Who got the earlier text is the caller's to say (digest/notices/outdated.py: delivered
notices, update notices and digests that listed the event); a member whose copy is being
sent right now gets the update notice held, released only if that copy is delivered
(digest/deliver/overtaken.py). Without a list (a correction that only adds a note and
replaces nothing) it goes to every member a notice was queued for.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from email.parser import BytesHeaderParser

from sqlmodel import Session, col, select

from digest.compose.message import Draft, Mailing, compose
from digest.compose.render import render_pair, urgency_sv
from digest.notices.first import priority
from digest.outbox import enqueue
from store.models import Event, EventUpdate, Member, Outbox
from store.queries import notice_recipients
from store.status import MemberStatus, OutboxStatus, TokenPurpose, UpdateKind
from store.tokens import Grant, issue_many
from store.types import utcnow

SUBJECT_WORD = {UpdateKind.CORRECTION: "RÄTTELSE", UpdateKind.RETRACTION: "ÅTERKALLAD"}


def update_subject(event: Event, update: EventUpdate) -> str:
    word = SUBJECT_WORD[UpdateKind(update.kind)]
    return f"[VSN {urgency_sv(event.urgency)} {word}] {update.title or event.title}".strip()


def notify_update(s: Session, mailing: Mailing, event: Event, update: EventUpdate, *,
                  readers: Iterable[int] | None = None, token_days: int = 90) -> int:
    """Queue the update notice for the members who got the earlier text; how many."""
    assert event.id is not None
    ids = notice_recipients(s, event.id) if readers is None else set(readers)
    return len(_queue(s, mailing, event, update, ids, OutboxStatus.QUEUED, token_days))


def hold_update(s: Session, mailing: Mailing, event: Event, update: EventUpdate,
                members: Iterable[int], *, token_days: int = 90) -> dict[int, int]:
    """The update notice for members whose earlier copy is being sent, held until the
    relay answers; member id -> the held row's id."""
    return _queue(s, mailing, event, update, set(members), OutboxStatus.HELD, token_days)


def _queue(s: Session, mailing: Mailing, event: Event, update: EventUpdate, ids: set[int],
           status: OutboxStatus, token_days: int) -> dict[int, int]:
    assert event.id is not None and update.id is not None
    if not ids:
        return {}
    members = list(s.exec(select(Member).where(col(Member.id).in_(sorted(ids)),
                                               col(Member.status) != MemberStatus.LEFT)))
    if not members:
        return {}
    text, html = render_pair("member/update", event=event, update=update)
    leave = issue_many(s, [Grant(TokenPurpose.UNSUBSCRIBE, m.id or 0, m.email) for m in members],
                       utcnow() + timedelta(days=token_days))
    queued: dict[int, int] = {}
    for member, token in zip(members, leave, strict=True):
        assert member.id is not None
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
        if row is not None:
            row.status = status
            s.flush()
            assert row.id is not None
            queued[member.id] = row.id
    return queued


def _original_id(s: Session, event_id: int, member_id: int | None) -> str | None:
    key = f"notice:{event_id}:{member_id}"
    raw = s.exec(select(Outbox.raw).where(col(Outbox.dedupe_key) == key)).first()
    if raw is None:
        return None
    headers = BytesHeaderParser().parsebytes(raw)
    return str(headers.get("Message-ID", "")) or None
