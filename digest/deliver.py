"""Drain the outbox through a transport.

A Courier is one delivery lane: it claims a batch of due rows, sends them over one
connection that it keeps open across batches, and records the whole batch in one
transaction. Several couriers (threads or processes) share the queue through the claim.
4xx is retried with exponential backoff, 5xx fails at once and is handed to bounce
handling. A relay that is down fails the batch temporarily, so nothing is lost; a row is
marked sent only after the relay's 250. A crash between the 250 and the batch commit can
repeat at most one batch, when the lease runs out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.engine import Engine
from sqlmodel import Session

from digest.errors import DeliveryError, PermanentDeliveryError, TemporaryDeliveryError
from digest.transports import Connection, Transport
from store.db import session
from store.models import Outbox, OutboxBody
from store.queries import claim_outbox
from store.status import OutboxStatus
from store.types import utcnow

log = logging.getLogger(__name__)

MAX_DELAY = timedelta(hours=6)


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 12
    base_seconds: float = 30.0

    def delay(self, attempts: int) -> timedelta:
        return min(timedelta(seconds=self.base_seconds * 2 ** max(attempts - 1, 0)), MAX_DELAY)


@dataclass(frozen=True)
class Outcome:
    sent: int = 0
    retried: int = 0
    failed: int = 0

    @property
    def handled(self) -> int:
        return self.sent + self.retried + self.failed


@dataclass(frozen=True)
class Item:
    id: int
    kind: str
    mail_from: str
    rcpt: str
    raw: bytes
    attempts: int


@dataclass(frozen=True)
class Refused:
    """A message the relay refused for good (5xx), for bounce handling."""

    outbox_id: int
    kind: str
    rcpt: str
    code: int | None
    message: str


OnRefused = Callable[[Session, Refused], None]


class _Unreachable(TemporaryDeliveryError):
    """The relay could not be connected to: the rest of the batch need not try."""


class Courier:
    def __init__(self, engine: Engine, transport: Transport, worker: str, policy: RetryPolicy,
                 *, batch: int = 100, lease: timedelta = timedelta(minutes=5),
                 on_refused: OnRefused | None = None) -> None:
        self.engine = engine
        self.transport = transport
        self.worker = worker
        self.policy = policy
        self.batch = batch
        self.lease = lease
        self.on_refused = on_refused
        self.connection: Connection | None = None
        self.bodies: dict[int, bytes] = {}

    def step(self) -> Outcome:
        """Claim one batch, send it, record it; Outcome() when nothing was due."""
        with session(self.engine) as s:
            items = _load(s, claim_outbox(s, self.worker, self.batch, self.lease),
                          self.bodies)
        if not items:
            return Outcome()
        errors = self._send_all(items)
        with session(self.engine) as s:
            return self._record(s, items, errors)

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def _send_all(self, items: list[Item]) -> list[DeliveryError | None]:
        errors: list[DeliveryError | None] = []
        down: DeliveryError | None = None
        for item in items:
            if down is not None:  # the relay cannot be reached: do not wait on it per row
                errors.append(down)
                continue
            reused = self.connection is not None
            error = self._send(item)
            if error is not None and error.code is None and reused and self.connection is None:
                # A reused connection the relay had dropped is not the message's fault.
                error = self._send(item)
            if isinstance(error, _Unreachable):
                down = error
            errors.append(error)
        return errors

    def _send(self, item: Item) -> DeliveryError | None:
        if self.connection is None:
            try:
                self.connection = self.transport.connect()
            except DeliveryError as exc:
                return _Unreachable(str(exc), code=exc.code)
        try:
            self.connection.send(item.mail_from, item.rcpt, item.raw)
        except DeliveryError as exc:
            if exc.code is None:  # the connection itself broke: open a new one next time
                self.close()
            return exc
        return None

    def _record(self, s: Session, items: list[Item],
                errors: list[DeliveryError | None]) -> Outcome:
        now = utcnow()
        sent = [i.id for i, e in zip(items, errors, strict=True) if e is None]
        _mark_sent(s, sent, self.worker, now)
        retried = failed = 0
        for item, error in zip(items, errors, strict=True):
            if error is None:
                continue
            if isinstance(error, PermanentDeliveryError) or \
                    item.attempts + 1 >= self.policy.max_attempts:
                failed += 1
                self._fail(s, item, error)
            else:
                retried += 1
                next_at = now + self.policy.delay(item.attempts + 1)
                _mark(s, item, OutboxStatus.QUEUED, error, next_at)
        return Outcome(len(sent), retried, failed)

    def _fail(self, s: Session, item: Item, error: DeliveryError) -> None:
        _mark(s, item, OutboxStatus.FAILED, error, None)
        log.warning("outbox %s (%s) failed after %d attempts: %s", item.id, item.kind,
                    item.attempts + 1, error.code or "no code")
        if isinstance(error, PermanentDeliveryError) and self.on_refused is not None:
            self.on_refused(s, Refused(item.id, item.kind, item.rcpt, error.code, str(error)))


def drain_once(engine: Engine, transport: Transport, worker: str, policy: RetryPolicy,
               *, batch: int = 100, lease: timedelta = timedelta(minutes=5),
               on_refused: OnRefused | None = None) -> Outcome:
    """One batch over a fresh connection (for tools and tests; workers keep a Courier)."""
    courier = Courier(engine, transport, worker, policy, batch=batch, lease=lease,
                      on_refused=on_refused)
    try:
        return courier.step()
    finally:
        courier.close()


def _load(s: Session, ids: list[int], bodies: dict[int, bytes]) -> list[Item]:
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
        if len(bodies) > 64:  # mailings come and go: keep only a few
            bodies.clear()
        found = s.execute(select(b.c.id, b.c.raw).where(b.c.id.in_(missing)))
        bodies.update({row.id: row.raw for row in found})
    return [Item(r.id, r.kind, r.mail_from, r.rcpt,
                 r.raw + bodies.get(r.body_id, b"") if r.body_id is not None else r.raw,
                 r.attempts) for r in rows]


def _mark_sent(s: Session, ids: list[int], worker: str, now: datetime) -> None:
    if not ids:
        return
    t = Outbox.__table__  # type: ignore[attr-defined]
    s.execute(update(t).where(t.c.id.in_(ids), t.c.claimed_by == worker).values(
        status=OutboxStatus.SENT, sent_at=now, attempts=t.c.attempts + 1, last_error=None,
        claimed_by=None, claimed_at=None))


def _mark(s: Session, item: Item, status: OutboxStatus, error: DeliveryError,
          next_at: datetime | None) -> None:
    t = Outbox.__table__  # type: ignore[attr-defined]
    values: dict[str, object] = {"status": status, "attempts": item.attempts + 1,
                                 "last_error": str(error)[:1000], "claimed_by": None,
                                 "claimed_at": None}
    if next_at is not None:
        values["next_attempt_at"] = next_at
    s.execute(update(t).where(t.c.id == item.id).values(**values))
