"""The reading pages' own pool on PostgreSQL (portal/site.py `reader`) does not ping a
connection before each page: a connection the database has closed (a restart, an
administrator ending sessions) must still cost the member nothing."""

from __future__ import annotations

import pytest
from portalkit import add_event, add_member, log_in
from sqlalchemy import text
from sqlalchemy.engine import Engine
from starlette.testclient import TestClient

MEMBER = "bo.berg@kommun.example.se"


def test_reading_pages_survive_the_database_closing_their_connections(
        client: TestClient, engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no server to close a connection")
    add_member(engine, MEMBER)
    reference = add_event(engine, "Blå tabletter", "Fentanyl i blå tabletter.")
    log_in(client, engine, MEMBER)
    for path in ("/handelser", f"/handelser/{reference}", "/sok?q=tabletter"):
        assert client.get(path).status_code == 200   # the reader's pool holds connections
    with engine.connect() as conn:
        ended = conn.execute(text(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()")).scalar()
    assert ended
    for path in ("/handelser", f"/handelser/{reference}", "/sok?q=tabletter"):
        page = client.get(path)
        assert page.status_code == 200 and "Blå" in page.text, path
