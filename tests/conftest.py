from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from support import Server, free_port, write_config


@pytest.fixture
def server_factory(tmp_path: Path) -> Iterator[object]:
    started: list[Server] = []

    def make(extra: str = "", **kwargs: object) -> Server:
        port = free_port()
        write_config(tmp_path, port, extra, **kwargs)  # type: ignore[arg-type]
        server = Server(tmp_path, port)
        if "store_url" in kwargs:
            server.store_url = str(kwargs["store_url"])
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def postgres() -> Iterator[object]:
    from servers.postgres import running_postgres

    with running_postgres() as server:
        yield server


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty store: a SQLite file, and (integration) a database of its own on the
    session's PostgreSQL server. Tests taking it run on both."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'var' / 'vsn.sqlite3'}"
    server = request.getfixturevalue("postgres")
    return str(server.create_database(f"t_{uuid.uuid4().hex[:16]}"))
