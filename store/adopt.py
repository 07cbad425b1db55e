"""Adopting a database that an older vsn made before there were migrations.

Those versions brought the schema up to their models at start-up (create missing tables,
add missing columns with their defaults, create missing indexes) and kept their job times
in APScheduler's table. Adoption does the same additive upgrade to today's models, builds
the search index, carries the jobs' next run times over to `scheduled_job` and drops
APScheduler's table; store.migrate then stamps the database with the newest revision.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.schema import CreateIndex
from sqlmodel import Session, SQLModel

from store.jobs import plan
from store.search import create_index

OLD_JOB_TABLE = "apscheduler_jobs"


def adopt(conn: Connection) -> list[str]:
    """Bring an unversioned database to the models; returns a description of each change."""
    SQLModel.metadata.create_all(conn)
    done = _add_missing(conn)
    create_index(conn)
    done += _carry_jobs_over(conn)
    return done


def _add_missing(conn: Connection) -> list[str]:
    done: list[str] = []
    existing = inspect(conn)
    for table in SQLModel.metadata.sorted_tables:
        have = {c["name"] for c in existing.get_columns(table.name)}
        for column in table.columns:
            if column.name not in have:
                conn.execute(text(_add_column(conn, table.name, column)))
                done.append(f"added column {table.name}.{column.name}")
        indexes = {i["name"] for i in existing.get_indexes(table.name)}
        for index in table.indexes:
            if index.name not in indexes and not index.unique:
                conn.execute(CreateIndex(index))
                done.append(f"added index {index.name}")
    return done


def _carry_jobs_over(conn: Connection) -> list[str]:
    if OLD_JOB_TABLE not in inspect(conn).get_table_names():
        return []
    rows = conn.execute(text(f"SELECT id, next_run_time FROM {OLD_JOB_TABLE}")).all()
    with Session(bind=conn) as s:
        for name, when in rows:
            at = datetime.fromtimestamp(when, UTC) if when is not None else None
            plan(s, str(name), "", at)   # the trigger is compared, and kept, at start-up
        s.flush()
    conn.execute(text(f"DROP TABLE {OLD_JOB_TABLE}"))
    return [f"{len(rows)} job times carried over from {OLD_JOB_TABLE}"]


def _add_column(conn: Connection, table: str, column: Column[Any]) -> str:
    kind = column.type.compile(dialect=conn.dialect)
    default = _literal(column)
    clause = f" DEFAULT {default}" if default is not None else ""
    # New columns are nullable unless a default fills the existing rows.
    not_null = " NOT NULL" if default is not None and not column.nullable else ""
    return f'ALTER TABLE "{table}" ADD COLUMN "{column.name}" {kind}{clause}{not_null}'


def _literal(column: Column[Any]) -> str | None:
    default = column.default
    value = getattr(default, "arg", None) if default is not None else None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return None
