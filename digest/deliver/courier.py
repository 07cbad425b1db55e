"""Drain the outbox through a transport.

A Courier is one delivery lane: it sends a claimed batch over one connection that it keeps
open across batches, then records that batch and claims the next in one transaction.
Several couriers (threads or processes) share the queue through the claim.
4xx is retried with exponential backoff, 5xx fails at once and is handed to bounce
handling. A relay that is down fails the batch temporarily, so nothing is lost; a row is
marked sent only after the relay's 250. Each 250 is journaled at once (journal.py), so a
crash before the batch commit repeats nothing the relay accepted, at most the message
whose answer was in flight.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from datetime import timedelta

from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from digest.deliver import lanes, overtaken
from digest.deliver.journal import SentJournal
from digest.deliver.lanes import Item
from digest.deliver.pipelining import Envelope
from digest.deliver.transports import Connection, Transport
from digest.errors import DeliveryError, PermanentDeliveryError, TemporaryDeliveryError
from store.db import session
from store.queries import claim_outbox
from store.status import OutboxStatus
from store.types import utcnow

log = logging.getLogger(__name__)

MAX_DELAY = timedelta(hours=6)
# Rows a courier claims at a time: fewer, larger transactions; a crash may repeat one batch.
BATCH = 200


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
    claimed: int = 0     # rows claimed for the next step

    @property
    def handled(self) -> int:
        return self.sent + self.retried + self.failed

    @property
    def active(self) -> bool:
        return self.handled > 0 or self.claimed > 0

    def __add__(self, other: Outcome) -> Outcome:
        return Outcome(self.sent + other.sent, self.retried + other.retried,
                       self.failed + other.failed, other.claimed)


@dataclass(frozen=True)
class Refused:
    """A message the relay refused for good (5xx), for bounce handling."""

    outbox_id: int
    kind: str
    rcpt: str
    code: int | None
    message: str


OnRefused = Callable[[Session, Refused], None]


class Courier:
    def __init__(self, engine: Engine, transport: Transport, worker: str, policy: RetryPolicy,
                 *, batch: int = BATCH, lease: timedelta = timedelta(minutes=5),
                 on_refused: OnRefused | None = None,
                 write_lock: AbstractContextManager[object] | None = None,
                 journal: SentJournal | None = None) -> None:
        self.engine = engine
        self.transport = transport
        self.worker = worker
        self.policy = policy
        self.batch = batch
        self.lease = lease
        self.on_refused = on_refused
        # Couriers of one process take turns at writing: on SQLite a writer that finds the
        # database locked sleeps in steps of milliseconds, which is what a lock here avoids.
        self.write_lock = write_lock or nullcontext()
        self.journal = journal
        self.connection: Connection | None = None
        self.bodies: dict[int, bytes] = {}
        self.claimed: list[Item] = []
        # The claimed batch's results once sent: kept until recorded, so a batch whose
        # record failed (the store away) is recorded at the next step, never sent again.
        self.results: list[DeliveryError | None] | None = None

    def step(self, *, claim: bool = True) -> Outcome:
        """Send the batch claimed last time; record it and claim the next in one transaction.

        Outcome().active is False when there was nothing to send and nothing new was due."""
        if self.claimed and self.results is None:
            self.results = self._send_all(self.claimed)
        outcome = Outcome()
        with self.write_lock, session(self.engine) as s:
            if self.claimed and self.results is not None:
                outcome = self._record(s, self.claimed, self.results)
            ids = claim_outbox(s, self.worker, self.batch, self.lease) if claim else []
            claimed = lanes.load(s, ids, self.bodies)
        # Committed: the batch is recorded and the next one is ours.
        if self.journal is not None and self.results is not None:
            self.journal.clear()  # the store knows now what the journal said
        self.claimed, self.results = claimed, None
        return replace(outcome, claimed=len(self.claimed))

    def drain(self) -> Outcome:
        """Step until nothing is due (for tools and tests); the total of what was done."""
        total = Outcome()
        while (outcome := self.step()).active:
            total = total + outcome
        return total

    def close(self) -> None:
        """Record a batch already sent, give back one claimed but not sent, and close the
        relay connection. With the store away both wait (in memory and the journal)."""
        self._disconnect()
        if not self.claimed:
            return
        try:
            if self.results is not None:
                self.step(claim=False)
            else:
                with self.write_lock, session(self.engine) as s:
                    lanes.release(s, [i.id for i in self.claimed], self.worker)
                self.claimed = []
        except OperationalError as exc:
            log.warning("outbox: the store is unavailable (%s); %d rows wait for it",
                        type(exc.orig).__name__, len(self.claimed))

    def _disconnect(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def _send_all(self, items: list[Item]) -> list[DeliveryError | None]:
        """One result per item; over as few connections as the relay allows."""
        results: list[DeliveryError | None] = []
        retried = False
        while len(results) < len(items):
            rest = items[len(results):]
            reused = self.connection is not None
            connection = self._connection()
            if isinstance(connection, DeliveryError):  # the relay cannot be reached
                return results + [connection] * len(rest)
            done = connection.send_many([Envelope(i.mail_from, i.rcpt, i.raw) for i in rest],
                                        self._journaled(rest))
            broke = len(done) < len(rest) or _broken(done)
            if broke:
                self._disconnect()
            if reused and not retried and done[:1] and _broken(done[:1]):
                retried = True  # a reused connection the relay had dropped: not the message's
                continue        # fault, so it is tried once more on a fresh one
            results += done or [TemporaryDeliveryError("connection lost")]
        return results

    def _journaled(self, items: list[Item]) -> Callable[[int], None]:
        journal = self.journal
        if journal is None:
            return lambda index: None
        return lambda index: journal.add(items[index].id)

    def _connection(self) -> Connection | DeliveryError:
        if self.connection is None:
            try:
                self.connection = self.transport.connect()
            except DeliveryError as exc:
                return exc
        return self.connection

    def _record(self, s: Session, items: list[Item],
                errors: list[DeliveryError | None]) -> Outcome:
        now = utcnow()
        sent = [i.id for i, e in zip(items, errors, strict=True) if e is None]
        lanes.mark_sent(s, sent, self.worker, now)
        retried = failed = 0
        answers: list[tuple[int, bool]] = []   # not delivered, for rows a correction
        # overtook meanwhile (mark_sent settles the delivered ones)
        for item, error in zip(items, errors, strict=True):
            if error is None:
                continue
            if isinstance(error, PermanentDeliveryError) or \
                    item.attempts + 1 >= self.policy.max_attempts:
                failed += 1
                mine = self._fail(s, item, error)
            else:
                retried += 1
                next_at = now + self.policy.delay(item.attempts + 1)
                mine = lanes.mark(s, item, self.worker, OutboxStatus.QUEUED, error, next_at)
            if mine:
                answers.append((item.id, False))
        overtaken.settle(s, answers)
        return Outcome(len(sent), retried, failed)

    def _fail(self, s: Session, item: Item, error: DeliveryError) -> bool:
        if not lanes.mark(s, item, self.worker, OutboxStatus.FAILED, error, None):
            return False  # another courier holds the row now: its outcome counts, not a
            # second bounce
        log.warning("outbox %s (%s) failed after %d attempts: %s", item.id, item.kind,
                    item.attempts + 1, error.code or "no code")
        if isinstance(error, PermanentDeliveryError) and self.on_refused is not None:
            self.on_refused(s, Refused(item.id, item.kind, item.rcpt, error.code, str(error)))
        return True


def _broken(results: list[DeliveryError | None]) -> bool:
    last = results[-1] if results else None
    return last is not None and last.code is None


def drain_once(engine: Engine, transport: Transport, worker: str, policy: RetryPolicy,
               *, batch: int = 100, lease: timedelta = timedelta(minutes=5),
               on_refused: OnRefused | None = None) -> Outcome:
    """One batch over a fresh connection: claim, send, record."""
    courier = Courier(engine, transport, worker, policy, batch=batch, lease=lease,
                      on_refused=on_refused)
    try:
        courier.step()
        return courier.step(claim=False)
    finally:
        courier.close()
