"""The acceptor's spool file, and the thread that hands its mail over to the store.

SQLite lets one connection write at a time, and a worker filing a report holds the store's
write lock for tens of milliseconds (numbering, review and acknowledgement mails). Had the
acceptor committed into the store, every 250 would have waited behind that lock: measured,
7-24 messages a second (docs/intake.md). So with a SQLite store the acceptor commits into
a spool file of its own (the same inbound_mail table, WAL, synchronous=FULL), and this
thread moves rows into the store in batches, off the path of any SMTP answer.

Exactly once: copying and deleting are two commits in two files. A row whose copy is
already in the store (same sha256 and received_at, e.g. after a crash between the two)
is only deleted. Deleting is lazy, a batch of moved rows at a time, so the acceptor's
commits seldom meet a delete's lock. With PostgreSQL, which has no such lock, the
acceptors write to the store.

Each acceptor process has a spool file of its own (`vsn-intake-<n>.sqlite3`: two writers
on one SQLite file would wait on each other's locks); one hand-off thread moves them all.
At start it also moves what any other spool file beside the store still holds (a run with
more acceptors, or the single `vsn-intake.sqlite3` of earlier versions).
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError

from store.db import make_engine
from store.models import InboundMail

log = logging.getLogger(__name__)

BATCH = 100
FORGET_ROWS = 1000       # delete moved rows from the spool once this many ...
FORGET_SECONDS = 1.0     # ... or this old
GATHER_SECONDS = 0.05
TABLE = InboundMail.__table__  # type: ignore[attr-defined]


def _store_file(store_url: str) -> Path | None:
    url = make_url(store_url)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(str(url.database))


def spool_url(store_url: str, number: int = 1) -> str | None:
    """Acceptor `number`'s file beside a SQLite store (`vsn.sqlite3` ->
    `vsn-intake-1.sqlite3`); None for other stores."""
    path = _store_file(store_url)
    if path is None:
        return None
    spool = path.with_name(f"{path.stem}-intake-{number}{path.suffix}")
    return make_url(store_url).set(database=str(spool)).render_as_string(hide_password=False)


def spool_urls(store_url: str, acceptors: int) -> list[str]:
    """The spool files to hand over: the acceptors' own and any other found beside the
    store (an earlier run's), in a stable order."""
    path = _store_file(store_url)
    if path is None:
        return []
    own = [str(spool_url(store_url, n)) for n in range(1, acceptors + 1)]
    found = [make_url(store_url).set(database=str(p)).render_as_string(hide_password=False)
             for p in sorted(_spool_files(path))]
    return own + [url for url in found if url not in own]


def _spool_files(store: Path) -> list[Path]:
    """`vsn-intake-<n>.sqlite3` and the older `vsn-intake.sqlite3` (not their -wal/-shm)."""
    name = re.compile(rf"{re.escape(store.stem)}-intake(-[0-9]+)?{re.escape(store.suffix)}")
    if not store.parent.is_dir():
        return []
    return [p for p in store.parent.iterdir() if name.fullmatch(p.name)]


def open_spool(url: str) -> Engine:
    engine = make_engine(url)
    TABLE.create(engine, checkfirst=True)
    return engine


def waiting(store_url: str) -> int:
    """Messages accepted but not yet handed over to the store (for tests and operators)."""
    path = _store_file(store_url)
    count = 0
    for spool in _spool_files(path) if path is not None else []:
        with sqlite3.connect(spool, timeout=30) as db:
            count += int(db.execute("SELECT count(*) FROM inbound_mail").fetchone()[0])
    return count


class Source:
    """One spool file and how far the hand-off got in it.

    Rows are copied by SQLite itself: one `INSERT ... SELECT` on a connection to the store
    with the spool file attached, so no row passes through Python (through SQLAlchemy
    the copy cost the service process ~0.15 ms of CPU per message, beside the workers).
    """

    def __init__(self, engine: Engine, store: Path) -> None:
        self.engine = engine
        self.store = store
        self._db: sqlite3.Connection | None = None
        self._copy_sql = ""
        # Rows up to this spool id are in the store; deleting them from the spool can wait.
        self.moved = 0
        self.unforgotten = 0
        self.forgot_at = time.monotonic()

    def copy(self) -> int:
        """Copy the next batch the store lacks, in one store transaction; rows moved."""
        db = self._connect()
        last, count = db.execute("SELECT max(id), count(*) FROM (SELECT id FROM spool.inbound_mail"
                                 " WHERE id > ? ORDER BY id LIMIT ?)",
                                 (self.moved, BATCH)).fetchone()
        if not count:
            return 0
        # One statement, so one transaction of its own: the store's write lock only (the
        # spool is only read, so the acceptor's commits go on).
        db.execute(self._copy_sql, (self.moved, last))
        self.moved = int(last)
        return int(count)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        self.engine.dispose()

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            db = sqlite3.connect(self.store, timeout=30, isolation_level=None,
                                 check_same_thread=False)
            db.execute("PRAGMA synchronous=FULL")  # as the store's own connections
            db.execute("ATTACH DATABASE ? AS spool", (str(self.engine.url.database),))
            self._copy_sql = _copy_sql(db)
            self._db = db
        return self._db


def _copy_sql(db: sqlite3.Connection) -> str:
    """Every column both tables have but the id; a row the store already has (same sha256
    and received_at: copied before a crash, not yet deleted) is left out."""
    theirs = [r[1] for r in db.execute("PRAGMA spool.table_info(inbound_mail)")]
    ours = {r[1] for r in db.execute("PRAGMA main.table_info(inbound_mail)")}
    columns = ", ".join(c for c in theirs if c in ours and c != "id")
    return (f"INSERT INTO main.inbound_mail ({columns}) SELECT {columns}"
            " FROM spool.inbound_mail AS s WHERE s.id > ? AND s.id <= ? AND NOT EXISTS"
            " (SELECT 1 FROM main.inbound_mail AS m"
            "  WHERE m.sha256 = s.sha256 AND m.received_at = s.received_at) ORDER BY s.id")


class Handoff:
    """Moves committed mail from the spool files into the store, oldest first in each."""

    def __init__(self, spools: list[Engine], store: Engine, on_moved: Callable[[], None],
                 poll_seconds: float = 1.0) -> None:
        path = _store_file(store.url.render_as_string(hide_password=False))
        assert path is not None, "spool files go with a SQLite store"
        self.sources = [Source(spool, path) for spool in spools]
        self.store = store
        self.on_moved = on_moved
        self.poll = poll_seconds
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="intake-handoff", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)
        try:  # a clean stop leaves the spools empty; otherwise the next start moves the rest
            while self.move_once():
                pass
            for source in self.sources:
                self._forget(source)
        except (SQLAlchemyError, sqlite3.Error) as exc:
            log.warning("intake hand-off at stop failed (%s); the next start retries",
                        type(exc).__name__)
        for source in self.sources:
            source.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                moved = self.move_once()
            except (SQLAlchemyError, sqlite3.Error) as exc:  # the store is busy: rows wait
                log.warning("intake hand-off failed (%s); retrying", type(exc).__name__)
                moved = 0
                self._stop.wait(self.poll)
            if not moved:
                self._wake.wait(self.poll)
                self._wake.clear()
                # Let a burst gather: one store commit (one fsync) for many messages.
                self._stop.wait(GATHER_SECONDS)

    def move_once(self) -> int:
        """One batch from each spool file; the number of messages moved."""
        return sum([self._move(source) for source in self.sources])

    def _move(self, source: Source) -> int:
        """Copy what the store lacks and commit; forget moved rows now and then."""
        moved = source.copy()
        if moved:
            source.unforgotten += moved
            self.on_moved()
        # Forget in batches while mail streams in; at once when it stops, so an empty
        # spool means everything accepted is in the store.
        if source.unforgotten and (not moved or source.unforgotten >= FORGET_ROWS
                                   or time.monotonic() - source.forgot_at >= FORGET_SECONDS):
            self._forget(source)
        return moved

    def _forget(self, source: Source) -> None:
        with source.engine.begin() as conn:
            conn.execute(delete(TABLE).where(TABLE.c.id <= source.moved))
        # What is left was never moved. SQLite numbers a new row max(id) + 1, so an emptied
        # spool starts again at 1: look from the start again.
        source.moved = 0
        source.unforgotten = 0
        source.forgot_at = time.monotonic()
