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


def search_events(s: Session, query: str, limit: int = 20) -> list[Event]:
    """The best-matching published events, best first; any word may match."""
    found = words(query)
    if not found:
        return []
    if s.get_bind().dialect.name == "postgresql":
        ids = _postgres_ids(s, found, limit)
    else:
        ids = _sqlite_ids(s, found, limit)
    events = {e.id: e for e in s.exec(select(Event).where(col(Event.id).in_(ids)))}
    return [events[i] for i in ids if i in events]


def _sqlite_ids(s: Session, found: list[str], limit: int) -> list[int]:
    # Quoted prefix terms: no FTS5 syntax can come from the user; "tablett" finds "tabletter".
    match = " OR ".join(f'"{w}"*' for w in found)
    rows = s.execute(text(
        "SELECT e.id FROM event_fts JOIN event e ON e.id = event_fts.rowid "
        "WHERE event_fts MATCH :match AND e.status = :published "
        "ORDER BY bm25(event_fts, 4.0, 1.0), e.published_at DESC LIMIT :limit"),
        {"match": match, "published": EventStatus.PUBLISHED, "limit": limit})
    return [int(r[0]) for r in rows]


def _postgres_ids(s: Session, found: list[str], limit: int) -> list[int]:
    query = " | ".join(f"{w}:*" for w in found)
    rows = s.execute(text(
        f"SELECT id FROM event WHERE {_PG_DOCUMENT} @@ to_tsquery('swedish', :query) "
        f"AND status = :published ORDER BY ts_rank({_PG_DOCUMENT}, "
        "to_tsquery('swedish', :query)) DESC, published_at DESC LIMIT :limit"),
        {"query": query, "published": EventStatus.PUBLISHED, "limit": limit})
    return [int(r[0]) for r in rows]


def forget_replaced(s: Session) -> None:
    """After an event's text or title was replaced: no trace of the old words in the index.

    SQLite's FTS5 only marks a deleted row's terms until its segments are merged; 'optimize'
    merges them now (corrections are rare, the index small). PostgreSQL's expression index
    follows the row at once; the dead row version is removed by (auto)vacuum.
    """
    if s.get_bind().dialect.name == "sqlite":
        s.execute(text("INSERT INTO event_fts(event_fts) VALUES ('optimize')"))
