"""The database engine: SQLite (WAL, durable commits) by default, PostgreSQL by URL."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, create_engine

from store import jobs, models, portal  # noqa: F401  (registers the tables on SQLModel.metadata)
from store.migrate import SchemaTooNew, Where, prepare, where

log = logging.getLogger(__name__)


class DatabaseUnavailable(RuntimeError):
    """The database could not be opened or its schema created."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers run beside the writer; FULL makes each commit survive power loss,
    # which is what "stored before 250" promises.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    # Deleted rows held personal data (raw mail, unmasked text): overwrite their bytes
    # instead of leaving them in free pages until reused.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        pool: dict[str, Any] = {}
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            # As many connections as PostgreSQL's pool: the portal's threads and the
            # workers each hold one while they run; a short pool made them queue for it.
            pool = {"pool_size": 10, "max_overflow": 20}
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               **pool)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def make_reader(url: str | URL, connections: int) -> Engine:
    """A PostgreSQL engine for work that only reads and may simply be read again: in
    autocommit (no BEGIN and COMMIT round trips) and without make_engine's pre-ping (a
    `SELECT 1` round trip per checkout), so a connection the database closed fails its
    first use and the caller retries on a new one (portal/http.py). `connections` steady,
    as many again for bursts."""
    return create_engine(url, isolation_level="AUTOCOMMIT", pool_size=connections,
                         max_overflow=connections)


def open_store(url: str) -> Engine:
    """An engine on a database whose schema is at the newest migration."""
    engine = make_engine(url)
    create_schema(engine)
    return engine


@contextmanager
def engine_at(url: str, *, schema: bool = False) -> Iterator[Engine]:
    """An engine for one command, disposed after; with `schema`, migrated first."""
    engine = open_store(url) if schema else make_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


def create_schema(engine: Engine) -> None:
    """Create, adopt or upgrade the schema to the newest migration (store/migrate.py)."""
    for change in migrate(engine):
        log.info("schema: %s", change)


def migrate(engine: Engine) -> list[str]:
    """What create_schema does, returning the changes in words."""
    try:
        return prepare(engine)
    except SchemaTooNew as exc:
        raise DatabaseUnavailable(str(exc)) from exc
    except SQLAlchemyError as exc:
        raise _unavailable(exc, "cannot open or create the schema") from exc


def schema_state(engine: Engine) -> Where:
    """Where the database's schema stands (for `vsn db current`); changes nothing."""
    try:
        with engine.connect() as conn:
            return where(conn)
    except SQLAlchemyError as exc:
        raise _unavailable(exc, "cannot read the schema revision") from exc


def _unavailable(exc: SQLAlchemyError, what: str) -> DatabaseUnavailable:
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:200]
    return DatabaseUnavailable(f"{what} ({type(exc).__name__}: {reason})")


@contextmanager
def reading(engine: Engine) -> Iterator[Session]:
    """A session on a make_reader engine (autocommit): the database commits each statement
    as it runs, so the end only flushes what the ORM still holds, and closes. (The ORM's
    commit cost 14 µs of Python per page, to send nothing.)"""
    with Session(engine, expire_on_commit=False) as s:
        yield s
        s.flush()


@contextmanager
def session(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on any exception."""
    with Session(engine, expire_on_commit=False) as s:
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
