"""The durable accept path: raw mail committed before the client hears 250.

One writer thread takes whatever messages are waiting and commits them in a single
transaction (group commit), so a burst of sessions pays for one fsync, not one each.
Rows go into the store through SQLAlchemy, or, for the acceptor's spool file (always
SQLite), through the sqlite3 module itself: SQLAlchemy's work per commit (~0.4 ms here)
was as large as the fsync.
"""

from __future__ import annotations

import hashlib
import json
import logging
import queue
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy import insert
from sqlalchemy.engine import Engine

from mailgate.receive.tickets import Batch, LoopTicket, ThreadTicket, Ticket
from store.models import InboundMail
from store.types import utcnow

log = logging.getLogger(__name__)

MAX_GROUP = 256


@dataclass(frozen=True)
class Envelope:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    peer: str
    raw: bytes = field(repr=False)
    source: str = "smtp"


class SpoolClosed(RuntimeError):
    pass


class Rows(Protocol):
    def insert(self, envelopes: list[Envelope]) -> list[int]:
        """All in one transaction, committed (fsync included) on return; the new ids."""

    def close(self) -> None: ...


class Spool:
    """The writer thread and the way in: `submit` from threads, `wait` on an event loop."""

    def __init__(self, engine: Engine, on_stored: Callable[[], None] = lambda: None,
                 rows: Rows | None = None) -> None:
        self.engine = engine
        self.rows = rows or StoreRows(engine)
        self.on_stored = on_stored
        self._queue: queue.SimpleQueue[tuple[Envelope, Ticket] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="spool-writer", daemon=True)
        self._closed = False
        self._lock = threading.Lock()  # no submit slips in behind close()

    def start(self) -> None:
        self._thread.start()

    def submit(self, envelope: Envelope) -> Future[int]:
        """A future that resolves to the stored row id once committed, or raises."""
        ticket = ThreadTicket()
        if not self._put(envelope, ticket):
            ticket.future.set_exception(SpoolClosed("the spool is shutting down"))
        return ticket.future

    async def wait(self, envelope: Envelope) -> int:
        """From the running event loop: the stored row id once committed, or raises. The
        writer answers all of a commit's messages on one loop with one wake-up."""
        ticket = LoopTicket()
        if not self._put(envelope, ticket):
            raise SpoolClosed("the spool is shutting down")
        return await ticket.future

    def store(self, envelope: Envelope) -> int:
        """Blocking convenience for IMAP and `vsn ingest`."""
        return self.submit(envelope).result()

    def close(self) -> None:
        """Commit what was submitted, then stop; later submits fail with SpoolClosed."""
        with self._lock:
            self._closed = True
            self._queue.put(None)
        if self._thread.is_alive():
            self._thread.join(timeout=30)

    def _put(self, envelope: Envelope, ticket: Ticket) -> bool:
        with self._lock:
            if self._closed:
                return False
            self._queue.put((envelope, ticket))
            return True

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                break
            group = [first]
            while len(group) < MAX_GROUP:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    self._queue.put(None)
                    break
                group.append(item)
            # A client that hung up after its final dot has its waiter cancelled (aiosmtpd
            # cancels the handler): it never hears 250, so its message is not stored.
            group = [item for item in group if item[1].claim()]
            if group:
                batch = Batch()
                self._commit(group, batch)
                batch.send()
        self.rows.close()

    def _commit(self, group: list[tuple[Envelope, Ticket]], batch: Batch) -> None:
        try:
            ids = self.rows.insert([envelope for envelope, _ in group])
        except Exception as exc:  # anything, or the writer dies and sessions wait forever
            if len(group) > 1:
                # One message the store refuses must not cost the others their 250.
                for item in group:
                    self._commit([item], batch)
                return
            log.error("spool commit failed: %s", type(exc).__name__)
            group[0][1].settle(exc, batch)
            return
        for (_, ticket), row_id in zip(group, ids, strict=True):
            ticket.settle(row_id, batch)
        self.on_stored()


class StoreRows:
    """Through SQLAlchemy: any database the store runs on."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def insert(self, envelopes: list[Envelope]) -> list[int]:
        table = InboundMail.__table__  # type: ignore[attr-defined]
        # One compiled INSERT ... RETURNING for every row (SQLAlchemy sends it as one
        # multi-row statement where the database keeps the order), ids in row order.
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        with self.engine.begin() as conn:
            result = conn.execute(statement, [_row(envelope) for envelope in envelopes])
            return [int(row_id) for row_id in result.scalars()]

    def close(self) -> None:
        pass


class SqliteFileRows:
    """Into a SQLite file holding the inbound_mail table, with the sqlite3 module.

    Values are written as SQLAlchemy writes them (naive UTC timestamps, JSON text), so
    the hand-off reads them back through the same table definition. Timestamps strictly
    increase, so (sha256, received_at), by which the hand-off recognises a row it already
    copied, never names two messages. With several acceptors, each writes its own lane of
    microseconds (`received_at` microsecond = lane modulo lanes), so two acceptors taking
    the same bytes in the same microsecond still give two names.
    """

    COLUMNS = ("received_at", "source", "peer", "mail_from", "rcpt_tos", "raw", "size",
               "sha256", "status", "attempts")

    def __init__(self, path: str, lane: int = 0, lanes: int = 1) -> None:
        self.path = path
        self.lane = lane
        self.lanes = lanes
        self.sql = (f"INSERT INTO inbound_mail ({', '.join(self.COLUMNS)}) "
                    f"VALUES ({', '.join('?' * len(self.COLUMNS))})")
        self._db: sqlite3.Connection | None = None
        self._last = datetime.min.replace(tzinfo=UTC)

    def insert(self, envelopes: list[Envelope]) -> list[int]:
        db = self._connect()
        values = [self._values(_row(envelope)) for envelope in envelopes]
        db.execute("BEGIN IMMEDIATE")
        try:
            ids = [int(db.execute(self.sql, v).lastrowid or 0) for v in values]
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        return ids

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None,
                                 check_same_thread=False)
            # Same durability as the store (WAL, fsync at every commit). Checkpoints are
            # left to the hand-off's deletes up to ~40 MB of WAL, so a 250 seldom waits
            # for one.
            for pragma in ("journal_mode=WAL", "synchronous=FULL", "wal_autocheckpoint=10000"):
                db.execute(f"PRAGMA {pragma}")
            self._db = db
        return self._db

    def _values(self, row: dict[str, object]) -> tuple[object, ...]:
        when = row["received_at"]
        assert isinstance(when, datetime)
        when = max(when, self._last + timedelta(microseconds=1))
        when = self._last = when + timedelta(microseconds=(self.lane - when.microsecond)
                                             % self.lanes)
        row = row | {"received_at": when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"),
                     "rcpt_tos": json.dumps(row["rcpt_tos"])}
        return tuple(row[c] for c in self.COLUMNS)


def _row(envelope: Envelope) -> dict[str, object]:
    return {
        "received_at": utcnow(),
        "source": envelope.source,
        "peer": envelope.peer[:128],
        "mail_from": envelope.mail_from[:512],
        "rcpt_tos": list(envelope.rcpt_tos),
        "raw": envelope.raw,
        "size": len(envelope.raw),
        "sha256": hashlib.sha256(envelope.raw).hexdigest(),
        "status": "received",
        "attempts": 0,
    }
