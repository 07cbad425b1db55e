"""Full-text search over published events, on SQLite (FTS5) and PostgreSQL (tsvector).

SQLite keeps an external-content FTS5 table in step with `event` by triggers; PostgreSQL
uses an expression GIN index with the Swedish stemmer. The initial migration creates the
index (store/migrations); create_index() adds it to a database adopted from before
migrations (store/adopt.py), filled from the events already there.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlmodel import Session, col, select

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
_PG_DDL = f"CREATE INDEX IF NOT EXISTS event_fts_idx ON event USING GIN ({_PG_DOCUMENT})"


def create_index(conn: Connection) -> None:
    """The search index, if missing (the initial migration creates the same)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text(_PG_DDL))
    elif not _sqlite_has_index(conn):
        for statement in _SQLITE_DDL:
            conn.execute(text(statement))


def _sqlite_has_index(conn: Connection) -> bool:
    found = conn.execute(text(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'event_fts'")).first()
    return found is not None


def words(query: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(query)][:MAX_WORDS]


def search_events(s: Session, query: str, limit: int = 20, offset: int = 0, *,
                  every: bool = False) -> list[Event]:
    """The best-matching published events, best first; any word may match (every word
    must, with `every`: the portal's first try, as a web search box is expected to do)."""
    found = words(query)
    if not found:
        return []
    if s.get_bind().dialect.name == "postgresql":
        ids = _postgres_ids(s, _pg_query(found, every), limit, offset)
    else:
        ids = _sqlite_ids(s, _sqlite_match(found, every), limit, offset)
    events = {e.id: e for e in s.exec(select(Event).where(col(Event.id).in_(ids)))}
    return [events[i] for i in ids if i in events]


def count_matches(s: Session, query: str, *, every: bool = False) -> int:
    """How many published events search_events can page through (the portal's pages)."""
    found = words(query)
    if not found:
        return 0
    if s.get_bind().dialect.name == "postgresql":
        row = s.execute(text(
            f"SELECT count(*) FROM event WHERE {_PG_DOCUMENT} @@ to_tsquery('swedish', :query) "
            "AND status = :published"),
            {"query": _pg_query(found, every), "published": EventStatus.PUBLISHED}).first()
    else:
        row = s.execute(text(
            f"SELECT count(*) FROM event_fts WHERE event_fts MATCH :match AND {_SQLITE_SHOWN}"),
            {"match": _sqlite_match(found, every), "published": EventStatus.PUBLISHED}).first()
    return int(row[0]) if row else 0


# Matches are ranked and counted in the index alone, leaving out the few events not
# published (their ids from the event table's status index): joining every match to its
# event row cost milliseconds per thousand matches. Equal ranks go newest first by id,
# which is the order events are published in.
_SQLITE_SHOWN = "rowid NOT IN (SELECT id FROM event WHERE status != :published)"


def _sqlite_match(found: list[str], every: bool = False) -> str:
    # Quoted prefix terms: no FTS5 syntax can come from the user; "tablett" finds "tabletter".
    return (" AND " if every else " OR ").join(f'"{w}"*' for w in found)


def _pg_query(found: list[str], every: bool = False) -> str:
    return (" & " if every else " | ").join(f"{w}:*" for w in found)


def _sqlite_ids(s: Session, match: str, limit: int, offset: int) -> list[int]:
    rows = s.execute(text(
        f"SELECT rowid FROM event_fts WHERE event_fts MATCH :match AND {_SQLITE_SHOWN} "
        "ORDER BY bm25(event_fts, 4.0, 1.0), rowid DESC LIMIT :limit OFFSET :offset"),
        {"match": match, "published": EventStatus.PUBLISHED, "limit": limit,
         "offset": offset})
    return [int(r[0]) for r in rows]


def _postgres_ids(s: Session, query: str, limit: int, offset: int) -> list[int]:
    rows = s.execute(text(
        f"SELECT id FROM event WHERE {_PG_DOCUMENT} @@ to_tsquery('swedish', :query) "
        f"AND status = :published ORDER BY ts_rank({_PG_DOCUMENT}, "
        "to_tsquery('swedish', :query)) DESC, published_at DESC LIMIT :limit OFFSET :offset"),
        {"query": query, "published": EventStatus.PUBLISHED, "limit": limit,
         "offset": offset})
    return [int(r[0]) for r in rows]


def forget_replaced(s: Session) -> None:
    """After an event's text or title was replaced: no trace of the old words in the index.

    SQLite's FTS5 only marks a deleted row's terms until its segments are merged; 'optimize'
    merges them now (corrections are rare, the index small). PostgreSQL's expression index
    follows the row at once; the dead row version is removed by (auto)vacuum.
    """
    if s.get_bind().dialect.name == "sqlite":
        s.execute(text("INSERT INTO event_fts(event_fts) VALUES ('optimize')"))
