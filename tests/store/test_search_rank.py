"""Search ranks from the stored index (PostgreSQL: the `search_vector` column of migration
0009; SQLite: FTS5), finding and counting the same events in the same order as the queries
before did; after a correction it finds the new text and never the old."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import text, update
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from store.db import make_engine, open_store, session
from store.migrate import _config
from store.models import Event, InboundMail, Report
from store.search import count_matches, forget_replaced, rank, search_events
from store.types import utcnow

WORDS = ("fentanyl", "kokain", "tabletter", "pulver", "blå", "märkta", "förgiftningar",
         "naloxon", "festival", "ungdomar", "kristaller", "beslag", "analys", "vätska")
QUERIES = ("fentanyl", "blå tabletter", "naloxon festival", "tablett", "kokain pulver blå",
           "förgiftning", "vätska analys beslag", "saknas")

# What store/search.py ran before: PostgreSQL ranked on the expression (to_tsvector of
# every match again), SQLite counted in a second query.
_DOC = "to_tsvector('swedish', coalesce(title, '') || ' ' || coalesce(text, ''))"
BEFORE = {
    "postgresql": (f"SELECT id FROM event WHERE {_DOC} @@ to_tsquery('swedish', :q) AND "
                   f"status = 'published' ORDER BY ts_rank({_DOC}, to_tsquery('swedish', :q))"
                   " DESC, published_at DESC"),
    "sqlite": ("SELECT rowid FROM event_fts WHERE event_fts MATCH :q AND rowid NOT IN "
               "(SELECT id FROM event WHERE status != 'published') "
               "ORDER BY bm25(event_fts, 4.0, 1.0), rowid DESC"),
}


def fill(engine: Engine, n: int = 120) -> None:
    rnd = random.Random(7)
    now = utcnow()
    with session(engine) as s:
        for i in range(n):
            inbound = InboundMail(raw=b"x", sha256="0" * 64)
            s.add(inbound)
            s.flush()
            words = [rnd.choice(WORDS) for _ in range(rnd.randint(3, 30))]
            ref = f"2026-{i + 1:04d}"
            report = Report(reference=ref, inbound_id=inbound.id or 0, sender="r@x.se",
                            urgency="yellow", text="", masked_text="", status="published")
            s.add(report)
            s.flush()
            s.add(Event(report_id=report.id or 0, reference=ref, urgency="yellow",
                        title=" ".join(rnd.sample(WORDS, 2)), text=" ".join(words),
                        status="retracted" if i % 17 == 0 else "published",
                        published_at=now - timedelta(minutes=n - i)))


def before(engine: Engine, query: str, every: bool) -> list[int]:
    words = query.lower().split()
    if engine.dialect.name == "postgresql":
        q = (" & " if every else " | ").join(f"{w}:*" for w in words)
    else:
        q = (" AND " if every else " OR ").join(f'"{w}"*' for w in words)
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(text(BEFORE[engine.dialect.name]), {"q": q})]


@pytest.mark.parametrize("every", [True, False])
def test_the_same_events_in_the_same_order_as_before(store_url: str, every: bool) -> None:
    engine = open_store(store_url)
    fill(engine)
    with session(engine) as s:
        for query in QUERIES:
            expected = before(engine, query, every)
            assert count_matches(s, query, every=every) == len(expected), query
            pages = [rank(s, query, 7, offset, every=every)
                     for offset in range(0, len(expected), 7)]
            assert [i for p in pages for i in p.ids] == expected, query
            assert {p.total for p in pages if p.ids} <= {len(expected)}
            past = rank(s, query, 7, 700, every=every)   # a page past the last: the last
            last = max(0, len(expected) - 1) // 7 * 7
            assert past.ids == expected[last:last + 7] and past.offset == last, query
            assert past.total == len(expected)
    engine.dispose()


def test_a_corrected_event_is_found_by_its_new_words_only(store_url: str) -> None:
    engine = open_store(store_url)
    fill(engine, 10)
    with session(engine) as s:
        s.execute(update(Event).where(col(Event.id) == 3).values(
            title="Zebrapassagen", text="Nytt pulver vid Zebrapassagen."))
        s.execute(update(Event).where(col(Event.id) == 5).values(text="Xylofonfabriken"))
        forget_replaced(s)
    with session(engine) as s:
        s.execute(update(Event).where(col(Event.id) == 5).values(text="Rättad text."))
        forget_replaced(s)
    with session(engine) as s:
        assert [e.id for e in search_events(s, "zebrapassagen")] == [3]
        assert search_events(s, "xylofonfabriken") == []
        assert rank(s, "xylofonfabriken").total == 0
    engine.dispose()


@pytest.mark.integration
def test_migration_0009_fills_the_column_and_goes_back(postgres: object) -> None:
    url = postgres.create_database("search_0009")  # type: ignore[attr-defined]
    engine = open_store(url)
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0008")
        assert "search_vector" not in index_definition(conn)
    fill(engine, 30)   # events written before the column exists
    engine.dispose()
    engine = make_engine(url)
    open_store(url).dispose()   # the service's start upgrades it
    with engine.connect() as conn:
        assert "search_vector" in index_definition(conn)
        missing = conn.execute(text(
            "SELECT count(*) FROM event WHERE search_vector IS NULL")).scalar()
        assert missing == 0
    with session(engine) as s:
        assert [e.id for e in search_events(s, "fentanyl", 100)] == before(
            engine, "fentanyl", False)
    engine.dispose()


def index_definition(conn: object) -> str:
    return str(conn.execute(text(  # type: ignore[attr-defined]
        "SELECT indexdef FROM pg_indexes WHERE indexname = 'event_fts_idx'")).scalar())


def test_a_page_read_with_its_columns_is_the_same_page(store_url: str) -> None:
    engine = open_store(store_url)
    fill(engine)
    with session(engine) as s:
        titles = {e.id: e.title for e in s.exec(select(Event))}
        for query in QUERIES:
            for offset in (0, 7, 700):
                plain = rank(s, query, 7, offset)
                read = rank(s, query, 7, offset, columns=("id", "title", "published_at"))
                assert (read.total, read.ids) == (plain.total, plain.ids), query
                assert [r.id for r in read.rows] == plain.ids
                assert [r.title for r in read.rows] == [titles[i] for i in plain.ids]
                assert all(isinstance(r.published_at, datetime) for r in read.rows)
    engine.dispose()
