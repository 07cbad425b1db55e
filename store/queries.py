"""Small named queries, including the atomic claims workers use to share queues."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Table, and_, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, col, func
from sqlmodel import select as select_rows

from store.models import (
    Event,
    EventComment,
    EventUpdate,
    InboundMail,
    Member,
    Outbox,
    OutboxBody,
    ReferenceCounter,
    Report,
)
from store.status import InboundStatus, MemberStatus, OutboxStatus
from store.types import utcnow

M = TypeVar("M", bound=SQLModel)


def _table(model: type[SQLModel]) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


def _claim(s: Session, table: Table, ready: ColumnElement[bool], claimed_status: str,
           worker: str, limit: int, order: ColumnElement[int],
           **also: object) -> list[int]:
    # One UPDATE over a sub-select claims atomically on both. PostgreSQL: the sub-select
    # locks the rows it picks (FOR UPDATE) and skips rows another claim holds (SKIP LOCKED).
    # SQLite (where SQLAlchemy silently drops FOR UPDATE): an UPDATE takes the database's
    # write lock before it reads, and a WAL writer always reads the newest commit, so no
    # other process can pick the same rows between the read and the write; no explicit
    # BEGIN IMMEDIATE is needed as long as the claim is this one statement
    # (tests/multiprocess/test_claims.py runs four processes against both).
    pick = select(table.c.id).where(ready).order_by(order).limit(limit)
    if s.get_bind().dialect.name == "postgresql":
        pick = pick.with_for_update(skip_locked=True)
    stmt = (
        update(table)
        .where(table.c.id.in_(pick.scalar_subquery()))
        .values(status=claimed_status, claimed_by=worker, claimed_at=utcnow(), **also)
        .returning(table.c.id)
    )
    return sorted(row[0] for row in s.execute(stmt))


def claim_inbound(s: Session, worker: str, limit: int, lease: timedelta) -> list[int]:
    t = _table(InboundMail)
    stale = utcnow() - lease
    ready = or_(
        t.c.status == InboundStatus.RECEIVED,
        and_(t.c.status == InboundStatus.PROCESSING, t.c.claimed_at < stale),
    )
    # The attempt is counted at the claim, so that a message which kills its process
    # counts too (store/inbound.py settles the attempt; a shutdown uncounts it).
    return _claim(s, t, ready, InboundStatus.PROCESSING, worker, limit, t.c.id,
                  attempts=t.c.attempts + 1)


def claim_outbox(s: Session, worker: str, limit: int, lease: timedelta) -> list[int]:
    t = _table(Outbox)
    now = utcnow()
    ready = or_(
        and_(t.c.status == OutboxStatus.QUEUED, t.c.next_attempt_at <= now),
        and_(t.c.status == OutboxStatus.SENDING, t.c.claimed_at < now - lease),
    )
    return _claim(s, t, ready, OutboxStatus.SENDING, worker, limit, t.c.id)


def release_claims_of(s: Session, workers: list[str]) -> int:
    """Give back rows claimed by workers known to be dead (crash recovery at start-up)."""
    if not workers:
        return 0
    count = 0
    tables = ((_table(InboundMail), InboundStatus.PROCESSING, InboundStatus.RECEIVED),
              (_table(Outbox), OutboxStatus.SENDING, OutboxStatus.QUEUED))
    for t, claimed, free in tables:
        result = s.execute(
            update(t)
            .where(t.c.status == claimed, t.c.claimed_by.in_(workers))
            .values(status=free, claimed_by=None, claimed_at=None)
        )
        count += result.rowcount  # type: ignore[attr-defined]
    return count


def release_inbound_not_held(s: Session, worker: str, held: set[int]) -> int:
    """Give back `worker`'s claimed inbound rows that none of its threads holds: their
    processing failed with the store away, and so did giving them back then. The outage
    was not the row's fault: its attempt is not counted."""
    t = _table(InboundMail)
    mine = s.execute(select(t.c.id).where(t.c.status == InboundStatus.PROCESSING,
                                          t.c.claimed_by == worker)).scalars()
    lost = [row_id for row_id in mine if row_id not in held]
    if lost:
        s.execute(update(t).where(t.c.id.in_(lost), t.c.claimed_by == worker).values(
            status=InboundStatus.RECEIVED, claimed_by=None, claimed_at=None,
            attempts=t.c.attempts - 1))
    return len(lost)


def claimants(s: Session) -> set[str]:
    found: set[str] = set()
    for t, claimed in ((_table(InboundMail), InboundStatus.PROCESSING),
                       (_table(Outbox), OutboxStatus.SENDING)):
        rows = s.execute(select(t.c.claimed_by).where(t.c.status == claimed).distinct())
        found.update(r[0] for r in rows if r[0])
    return found


def next_reference(s: Session, year: int) -> str:
    """YYYY-NNNN, unique per year, by an upsert on the year's counter row (two processes
    numbering the first report of a year do not both insert it).

    On PostgreSQL the number is taken in a short transaction of its own: inside the
    report's, the counter row stayed locked until the report was filed (reviews rendered,
    acknowledgement queued), so every report of every process waited for the one before.
    A report that then fails leaves its number unused. On SQLite, where one transaction
    writes at a time anyway, the number is taken in the report's transaction, gap-free."""
    bind = s.get_bind()
    postgres = bind.dialect.name == "postgresql"
    stmt = _count_up(postgresql.insert if postgres else sqlite.insert, year)
    if postgres and isinstance(bind, Engine):
        with bind.begin() as conn:
            value = int(conn.execute(stmt).scalar_one())
    else:
        value = int(s.execute(stmt).scalar_one())
    return f"{year}-{value:04d}"


def _count_up(insert: Any, year: int) -> Any:
    t = _table(ReferenceCounter)
    return (insert(t).values(year=year, value=1)
            .on_conflict_do_update(index_elements=[t.c.year], set_={"value": t.c.value + 1})
            .returning(t.c.value))


def lock_row(s: Session, model: type[M], row_id: int) -> M | None:
    """The row, re-read after taking its write lock for the rest of the transaction (a
    no-op UPDATE): on SQLite the database's write lock, on PostgreSQL the row's. A second
    writer waits, and reads the row after the first has committed."""
    t = _table(model)
    s.execute(update(t).where(t.c.id == row_id).values(id=t.c.id))
    return s.get(model, row_id, populate_existing=True)


def in_outbox(s: Session, dedupe_key: str) -> bool:
    """Whether a mail with this dedupe key is already in the outbox (sent or not)."""
    stmt = select_rows(Outbox.id).where(col(Outbox.dedupe_key) == dedupe_key)
    return s.exec(stmt).first() is not None


def active_members(s: Session) -> list[Member]:
    stmt = select_rows(Member).where(col(Member.status) == MemberStatus.ACTIVE)
    return list(s.exec(stmt.order_by(col(Member.id))))


def member_by_email(s: Session, email: str) -> Member | None:
    return s.exec(select_rows(Member).where(col(Member.email) == email.lower())).first()


def replies_sent_since(s: Session, rcpt: str, kinds: tuple[str, ...], since: datetime) -> int:
    stmt = select(func.count()).select_from(Outbox).where(
        col(Outbox.rcpt) == rcpt.lower(), col(Outbox.kind).in_(kinds),
        col(Outbox.created_at) >= since)
    return int(s.execute(stmt).scalar() or 0)


def is_duplicate(s: Session, row: InboundMail, message_id: str) -> bool:
    """An earlier row holds the same bytes (a sender's retry): that one is the original.

    Deciding by id rather than by which copy finished first needs no lock: of two copies
    that workers in two processes handle at the same moment, the later one is the duplicate
    whatever the timing. An earlier copy that failed does not count (it waits for a retry)."""
    stmt = select(func.count()).select_from(InboundMail).where(
        col(InboundMail.sha256) == row.sha256, col(InboundMail.id) < (row.id or 0),
        or_(col(InboundMail.message_id).is_(None), col(InboundMail.message_id) == message_id),
        col(InboundMail.status).not_in([InboundStatus.FAILED, InboundStatus.QUARANTINED]))
    return int(s.execute(stmt).scalar() or 0) > 0


def still_claimed(s: Session, row: InboundMail) -> bool:
    """Lock the row and check it is still this worker's claim (lease not lost to another
    process after running out, nor settled meanwhile as timed out). Called last, just
    before the row is marked done. The claim is told by holder and attempt number: the
    lease time moves while the worker renews it."""
    t = _table(InboundMail)
    result = s.execute(update(t).where(
        t.c.id == row.id, t.c.status == InboundStatus.PROCESSING,
        t.c.claimed_by == row.claimed_by, t.c.attempts == row.attempts).values(id=t.c.id))
    return bool(result.rowcount)  # type: ignore[attr-defined]


def notice_recipients(s: Session, event_id: int) -> set[int]:
    """Ids of the members a notice of this event was queued for (outbox notice:<event>:<member>)."""
    prefix = f"notice:{event_id}:"
    key = Outbox.__table__.c.dedupe_key  # type: ignore[attr-defined]
    # A range on the unique index instead of LIKE, which SQLite cannot serve from an index.
    stmt = select(key).where(key >= prefix, key < prefix[:-1] + ";")
    return {int(k[len(prefix):]) for (k,) in s.execute(stmt) if k[len(prefix):].isdigit()}


def noticed_pairs(s: Session, event_ids: list[int]) -> set[tuple[int, int]]:
    """(event id, member id) for every notice queued for these events."""
    return {(e, m) for e in event_ids for m in notice_recipients(s, e)}


def outbox_bytes(s: Session, row: Outbox) -> bytes:
    """The whole message of an outbox row: its own bytes, then the shared body if any."""
    if row.body_id is None:
        return row.raw
    body = s.get(OutboxBody, row.body_id)
    return row.raw + (body.raw if body is not None else b"")


def event_by_reference(s: Session, reference: str) -> Event | None:
    """A published (or retracted) event by its reference, e.g. 2026-0001."""
    return s.exec(select_rows(Event).where(col(Event.reference) == reference)).first()


def event_updates(s: Session, event_id: int) -> list[EventUpdate]:
    """Corrections and retractions of an event, oldest first."""
    stmt = select_rows(EventUpdate).where(col(EventUpdate.event_id) == event_id)
    return list(s.exec(stmt.order_by(col(EventUpdate.at), col(EventUpdate.id))))


def event_comments(s: Session, event_id: int) -> list[tuple[EventComment, str]]:
    """Published comments on an event, oldest first, each with its writer's organisation
    type (kommun, region, myndighet; "" for none): never a name or an address."""
    stmt = (select_rows(EventComment, Member.org_type)
            .join(Report, col(Report.id) == col(EventComment.report_id))
            .join(Member, col(Member.email) == col(Report.sender), isouter=True)
            .where(col(EventComment.event_id) == event_id)
            .order_by(col(EventComment.published_at), col(EventComment.id)))
    return [(comment, org_type or "") for comment, org_type in s.exec(stmt)]
