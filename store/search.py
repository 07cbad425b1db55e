"""Full-text search over published events, on SQLite (FTS5) and PostgreSQL (tsvector).

One interface on both (`rank`, `search_events`, `count_matches`): the same words find the
same events, best first. SQLite keeps an external-content FTS5 table in step with `event`
by triggers. PostgreSQL keeps the Swedish-stemmed document in a stored generated column,
`event.search_vector`, with a GIN index: matching and ranking read the stored vector
instead of parsing every matching event's text again (migration 0009; before it the index
was on the expression and ts_rank recomputed it per match). Neither the FTS5 table nor the
column is in the models (store/migrate.py leaves them out of comparisons): they exist on
one dialect each. The migrations create them; create_index() adds them to a database
adopted from before migrations (store/adopt.py), filled from the events already there.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Integer, column, text
from sqlalchemy.engine import Connection
from sqlmodel import Session, col, select

from store.direct import Direct
from store.models import Event
from store.status import EventStatus

MAX_WORDS = 12
_WORD = re.compile(r"\w+", re.UNICODE)

_SQLITE_DDL = (
    "CREATE VIRTUAL TABLE event_fts USING fts5(title, text, content='event', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS event_fts_ai AFTER INSERT ON event BEGIN "
    "INSERT INTO event_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS event_fts_ad AFTER DELETE ON event BEGIN "
    "INSERT INTO event_fts(event_fts, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS event_fts_au AFTER UPDATE OF title, text ON event BEGIN "
    "INSERT INTO event_fts(event_fts, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); "
    "INSERT INTO event_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "INSERT INTO event_fts(event_fts) VALUES ('rebuild')",
)
_PG_DOCUMENT = "to_tsvector('swedish', coalesce(title, '') || ' ' || coalesce(text, ''))"
PG_COLUMN = "search_vector"
_PG_DDL = (
    f"ALTER TABLE event ADD COLUMN IF NOT EXISTS {PG_COLUMN} tsvector "
    f"GENERATED ALWAYS AS ({_PG_DOCUMENT}) STORED",
    "DROP INDEX IF EXISTS event_fts_idx",
    f"CREATE INDEX event_fts_idx ON event USING GIN ({PG_COLUMN})",
)


def create_index(conn: Connection) -> None:
    """The search index, if missing (the migrations create the same)."""
    if conn.dialect.name == "postgresql":
        if not _pg_has_index(conn):
            for statement in _PG_DDL:
                conn.execute(text(statement))
    elif not _sqlite_has_index(conn):
        for statement in _SQLITE_DDL:
            conn.execute(text(statement))


def _pg_has_index(conn: Connection) -> bool:
    """The GIN index on the stored column (not the expression index of before 0009)."""
    found = conn.execute(text(
        "SELECT indexdef FROM pg_indexes WHERE indexname = 'event_fts_idx'")).scalar()
    return found is not None and PG_COLUMN in str(found)


def _sqlite_has_index(conn: Connection) -> bool:
    found = conn.execute(text(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'event_fts'")).first()
    return found is not None


def words(query: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(query)][:MAX_WORDS]


@dataclass(frozen=True)
class Ranked:
    """One page of matches: the ids, best first, and how many match in all (counted in
    the statement that ranks, from the matches kept once). With `columns` asked, `rows`
    holds those columns of each event on the page, in the same order (read in the
    ranking statement). `offset` is the page's: a page asked for past the last is the
    last page (read in the same statement: no second round for the count)."""

    total: int
    ids: list[int]
    rows: Sequence[Any] = ()
    offset: int = 0


def rank(s: Session, query: str, limit: int = 20, offset: int = 0, *,
         every: bool = False, columns: tuple[str, ...] = ()) -> Ranked:
    """The published events matching the words, best first, a page of them and their
    number; any word may match (every word must, with `every`: the portal's first try, as
    a web search box is expected to do). `columns`: event columns to read with the page
    (`id` among them), one statement where ids and then rows would be two."""
    found = words(query)
    if not found:
        return Ranked(0, [])
    values = {"match": _match(s, found, every), "published": EventStatus.PUBLISHED,
              "limit": limit, "offset": offset}
    rows = _ranked(s.get_bind().dialect.name, columns).rows(s, values)
    if not rows:
        return Ranked(0, [])
    total = int(rows[0].total)
    shown = offset if offset < total else (total - 1) // limit * limit
    return Ranked(total, [int(r.id) for r in rows], rows if columns else (), shown)


def search_events(s: Session, query: str, limit: int = 20, offset: int = 0, *,
                  every: bool = False) -> list[Event]:
    """The best-matching published events, best first: `rank`'s page, as Event rows."""
    ids = rank(s, query, limit, offset, every=every).ids
    if not ids:
        return []
    events = {e.id: e for e in s.exec(select(Event).where(col(Event.id).in_(ids)))}
    return [events[i] for i in ids if i in events]


def count_matches(s: Session, query: str, *, every: bool = False) -> int:
    """How many published events match (counted by `rank`, as every page counts them)."""
    return rank(s, query, 1, every=every).total


def _match(s: Session, found: list[str], every: bool) -> str:
    if s.get_bind().dialect.name == "postgresql":
        return _pg_query(found, every)
    return _sqlite_match(found, every)


# Matches are ranked and counted in the index alone, leaving out the few events not
# published (their ids from the event table's status index): joining every match to its
# event row cost milliseconds per thousand matches. Two ranges rather than `!=`, which
# SQLite cannot read from the index (it scanned all of it, 0.3 ms per query at 10,000
# events). Equal ranks go newest first by id, which is the order events are published in.
# The matches are counted in the ranking statement, from the matches kept once
# (MATERIALIZED, SQLite 3.35 or newer): the same index work as a count of its own, and
# one statement fewer per page. (count(*) OVER () cost more here.) PostgreSQL keeps its
# matches the same way, so that the count can also clamp the page (_CLAMPED).
_SQLITE_SHOWN = ("rowid NOT IN (SELECT id FROM event WHERE status < :published "
                 "OR status > :published)")
# A page past the last is the last page: the offset is clamped in the statement, which
# counted the matches anyway (the portal asked again for a count and the last page).
_CLAMPED = ("{}(:offset, {}(0, ((SELECT count(*) FROM matched) - 1) / :limit * :limit))")
# Before SQLite 3.35 there is no MATERIALIZED: the same results, the matches found twice.
_KEPT = "MATERIALIZED " if sqlite3.sqlite_version_info >= (3, 35) else ""
_SQLITE_MATCHED = (
    f"matched AS {_KEPT}(SELECT rowid AS id, bm25(event_fts, 4.0, 1.0) AS score "
    f"FROM event_fts WHERE event_fts MATCH :match AND {_SQLITE_SHOWN}), ")
_SQLITE_IDS = ("SELECT id, (SELECT count(*) FROM matched) AS total, score FROM matched "
               f"ORDER BY score, id DESC LIMIT :limit OFFSET {_CLAMPED.format('min', 'max')}")
# The stored vector is the document the expression index had: the same matches, the same
# ranks. Equal ranks newest first, then by id so that the order is always the same.
# The query is parsed and stemmed once, as a row of its own: in a plan made once for any
# words (a prepared statement, as psycopg makes of one run often) to_tsquery(:match) is
# not folded to a constant and ran for every match, a fifth of the database's CPU.
_PG_QUERY = "query AS MATERIALIZED (SELECT to_tsquery('swedish', :match) AS q)"
_PG_MATCH = f"{PG_COLUMN} @@ query.q AND status = :published"
_PG_MATCHED = (
    f"{_PG_QUERY}, matched AS MATERIALIZED (SELECT id, published_at, "
    f"ts_rank({PG_COLUMN}, query.q) AS score FROM event, query WHERE {_PG_MATCH}), ")
_PG_IDS = (
    "SELECT id, (SELECT count(*) FROM matched) AS total, published_at, score FROM matched "
    "ORDER BY score DESC, published_at DESC, id DESC "
    f"LIMIT :limit OFFSET {_CLAMPED.format('LEAST', 'GREATEST')}")
_EVENT = Event.__table__  # type: ignore[attr-defined]


@cache
def _ranked(dialect: str, columns: tuple[str, ...]) -> Direct:
    """The ranking statement, each row with the number of matches (`total`) and the asked
    event columns (built once per caller's columns: building a statement costs more than
    running it). The page is ranked first and only its rows are joined to their events:
    joining every match cost milliseconds per thousand matches."""
    postgres = dialect == "postgresql"
    matched, ranked = (_PG_MATCHED, _PG_IDS) if postgres else (_SQLITE_MATCHED, _SQLITE_IDS)
    order = ("ranked.score DESC, ranked.published_at DESC, ranked.id DESC" if postgres
             else "ranked.score, ranked.id DESC")
    listed = "".join(f", event.{name}" for name in columns if name != "id")
    joined = " JOIN event ON event.id = ranked.id" if listed else ""
    statement = text(f"WITH {matched}ranked AS ({ranked}) "
                     f"SELECT ranked.id, ranked.total{listed} FROM ranked{joined} "
                     f"ORDER BY {order}")
    typed = [_EVENT.c[name] for name in columns if name != "id"]
    return Direct(statement.columns(column("id", Integer), column("total", Integer), *typed))


def _sqlite_match(found: list[str], every: bool = False) -> str:
    # Quoted prefix terms: no FTS5 syntax can come from the user; "tablett" finds "tabletter".
    return (" AND " if every else " OR ").join(f'"{w}"*' for w in found)


def _pg_query(found: list[str], every: bool = False) -> str:
    return (" & " if every else " | ").join(f"{w}:*" for w in found)


def forget_replaced(s: Session) -> None:
    """After an event's text or title was replaced: no trace of the old words in the index.

    SQLite's FTS5 only marks a deleted row's terms until its segments are merged; 'optimize'
    merges them now (corrections are rare, the index small). PostgreSQL's stored vector is
    computed again with the row, and its index follows at once; the dead row version is
    removed by (auto)vacuum.
    """
    if s.get_bind().dialect.name == "sqlite":
        s.execute(text("INSERT INTO event_fts(event_fts) VALUES ('optimize')"))
