from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from mailgate.config.settings import Settings, from_mapping
from mailgate.receive.acceptor import GatewayThread
from mailgate.receive.spool import Spool
from store.db import create_schema, make_engine

from support import free_port

MAX_SIZE = 64 * 1024


def settings_for(tmp_path: Path, max_size: int = MAX_SIZE, acceptors: int = 1) -> Settings:
    return from_mapping({"gateway": {"listen": f"127.0.0.1:{free_port()}",
                                     "max_message_size": max_size, "acceptors": acceptors}},
                        source="test", base_dir=tmp_path)


@dataclass
class Running:
    """A gateway in a thread, committing into `engine`."""

    port: int
    engine: Engine

    def rows(self) -> list[tuple[str, str, bytes]]:
        with self.engine.connect() as conn:
            found = conn.execute(text("SELECT mail_from, rcpt_tos, raw FROM inbound_mail"
                                      " ORDER BY id"))
            return [(str(r[0]), str(r[1]), bytes(r[2])) for r in found]


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Running]:
    settings = settings_for(tmp_path)
    engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    create_schema(engine)
    spool = Spool(engine)
    spool.start()
    gateway = GatewayThread(settings.gateway, spool)
    gateway.start()
    yield Running(settings.gateway.port, engine)
    gateway.stop()
    spool.close()
    engine.dispose()
