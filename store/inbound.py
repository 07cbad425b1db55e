"""An inbound row's life after its claim: lease renewal, give-back, failure and quarantine.

Attempts are counted when a worker claims a row (store/queries.py claim_inbound), so a
message that kills its process is counted too; these functions settle what an attempt
was. Every change here is conditional on the row still being the worker's claim, so a
late call by a worker that lost its row changes nothing.

    claimed (attempts + 1) ─┬─ done
                            ├─ given back: shutdown or store outage (the attempt is uncounted)
                            └─ failed, timed out or crashed ─┬─ received (attempts < max)
                                                             └─ quarantined (attempts >= max)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, Table, select, update
from sqlmodel import Session, col

from store.models import Decision, InboundMail
from store.queries import lock_row
from store.status import InboundStatus, check
from store.types import utcnow


class Reason(StrEnum):
    """Why an attempt did not finish; stored first in the row's `error`, before a colon."""

    ERROR = "error"            # processing raised: a bug, or mail the parser cannot read
    TIME_LIMIT = "time_limit"  # ran past [workers] row_seconds
    CRASH = "crash"            # the process ended while it worked on the row


# Rows waiting for an operator: quarantined, and failed (before quarantine existed).
ASIDE = (InboundStatus.QUARANTINED, InboundStatus.FAILED)


@dataclass(frozen=True)
class SetAside:
    """A quarantined row as operators see it: no address, subject or body."""

    id: int
    received_at: datetime
    size: int
    attempts: int
    reason: str


def _t() -> Table:
    table = InboundMail.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


def _claimed_by(worker: str, ids: Iterable[int] | None) -> list[ColumnElement[bool]]:
    """`worker`'s claimed rows, those of `ids` or (None) all."""
    t = _t()
    mine = [t.c.status == InboundStatus.PROCESSING, t.c.claimed_by == worker]
    return mine if ids is None else [*mine, t.c.id.in_(list(ids))]


def renew(s: Session, worker: str, ids: Iterable[int]) -> int:
    """Move the lease of `worker`'s rows in hand to now; how many it still held."""
    result = s.execute(update(_t()).where(*_claimed_by(worker, ids)).values(
        claimed_at=utcnow()))
    return int(result.rowcount)  # type: ignore[attr-defined]


def give_back(s: Session, worker: str, ids: Iterable[int] | None = None, *,
              attempt: int | None = None) -> int:
    """Rows (by default all `worker` holds) back to the queue without counting the
    attempt: a shutdown, or a store outage, is not the message's fault. With `attempt`,
    only a claim with that attempt number (not a later claim by the same holder)."""
    t = _t()
    mine = _claimed_by(worker, ids)
    if attempt is not None:
        mine.append(t.c.attempts == attempt)
    result = s.execute(update(t).where(*mine).values(
        status=InboundStatus.RECEIVED, claimed_by=None, claimed_at=None,
        attempts=t.c.attempts - 1))
    return int(result.rowcount)  # type: ignore[attr-defined]


def settle_failure(s: Session, worker: str, row_id: int, reason: Reason, detail: str,
                   max_attempts: int, *, attempt: int | None = None) -> InboundStatus | None:
    """A failed attempt: the row goes back to the queue, or into quarantine once it has
    had `max_attempts`. `detail` starts with what an operator may see (an exception's
    type, a limit: reason_of). None when the row was no longer this worker's (with
    `attempt`: no longer that claim of it)."""
    row = lock_row(s, InboundMail, row_id)
    if row is None or row.status != InboundStatus.PROCESSING or row.claimed_by != worker:
        return None
    if attempt is not None and row.attempts != attempt:
        return None
    new = (InboundStatus.QUARANTINED if row.attempts >= max_attempts
           else InboundStatus.RECEIVED)
    row.status, row.claimed_by, row.claimed_at = new, None, None
    row.error = f"{reason}: {detail}"[:2000]
    s.add(row)
    s.flush()
    return new


def crashed_claims(s: Session, holders: list[str]) -> list[tuple[int, str]]:
    """(id, holder) of the rows the (dead) `holders` had claimed."""
    if not holders:
        return []
    t = _t()
    stmt = select(t.c.id, t.c.claimed_by).where(
        t.c.status == InboundStatus.PROCESSING, t.c.claimed_by.in_(holders)).order_by(t.c.id)
    return [(int(i), str(h)) for i, h in s.execute(stmt)]


def set_aside(s: Session) -> list[SetAside]:
    stmt = select(InboundMail.id, InboundMail.received_at, InboundMail.size,  # type: ignore[call-overload]
                  InboundMail.attempts, InboundMail.error).where(
        col(InboundMail.status).in_(ASIDE)).order_by(col(InboundMail.id))
    return [SetAside(i, when, size, attempts, reason_of(error))
            for i, when, size, attempts, error in s.execute(stmt)]


def reason_of(error: str | None) -> str:
    """What an operator may see of an `error` written by settle_failure: the reason class
    and its first detail (an exception's type, a limit), never an exception's message,
    which may quote the mail."""
    head, _, rest = (error or "").partition(":")
    if head not in set(Reason):
        return Reason.ERROR.value
    detail = rest.partition(":")[0].strip()
    return f"{head}: {detail}" if detail else head


def retry(s: Session, ids: list[int], actor: str) -> list[int]:
    """Quarantined rows back to the queue, with a fresh count of attempts; audited."""
    found = _quarantined(s, ids)
    for row in found:
        check(row.status, InboundStatus.RECEIVED)
        row.status, row.attempts = InboundStatus.RECEIVED, 0
        s.add(row)
        _audit(s, row, actor, "inbound_retry")
    return [row.id or 0 for row in found]


def discard(s: Session, ids: list[int], actor: str) -> list[int]:
    """Quarantined rows deleted (raw bytes and all); the audit row keeps id, size, date
    and reason class, which name nobody."""
    found = _quarantined(s, ids)
    for row in found:
        _audit(s, row, actor, "inbound_discard")
        s.delete(row)
    s.flush()
    return [row.id or 0 for row in found]


def _quarantined(s: Session, ids: list[int]) -> list[InboundMail]:
    stmt = select(InboundMail).where(col(InboundMail.status).in_(ASIDE),
                                     col(InboundMail.id).in_(ids))
    return list(s.execute(stmt).scalars())


def _audit(s: Session, row: InboundMail, actor: str, action: str) -> None:
    detail = (f"inbound {row.id}, {row.size} bytes, received {row.received_at:%Y-%m-%d %H:%M}"
              f" UTC, {row.attempts} attempts, reason {reason_of(row.error)}")
    # inbound_id stays empty: a discarded row is gone, and its audit row must outlive it.
    s.add(Decision(actor=actor, action=action, detail=detail, accepted=True))


def waiting(s: Session) -> bool:
    """Whether a row is waiting for a worker (then a claiming worker wakes another)."""
    stmt = select(InboundMail.id).where(  # type: ignore[call-overload]
        col(InboundMail.status) == InboundStatus.RECEIVED).limit(1)
    return s.execute(stmt).first() is not None
