"""When a correction replaces an event's text, the outbox's copies of the old text go.

Notices and update notices of the event still queued are deleted, so the old text is never
sent (their members get the corrected text instead, see mailgate/publish/revise.py); those
already sent or failed keep their header lines (a later update threads under them by
Message-ID) and lose their body. A row the relay is being handed right now (sending) is
left alone: it is on its way.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, or_, select, update
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session

from store.models import Outbox, OutboxBody
from store.status import OutboxStatus

_BREAK = b"\r\n\r\n"
_DONE = (OutboxStatus.SENT, OutboxStatus.FAILED)


def withdraw(s: Session, event_id: int, update_ids: Iterable[int]) -> set[int]:
    """Remove the old text from this event's mailings; the ids of members whose notice
    was still queued (deleted here: they never got the old text)."""
    o = Outbox.__table__  # type: ignore[attr-defined]
    mine = _keys(o.c.dedupe_key, [f"notice:{event_id}:",
                                  *(f"update:{u}:" for u in update_ids)])
    rows = s.execute(select(o.c.id, o.c.dedupe_key, o.c.status, o.c.body_id, o.c.raw)
                     .where(mine)).all()
    unsent = {int(r.dedupe_key.rsplit(":", 1)[1]) for r in rows
              if r.status == OutboxStatus.QUEUED and r.dedupe_key.startswith("notice:")}
    s.execute(delete(o).where(mine, o.c.status == OutboxStatus.QUEUED))
    for r in rows:
        if r.status in _DONE and r.body_id is None:
            s.execute(update(o).where(o.c.id == r.id).values(raw=_headers_only(r.raw)))
    bodies = {r.body_id for r in rows if r.body_id is not None}
    for body_id in bodies:
        if not _still_needed(s, body_id):
            _empty_body(s, body_id)
    return unsent


def _keys(column: ColumnElement[str], prefixes: list[str]) -> ColumnElement[bool]:
    # Ranges on the unique index (as store.queries.notice_recipients), not LIKE.
    return or_(*((column >= p) & (column < p[:-1] + ";") for p in prefixes))


def _still_needed(s: Session, body_id: int) -> bool:
    o = Outbox.__table__  # type: ignore[attr-defined]
    found = s.execute(select(o.c.id).where(o.c.body_id == body_id,
                                           o.c.status.not_in(_DONE)).limit(1)).first()
    return found is not None


def _empty_body(s: Session, body_id: int) -> None:
    table = OutboxBody.__table__  # type: ignore[attr-defined]
    raw = s.execute(select(table.c.raw).where(table.c.id == body_id)).scalar()
    if raw is not None:
        s.execute(update(table).where(table.c.id == body_id).values(raw=_headers_only(raw)))


def _headers_only(raw: bytes) -> bytes:
    head, found, _ = raw.partition(_BREAK)
    return head + _BREAK if found else raw
