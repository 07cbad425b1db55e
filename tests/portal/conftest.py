from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from starlette.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent))

from portalkit import make_site

from portal.app import create_app
from portal.site import Site
from store.db import open_store


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    engine = open_store(store_url)
    yield engine
    engine.dispose()


@pytest.fixture
def site(engine: Engine) -> Site:
    return make_site(engine)


@pytest.fixture
def client(site: Site) -> Iterator[TestClient]:
    with TestClient(create_app(site), base_url="http://127.0.0.1:8080") as client:
        yield client
