"""Full-text search over published events on SQLite (FTS5) and PostgreSQL (tsvector)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from store.db import create_schema, make_engine, session
from store.search import create_index, search_events

from members.kit import add_event

EVENTS = [
    ("Fentanyl i falska oxykodontabletter", "Blå tabletter märkta M30 i Malmö.", "published"),
    ("Nitazener i heroin", "Starkare än väntat, Göteborg.", "published"),
    ("Återkallad: kokain med levamisol", "Gällde Malmö.", "retracted"),
]


def _fill(engine: Engine) -> None:
    with session(engine) as s:
        for title, text, status in EVENTS:
            add_event(s, "red", title, text=text, status=status)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'vsn.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres").create_database(f"search_{uuid.uuid4().hex[:12]}")
    engine = make_engine(url)
    create_schema(engine)
    _fill(engine)
    for _ in range(2):   # as adoption of an old database runs it; idempotent
        with engine.begin() as conn:
            create_index(conn)
    yield engine
    engine.dispose()


QUERIES = [
    ("oxykodon", ["Fentanyl i falska oxykodontabletter"]),
    ("MALMÖ", ["Fentanyl i falska oxykodontabletter"]),          # retracted left out
    ("heroin göteborg", ["Nitazener i heroin"]),
    ("m30 nitazener", ["Fentanyl i falska oxykodontabletter", "Nitazener i heroin"]),
    ('"; DROP kaka; -- *', []),   # no query syntax gets through
    ("", []),
]


@pytest.mark.parametrize(("query", "titles"), QUERIES)
def test_search(engine: Engine, query: str, titles: list[str]) -> None:
    with session(engine) as s:
        found = sorted(e.title for e in search_events(s, query))
    assert found == sorted(titles)


def test_new_events_are_found(engine: Engine) -> None:
    with session(engine) as s:
        add_event(s, "green", "Ketamin i Umeå", text="Pulver.")
    with session(engine) as s:
        assert [e.title for e in search_events(s, "ketamin")] == ["Ketamin i Umeå"]
