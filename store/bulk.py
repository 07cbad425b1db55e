"""Inserting many rows fast: one driver-level executemany, column values that are the same
for every row (timestamps, kinds) converted once instead of once per row.

SQLAlchemy's executemany runs every bound value through its type's processor; for 10,000
outbox rows that is most of the time a fan-out takes. Here only the constant columns need
processing (UTCDateTime), and the varying ones are plain str, bytes and int.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, bindparam, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session


def insert_many(s: Session, table: Table, constants: Mapping[str, Any], columns: Sequence[str],
                rows: Sequence[Sequence[Any]], *, skip_duplicates_of: str | None = None) -> None:
    """INSERT rows (values for `columns`, in order), each with the same `constants`."""
    if not rows:
        return
    dialect = s.get_bind().dialect
    names = [*constants, *columns]
    fixed = [_processed(table, name, value, dialect) for name, value in constants.items()]
    stmt = _insert(table, dialect.name, skip_duplicates_of)
    compiled = stmt.values({n: bindparam(n) for n in names}).compile(dialect=dialect)
    if compiled.positional:
        order = [names.index(n) for n in compiled.positiontup or ()]
        params: list[Any] = [tuple((fixed + list(r))[i] for i in order) for r in rows]
    else:
        params = [dict(zip(names, fixed + list(r), strict=True)) for r in rows]
    s.connection().exec_driver_sql(str(compiled), params)


def _processed(table: Table, name: str, value: Any, dialect: Any) -> Any:
    processor = table.c[name].type.bind_processor(dialect)
    return processor(value) if processor is not None else value


def _insert(table: Table, dialect_name: str, skip_duplicates_of: str | None) -> Any:
    if skip_duplicates_of is None:
        return insert(table)
    module = postgresql if dialect_name == "postgresql" else sqlite
    return module.insert(table).on_conflict_do_nothing(index_elements=[skip_duplicates_of])
