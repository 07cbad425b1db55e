"""What a courier reads and writes in the outbox: claimed rows as whole messages, and the
outcome of a batch, written in as few statements as the outcomes allow."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlmodel import Session

from digest.deliver import overtaken
from digest.errors import DeliveryError
from store.models import Outbox, OutboxBody
from store.status import OutboxStatus

BODY_CACHE = 64   # shared bodies kept per courier; mailings come and go


@dataclass(frozen=True)
class Item:
    id: int
    kind: str
    mail_from: str
    rcpt: str
    raw: bytes
    attempts: int


def load(s: Session, ids: list[int], bodies: dict[int, bytes]) -> list[Item]:
    """The claimed rows as whole messages; shared bodies are read once and kept in `bodies`."""
    if not ids:
        return []
    t = Outbox.__table__  # type: ignore[attr-defined]
    rows = list(s.execute(select(t.c.id, t.c.kind, t.c.mail_from, t.c.rcpt, t.c.raw,
                                 t.c.attempts, t.c.body_id)
                          .where(t.c.id.in_(ids)).order_by(t.c.id)))
    missing = {r.body_id for r in rows if r.body_id is not None and r.body_id not in bodies}
    if missing:
        b = OutboxBody.__table__  # type: ignore[attr-defined]
        if len(bodies) > BODY_CACHE:
            bodies.clear()
        found = s.execute(select(b.c.id, b.c.raw).where(b.c.id.in_(missing)))
        bodies.update({row.id: row.raw for row in found})
    return [Item(r.id, r.kind, r.mail_from, r.rcpt,
                 r.raw + bodies.get(r.body_id, b"") if r.body_id is not None else r.raw,
                 r.attempts) for r in rows]


def mark_sent(s: Session, ids: list[int], worker: str, now: datetime) -> None:
    if not ids:
        return
    t = Outbox.__table__  # type: ignore[attr-defined]
    s.execute(update(t).where(t.c.id.in_(ids), t.c.claimed_by == worker).values(
        status=OutboxStatus.SENT, sent_at=now, attempts=t.c.attempts + 1, last_error=None,
        claimed_by=None, claimed_at=None))
    overtaken.settle(s, [(i, True) for i in ids])   # the relay has it, whoever claimed it


def mark(s: Session, item: Item, worker: str, status: OutboxStatus, error: DeliveryError,
         next_at: datetime | None) -> bool:
    """Record a retry or a failure; False when the row is no longer this courier's (its
    lease ran out and another courier took it), which then owns the outcome."""
    t = Outbox.__table__  # type: ignore[attr-defined]
    values: dict[str, object] = {"status": status, "attempts": item.attempts + 1,
                                 "last_error": str(error)[:1000], "claimed_by": None,
                                 "claimed_at": None}
    if next_at is not None:
        values["next_attempt_at"] = next_at
    result = s.execute(update(t).where(t.c.id == item.id, t.c.claimed_by == worker)
                       .values(**values))
    return bool(result.rowcount)  # type: ignore[attr-defined]


def release(s: Session, ids: list[int], worker: str) -> None:
    """Claimed but never tried (a courier stopping): back in the queue, no attempt counted."""
    if not ids:
        return
    t = Outbox.__table__  # type: ignore[attr-defined]
    s.execute(update(t).where(t.c.id.in_(ids), t.c.claimed_by == worker).values(
        status=OutboxStatus.QUEUED, claimed_by=None, claimed_at=None))
    overtaken.settle(s, [(i, False) for i in ids])
