"""Rows a correction overtook while a courier was sending them, settled by the relay's answer.

A courier sends bytes it read when it claimed the row, so a correction that finds a row
`sending` cannot know whether the member will get the old text. It rewrites the row
(or marks it to be withdrawn) and holds the member's update notice
(store.models.OutboxOvertaken); the courier settles that when it records the answer:

    relay answer     the member has          held update notice    the overtaken row
    250 (sent)       the old text            released (queued)     sent
    4xx, 5xx, none   nothing                 deleted               withdrawn: deleted;
                                                                   rewritten: kept, so a
                                                                   retry sends the new text

So a member gets the notice asking them to delete the earlier message only when the
earlier message reached them. Settling runs in the courier's own record transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select, update
from sqlmodel import Session

from store.models import Outbox, OutboxOvertaken
from store.status import OutboxStatus
from store.types import utcnow


def settle(s: Session, answers: Iterable[tuple[int, bool]]) -> None:
    """(outbox id, delivered) for rows just recorded; a no-op for rows nothing overtook."""
    delivered = dict(answers)
    if not delivered:
        return
    t = OutboxOvertaken.__table__  # type: ignore[attr-defined]
    rows = s.execute(select(t.c.outbox_id, t.c.withdraw, t.c.held_id)
                     .where(t.c.outbox_id.in_(list(delivered)))).all()
    if not rows:
        return
    s.execute(delete(t).where(t.c.outbox_id.in_([r.outbox_id for r in rows])))
    for row in rows:
        if delivered[row.outbox_id]:
            _release(s, row.held_id)
        else:
            _drop_held(s, row.held_id)
            if row.withdraw:
                _delete(s, row.outbox_id)


def settle_released(s: Session) -> None:
    """After a dead process's claims went back to the queue (the journal having marked
    what the relay took as sent): the overtaken rows among them were not delivered."""
    t = OutboxOvertaken.__table__  # type: ignore[attr-defined]
    o = Outbox.__table__  # type: ignore[attr-defined]
    back = s.execute(select(t.c.outbox_id).join(o, o.c.id == t.c.outbox_id)
                     .where(o.c.status == OutboxStatus.QUEUED)).scalars().all()
    settle(s, [(i, False) for i in back])


def _release(s: Session, held_id: int | None) -> None:
    if held_id is None:
        return
    o = Outbox.__table__  # type: ignore[attr-defined]
    s.execute(update(o).where(o.c.id == held_id, o.c.status == OutboxStatus.HELD)
              .values(status=OutboxStatus.QUEUED, next_attempt_at=utcnow()))


def _drop_held(s: Session, held_id: int | None) -> None:
    # Another overtaken row of the same member may still wait on this notice.
    if held_id is None:
        return
    t = OutboxOvertaken.__table__  # type: ignore[attr-defined]
    waiting = s.execute(select(t.c.outbox_id).where(t.c.held_id == held_id).limit(1)).first()
    if waiting is None:
        o = Outbox.__table__  # type: ignore[attr-defined]
        s.execute(delete(o).where(o.c.id == held_id, o.c.status == OutboxStatus.HELD))


def _delete(s: Session, outbox_id: int) -> None:
    o = Outbox.__table__  # type: ignore[attr-defined]
    s.execute(delete(o).where(o.c.id == outbox_id))
