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

from sqlalchemy import Column, Index, Table, UniqueConstraint, inspect, text
from sqlalchemy.engine import Connection, Inspector
from sqlalchemy.schema import AddConstraint, CreateIndex
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
        unique = _unique_columns(existing, table.name)
        for index in table.indexes:
            if index.name not in indexes:
                done += _create_index(conn, index)
        done += _add_unique_constraints(conn, table, unique)
    return done


# Rows an older vsn may hold that a unique key made later would refuse, settled as the
# migration that made the key settles them (0006: the newer pending applications from one
# address rejected), so that adoption and migration end with the same keys.
BEFORE_UNIQUE = {
    "uq_application_pending_email": (
        "UPDATE application SET status = 'rejected' WHERE status = 'pending' AND id NOT IN "
        "(SELECT min(id) FROM application WHERE status = 'pending' GROUP BY email)"),
}


def _unique_columns(existing: Inspector, table: str) -> set[tuple[str, ...]]:
    """Column sets the table keeps unique already: constraints and unique indexes that
    are not partial (a partial one keeps only some rows unique)."""
    found = {tuple(map(str, u["column_names"]))
             for u in existing.get_unique_constraints(table)}
    return found | {tuple(map(str, i["column_names"])) for i in existing.get_indexes(table)
                    if i["unique"] and not _partial(i)}


def _partial(index: Any) -> bool:
    options = index.get("dialect_options", {})
    return any(options.get(f"{d}_where") is not None for d in ("sqlite", "postgresql"))


def _create_index(conn: Connection, index: Index) -> list[str]:
    if index.unique and index.name in BEFORE_UNIQUE:
        conn.execute(text(BEFORE_UNIQUE[str(index.name)]))
    conn.execute(CreateIndex(index))
    return [f"added {'unique ' if index.unique else ''}index {index.name}"]


def _add_unique_constraints(conn: Connection, table: Table,
                            unique: set[tuple[str, ...]]) -> list[str]:
    done: list[str] = []
    for constraint in table.constraints:
        if not isinstance(constraint, UniqueConstraint):
            continue
        columns = tuple(c.name for c in constraint.columns)
        if columns in unique:
            continue
        # SQLite cannot add a constraint to a table; a unique index keeps the same rows out.
        if conn.dialect.name == "postgresql":
            conn.execute(AddConstraint(constraint))
        else:
            quote = conn.dialect.identifier_preparer.quote
            name = quote(f"uq_{table.name}_{'_'.join(columns)}")
            conn.execute(text(f"CREATE UNIQUE INDEX {name} ON {quote(table.name)} "
                              f"({', '.join(map(quote, columns))})"))
        done.append(f"added unique key {table.name}({', '.join(columns)})")
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
