"""Bring an existing database up to the current models at start-up: create missing tables,
add missing columns (with their defaults), create missing indexes. Additive changes only;
anything else (renames, type changes) is a migration an operator runs deliberately."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.schema import CreateIndex
from sqlmodel import SQLModel


def upgrade(engine: Engine) -> list[str]:
    """Apply additive changes; returns a description of each change made."""
    SQLModel.metadata.create_all(engine)
    done: list[str] = []
    with engine.begin() as conn:
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
