"""The durable accept path: raw mail committed to the store before the client hears 250.

One writer thread takes whatever messages are waiting and commits them in a single
transaction (group commit), so a burst of sessions pays for one fsync, not one each.
"""

from __future__ import annotations

import hashlib
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field

from sqlalchemy import insert
from sqlalchemy.engine import Engine

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


class Spool:
    def __init__(self, engine: Engine, on_stored: Callable[[], None] = lambda: None) -> None:
        self.engine = engine
        self.on_stored = on_stored
        self._queue: queue.Queue[tuple[Envelope, Future[int]] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="spool-writer", daemon=True)
        self._closed = False
        self._lock = threading.Lock()  # no submit slips in behind close()

    def start(self) -> None:
        self._thread.start()

    def submit(self, envelope: Envelope) -> Future[int]:
        """A future that resolves to the stored row id once committed, or raises."""
        future: Future[int] = Future()
        with self._lock:
            if not self._closed:
                self._queue.put((envelope, future))
                return future
        future.set_exception(SpoolClosed("the spool is shutting down"))
        return future

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

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
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
            self._commit(group)

    def _commit(self, group: list[tuple[Envelope, Future[int]]]) -> None:
        try:
            ids = self._insert([envelope for envelope, _ in group])
        except Exception as exc:  # anything, or the writer dies and sessions wait forever
            if len(group) > 1:
                # One message the store refuses must not cost the others their 250.
                for item in group:
                    self._commit([item])
                return
            log.error("spool commit failed: %s", type(exc).__name__)
            group[0][1].set_exception(exc)
            return
        for (_, future), row_id in zip(group, ids, strict=True):
            future.set_result(row_id)
        self.on_stored()

    def _insert(self, envelopes: list[Envelope]) -> list[int]:
        """All rows in one transaction, one commit (one fsync) for the whole group."""
        table = InboundMail.__table__  # type: ignore[attr-defined]
        # One compiled INSERT ... RETURNING for every row (SQLAlchemy sends it as one
        # multi-row statement where the database keeps the order), ids in row order.
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        with self.engine.begin() as conn:
            result = conn.execute(statement, [_row(envelope) for envelope in envelopes])
            return [int(row_id) for row_id in result.scalars()]


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
