from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from mailgate.config.settings import Imap
from mailgate.receive.spool import Spool
from store.db import create_schema, make_engine
from store.models import InboundMail

from servers.dovecot import Dovecot, dovecot  # noqa: F401  (the session fixture)


@pytest.fixture
def mailbox(dovecot: Dovecot) -> Dovecot:  # noqa: F811
    dovecot.empty()
    return dovecot


@pytest.fixture
def imap(mailbox: Dovecot) -> Imap:
    return Imap(host="127.0.0.1", port=mailbox.port, tls=False, user=mailbox.user,
                password=mailbox.password, folder="INBOX", processed_folder="INBOX.processed",
                poll_seconds=600.0)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    create_schema(engine)
    return engine


@pytest.fixture
def spool(engine: Engine) -> Iterator[Spool]:
    spool = Spool(engine)
    spool.start()
    yield spool
    spool.close()


def stored(engine: Engine) -> list[InboundMail]:
    table = InboundMail.__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        return list(conn.execute(select(table).order_by(table.c.id)))  # type: ignore[arg-type]


def count(engine: Engine) -> int:
    table = InboundMail.__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)
