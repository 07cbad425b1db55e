"""The portal's hottest reads, run on the database driver's own cursor.

Every portal page reads its session (and the page's first rows with it), and a search
runs its ranking statement: a page is one or two statements. Run through SQLAlchemy's
Connection.execute, each cost 0.2 ms of Python on PostgreSQL, half of it SQLAlchemy's
(an execution context, result metadata rebuilt from the cursor's description on every
call) and half the driver's: with the server bound by one interpreter lock, a tenth of a
search page (docs/operations.md, "The portal under load", round seven).

A `Direct` is an ordinary SQLAlchemy statement, compiled once per dialect. It runs on the
session's own connection (in its transaction, if it has one), converts parameters and
result columns with the statement's own column types (the same values Connection.execute
gives), and a driver error leaves as SQLAlchemy's, the connection invalidated when the
database has gone, as Connection.execute would."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import Select, TextualSelect
from sqlmodel import Session

Processor = Callable[[Any], Any] | None


@dataclass(frozen=True)
class _Compiled:
    sql: str
    positions: tuple[str, ...] | None   # names in order, for a driver taking a sequence
    defaults: Mapping[str, Any]        # values bound in the statement itself
    binds: Mapping[str, Callable[[Any], Any]]
    results: tuple[Processor, ...]
    row: Callable[[Sequence[Any]], tuple[Any, ...]]


class Direct:
    """One statement, read on the driver's cursor; rows are named tuples (by the
    statement's column names, indexable like SQLAlchemy's rows)."""

    def __init__(self, statement: Select[Any] | TextualSelect) -> None:
        self.statement = statement
        self._by_dialect: dict[str, _Compiled] = {}

    def rows(self, s: Session, values: Mapping[str, Any]) -> list[Any]:
        connection = s.connection()
        dialect = connection.dialect
        compiled = self._by_dialect.get(dialect.name) or self._compile(dialect)
        params = _params(compiled, values)
        driver = connection.connection.dbapi_connection
        assert driver is not None
        try:
            cursor = driver.cursor()
            try:
                cursor.execute(compiled.sql, params)
                fetched = cursor.fetchall()
            finally:
                cursor.close()
        except dialect.loaded_dbapi.Error as exc:
            raise _translated(connection, dialect, compiled.sql, params, exc) from exc
        return [compiled.row(_converted(compiled.results, r)) for r in fetched]

    def _compile(self, dialect: Dialect) -> _Compiled:
        compiled = self.statement.compile(dialect=dialect)
        # The values the statement carries itself (literals, IN lists) are expanded once,
        # as Connection.execute expands them on every call; the caller's are left free.
        free = {key: None for key, bound in compiled.binds.items()
                if bound.value is None and bound.callable is None}
        state = compiled.construct_expanded_state(free)
        columns = self.statement.selected_columns
        made = _Compiled(
            sql=state.statement,
            positions=tuple(state.positiontup or ()) if compiled.positional else None,
            defaults={k: v for k, v in state.parameters.items() if k not in free},
            binds=dict(state.processors),
            results=tuple(c.type.dialect_impl(dialect).result_processor(dialect, None)
                          for c in columns),
            row=_row_type([_name(c) for c in columns])._make,
        )
        self._by_dialect[dialect.name] = made
        return made


def _row_type(names: list[str]) -> Any:
    return namedtuple("Row", names, rename=True)


def _name(column: ColumnElement[Any]) -> str:
    return str(getattr(column, "key", None) or getattr(column, "name", "column"))


def _params(compiled: _Compiled, values: Mapping[str, Any]) -> Sequence[Any] | dict[str, Any]:
    given = {**compiled.defaults, **values}
    for key, processor in compiled.binds.items():
        if key in given:
            given[key] = processor(given[key])
    if compiled.positions is None:
        return given
    return [given[name] for name in compiled.positions]


def _converted(processors: tuple[Processor, ...], row: Sequence[Any]) -> list[Any]:
    return [value if processor is None else processor(value)
            for processor, value in zip(processors, row, strict=True)]


def _translated(connection: Any, dialect: Dialect, sql: str, params: Any,
                exc: Any) -> StatementError:
    driver = connection.connection.dbapi_connection
    gone: bool = dialect.is_disconnect(exc, driver, None)
    if gone:
        connection.invalidate(exc)
    error: StatementError = DBAPIError.instance(
        sql, params, exc, dialect.loaded_dbapi.Error, connection_invalidated=gone,
        dialect=dialect)
    return error
