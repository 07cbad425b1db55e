"""A database made by an older version is upgraded in place at start-up, its rows kept."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from store.db import create_schema, make_engine


def test_missing_columns_and_tables_are_added_and_rows_survive(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    old = create_engine(url)
    with old.begin() as conn:  # a member table from before preferences and bounce scores
        conn.execute(text("CREATE TABLE member (id INTEGER PRIMARY KEY, email VARCHAR(512) "
                          "NOT NULL UNIQUE, name TEXT NOT NULL DEFAULT '')"))
        conn.execute(text("INSERT INTO member (email) VALUES ('anna@kommun.example.se')"))
    old.dispose()

    engine = make_engine(url)
    create_schema(engine)
    create_schema(engine)  # a second start changes nothing and does not fail
    with engine.connect() as conn:
        row = conn.execute(text("SELECT email, status, bounce_score FROM member")).one()
        assert row == ("anna@kommun.example.se", "active", 0.0)
        assert conn.execute(text("SELECT count(*) FROM report")).scalar_one() == 0
