"""The schema, by Alembic migrations (store/migrations), the same on SQLite and PostgreSQL.

`prepare()` runs whenever the service or a command opens the store. Under a lock that
makes processes starting together wait for each other (PostgreSQL: an advisory lock;
SQLite: the database's write lock, BEGIN IMMEDIATE), in one transaction, it

    finds no tables          creates the schema by running every migration
    finds tables, no version adopts a database an older vsn made (before migrations): the
                             old additive upgrade brings it to the models, then it is stamped
    finds an older version   upgrades it to the newest
    finds an unknown version refuses: the database was migrated by a newer vsn

`vsn db upgrade` does the same on demand, `vsn db current` shows where a database stands.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

# A path, not "store:migrations": the tests folder has a `store` of its own.
SCRIPTS = str(Path(__file__).resolve().parent / "migrations")
# pg_advisory_xact_lock key for schema changes: "vsn" in ASCII.
LOCK_KEY = 0x76736E
# Tables that belong to the schema but not to the models: SQLite's full-text index and its
# shadow tables (store/search.py), and Alembic's own.
UNMODELLED = ("event_fts", "alembic_version")
# PostgreSQL's search vector column on `event` and the index on it (store/search.py): the
# search index of one dialect, like event_fts on the other.
UNMODELLED_COLUMNS = ("search_vector",)


class SchemaTooNew(RuntimeError):
    """The database is at a revision this version of vsn does not know."""


@dataclass(frozen=True)
class Where:
    current: str | None
    head: str
    tables: bool   # the database has tables of ours

    @property
    def behind(self) -> bool:
        return self.current != self.head


def register_models() -> None:
    """Import every module that defines tables, so that the metadata is complete."""
    import store.jobs
    import store.models
    import store.portal  # noqa: F401


def include_object(obj: Any, name: str | None, kind: str, reflected: bool,
                   compare_to: Any) -> bool:
    """What migrations and schema comparisons look at: not the unmodelled tables."""
    if kind == "table" and name is not None and name.startswith(UNMODELLED):
        return False
    if kind == "column" and name in UNMODELLED_COLUMNS:
        return False
    return not (kind == "index" and name == "event_fts_idx")


def scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPTS)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def where(conn: Connection) -> Where:
    current = MigrationContext.configure(conn).get_current_revision()
    names = set(inspect(conn).get_table_names()) - {"alembic_version"}
    head = scripts().get_current_head()
    assert head is not None
    return Where(current, head, bool(names))


def prepare(engine: Engine) -> list[str]:
    """Bring the database to the newest revision; returns what was done, in words."""
    # Alembic narrates every step at INFO; what changed is returned and logged by the caller.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    with locked(engine) as conn:
        found = where(conn)
        if not found.behind:
            return []
        if found.current is None and found.tables:
            return _adopt(conn, found.head)
        if found.current is not None and _unknown(found.current):
            raise SchemaTooNew(
                f"the database is at schema revision {found.current}, which this version of "
                f"vsn does not know (newest here: {found.head}); run a newer vsn")
        command.upgrade(_config(conn), "head")
        return [f"schema upgraded from {found.current or 'empty'} to {found.head}"]


def _unknown(revision: str) -> bool:
    try:
        return scripts().get_revision(revision) is None
    except CommandError:   # "Can't locate revision"
        return True


def _adopt(conn: Connection, head: str) -> list[str]:
    from store.adopt import adopt

    done = adopt(conn)
    command.stamp(_config(conn), head)
    return [*done, f"database made before migrations adopted at revision {head}"]


@contextmanager
def locked(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that holds the schema lock; committed at the end."""
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            # pysqlite would only BEGIN (deferred) before the first INSERT or UPDATE, and DDL
            # would commit statement by statement: take the write lock at once instead.
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
        try:
            yield conn
        except BaseException:
            conn.rollback()
            raise
        conn.commit()


def generate(url: str, message: str) -> None:
    """Write the next migration script: what the models have that the database (at the
    newest revision) lacks. Read it before committing it; Alembic cannot see renames."""
    from sqlalchemy import create_engine

    engine = create_engine(url)
    with engine.connect() as conn:
        number = f"{len(list(scripts().walk_revisions())) + 1:04d}"
        command.revision(_config(conn), message=message, autogenerate=True, rev_id=number)
    engine.dispose()


if __name__ == "__main__":  # python -m store.migrate URL "what changed"
    import sys

    generate(sys.argv[1], sys.argv[2])
