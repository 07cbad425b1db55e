"""Drain the outbox through a transport: reuse one connection per batch, retry 4xx with
exponential backoff, fail 5xx. A crash leaves rows 'sending' until their lease runs out."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.engine import Engine

from digest.errors import DeliveryError, PermanentDeliveryError
from digest.transports import Connection, Transport
from store.db import session
from store.models import Outbox
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


def drain_once(engine: Engine, transport: Transport, worker: str, policy: RetryPolicy,
               *, batch: int = 100, lease: timedelta = timedelta(minutes=5)) -> Outcome:
    """Claim up to `batch` due messages and try each once."""
    with session(engine) as s:
        ids = claim_outbox(s, worker, batch, lease)
    sent = retried = failed = 0
    connection: Connection | None = None
    try:
        for row_id in ids:
            connection, result = _send_one(engine, transport, connection, row_id, policy)
            sent += result == OutboxStatus.SENT
            retried += result == OutboxStatus.QUEUED
            failed += result == OutboxStatus.FAILED
    finally:
        if connection is not None:
            connection.close()
    return Outcome(sent, retried, failed)


def _send_one(engine: Engine, transport: Transport, connection: Connection | None,
              row_id: int, policy: RetryPolicy) -> tuple[Connection | None, OutboxStatus]:
    with session(engine) as s:
        row = s.get(Outbox, row_id)
        assert row is not None
        mail_from, rcpt, raw = row.mail_from, row.rcpt, row.raw
    error: DeliveryError | None = None
    try:
        connection = connection or transport.connect()
        connection.send(mail_from, rcpt, raw)
    except DeliveryError as exc:
        error = exc
        if exc.code is None and connection is not None:
            connection.close()  # the connection itself broke: open a new one next time
            connection = None
    with session(engine) as s:
        row = s.get(Outbox, row_id)
        assert row is not None
        status = _record(row, error, policy)
        s.add(row)
    return connection, status


def _record(row: Outbox, error: DeliveryError | None, policy: RetryPolicy) -> OutboxStatus:
    row.attempts += 1
    row.claimed_by = None
    row.claimed_at = None
    if error is None:
        row.status, row.sent_at, row.last_error = OutboxStatus.SENT, utcnow(), None
    elif isinstance(error, PermanentDeliveryError) or row.attempts >= policy.max_attempts:
        row.status, row.last_error = OutboxStatus.FAILED, str(error)[:1000]
        log.warning("outbox %s failed after %d attempts", row.id, row.attempts)
    else:
        row.status, row.last_error = OutboxStatus.QUEUED, str(error)[:1000]
        row.next_attempt_at = utcnow() + policy.delay(row.attempts)
    return OutboxStatus(row.status)
