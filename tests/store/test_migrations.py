"""Migrations make exactly the schema the models describe, on SQLite and PostgreSQL; a
database an older vsn made is adopted with its rows and job times; a database newer than
this vsn is refused with words an operator understands."""

from __future__ import annotations

import subprocess
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, MetaData, Table, inspect, text
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from store.db import DatabaseUnavailable, create_schema, make_engine
from store.migrate import include_object, scripts
from store.models import Member

MONDAY = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)


def differences(engine: Engine) -> list[object]:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "include_object": include_object, "compare_type": True})
        return list(compare_metadata(context, SQLModel.metadata))


def revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def test_migrations_make_the_schema_of_the_models(store_url: str) -> None:
    engine = make_engine(store_url)
    create_schema(engine)
    create_schema(engine)   # a second start changes nothing
    assert differences(engine) == []
    assert revision(engine) == scripts().get_current_head()
    with engine.connect() as conn:   # the search index is part of the schema
        if engine.dialect.name == "sqlite":
            assert "event_fts" in inspect(conn).get_table_names()
        else:
            assert conn.execute(text(
                "SELECT count(*) FROM pg_indexes WHERE indexname = 'event_fts_idx'")).scalar()
    engine.dispose()


def _old_database(engine: Engine) -> None:
    """As vsn made it before migrations: no job table, a member table from before bounce
    scores and digest choices, APScheduler's job table holding the digest's next run."""
    old = MetaData()
    later = ("bounce_score", "digest", "left_at")
    columns = Member.__table__.columns  # type: ignore[attr-defined]
    Table("member", old, *(c.copy() for c in columns if c.name not in later))
    tables = [t for name, t in SQLModel.metadata.tables.items()
              if name not in ("member", "scheduled_job", "bounce", "digest",
                              "blocked_sender", "settings_request", "batched_review")]
    SQLModel.metadata.create_all(engine, tables=tables)
    old.create_all(engine)
    blob = "BYTEA" if engine.dialect.name == "postgresql" else "BLOB"
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO member (email, verp, immediate, status, name, "
                          "organisation, org_type, role, region, joined_at) VALUES "
                          "('anna@kommun.example.se', 'abc', '{}', 'active', '', '', '', '', "
                          "'', :now)"), {"now": MONDAY.replace(tzinfo=None)})
        conn.execute(text(f"CREATE TABLE apscheduler_jobs (id VARCHAR(191) PRIMARY KEY, "
                          f"next_run_time FLOAT, job_state {blob} NOT NULL)"))
        conn.execute(text("INSERT INTO apscheduler_jobs VALUES ('weekly-digest', :t, :s)"),
                      {"t": MONDAY.timestamp(), "s": b"pickled"})


def test_a_database_from_before_migrations_is_adopted(store_url: str) -> None:
    engine = make_engine(store_url)
    _old_database(engine)
    create_schema(engine)
    assert revision(engine) == scripts().get_current_head()
    assert differences(engine) == []
    with engine.connect() as conn:
        row = conn.execute(text("SELECT email, status, bounce_score FROM member")).one()
        assert tuple(row) == ("anna@kommun.example.se", "active", 0.0)
        when = conn.execute(text("SELECT next_run_at FROM scheduled_job "
                                 "WHERE name = 'weekly-digest'")).scalar_one()
        assert "apscheduler_jobs" not in inspect(conn).get_table_names()
    assert str(when)[:16] == "2026-11-30 06:00"   # the planned digest is kept
    engine.dispose()


def test_a_database_newer_than_this_vsn_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'vsn.sqlite3'}"
    engine = make_engine(url)
    create_schema(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseUnavailable, match="9999"):
        create_schema(engine)
    engine.dispose()
    config = tmp_path / "config.toml"
    config.write_text(f'[store]\nurl = "{url}"\n', encoding="utf-8")
    vsn = [sys.executable, "-m", "mailgate.cli", "--config", str(config)]
    current = subprocess.run([*vsn, "db", "current"], capture_output=True, text=True,
                             timeout=60)
    assert current.returncode == 0 and "revision 9999" in current.stdout
    serve = subprocess.run([*vsn, "serve"], capture_output=True, text=True, timeout=60)
    assert serve.returncode == 1
    assert "9999" in serve.stderr and "newer vsn" in serve.stderr


def test_vsn_db_upgrade_creates_then_reports_up_to_date(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[store]\nurl = "sqlite:///var/vsn.sqlite3"\n', encoding="utf-8")
    vsn = [sys.executable, "-m", "mailgate.cli", "--config", str(config), "db"]
    first = subprocess.run([*vsn, "upgrade"], capture_output=True, text=True, timeout=60)
    assert first.returncode == 0 and "schema upgraded from empty" in first.stdout
    again = subprocess.run([*vsn, "upgrade"], capture_output=True, text=True, timeout=60)
    assert "up to date" in again.stdout
    current = subprocess.run([*vsn, "current"], capture_output=True, text=True, timeout=60)
    head = scripts().get_current_head()
    assert f"revision {head}, newest {head}: up to date" in current.stdout


def _uniques(engine: Engine) -> dict[str, set[tuple[tuple[str, ...], str]]]:
    """Per table, every column set the database keeps unique (by a constraint or a unique
    index), with the condition of a partial index: what a second insert would run into."""
    found: dict[str, set[tuple[tuple[str, ...], str]]] = {}
    with engine.connect() as conn:
        seen = inspect(conn)
        for table in seen.get_table_names():
            if table.startswith(("event_fts", "alembic")):
                continue
            keys = {(tuple(u["column_names"]), "") for u in seen.get_unique_constraints(table)}
            keys |= {(tuple(i["column_names"]), _where(i)) for i in seen.get_indexes(table)
                     if i["unique"]}
            found[table] = keys
    return found


def _where(index: Any) -> str:
    options = index.get("dialect_options", {})
    clause = options.get("sqlite_where", options.get("postgresql_where", ""))
    return " ".join(str(clause).replace("(", "").replace(")", "").split())


def _old_database_without_uniques(engine: Engine) -> None:
    """Tables as an older vsn made them before their unique keys existed, with two pending
    applications from one address (the race the partial index closes)."""
    bare = ("application", "outbox", "digest", "member")
    old = MetaData()
    for name in bare:
        Table(name, old, *(Column(c.name, c.type, primary_key=c.primary_key,
                                  nullable=c.nullable or not c.primary_key)
                           for c in SQLModel.metadata.tables[name].columns))
    old.create_all(engine)
    SQLModel.metadata.create_all(engine, tables=[
        t for name, t in SQLModel.metadata.tables.items() if name not in bare])
    with engine.begin() as conn:
        for number in (1, 2):
            conn.execute(text("INSERT INTO application (id, email, status) VALUES "
                              "(:id, 'anna@kommun.example.se', 'pending')"), {"id": number})


def test_an_adopted_database_keeps_the_same_unique_keys_as_a_migrated_one(
        store_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    migrated = make_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}"
                           if store_url.startswith("sqlite") else
                           request.getfixturevalue("postgres").create_database(
                               f"t_{uuid.uuid4().hex[:16]}"))
    adopted = make_engine(store_url)
    _old_database_without_uniques(adopted)
    create_schema(adopted)
    create_schema(migrated)
    assert _uniques(adopted) == _uniques(migrated)
    if adopted.dialect.name == "postgresql":
        # The same constraints by name. SQLite cannot add a constraint to a table it has,
        # so there the adopted key is a unique index on the same columns: the same rows
        # are refused (above), in another form (store/adopt.py).
        keys = ("add_index", "remove_index", "add_constraint", "remove_constraint")
        assert [d for d in differences(adopted) if d[0] in keys] == []
    with adopted.connect() as conn:   # the newer of two pending applications was closed
        pending = conn.execute(text("SELECT count(*) FROM application "
                                    "WHERE status = 'pending'")).scalar_one()
    assert pending == 1
    adopted.dispose()
    migrated.dispose()
