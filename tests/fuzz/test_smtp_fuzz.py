"""Random and mutated MIME through a real SMTP gateway: every 250 means the bytes are stored."""

from __future__ import annotations

import re
import smtplib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import select
from sqlalchemy.engine import Engine

from mailgate.config.settings import from_mapping
from mailgate.receive.acceptor import make_controller
from mailgate.receive.spool import Spool
from store.db import create_schema, make_engine
from store.models import InboundMail

from .budget import DERANDOMIZE, examples
from .strategies import any_message
from support import free_port

EXAMPLES = examples(60)


@dataclass
class Gateway:
    port: int
    engine: Engine
    accepted: int = 0


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    base = tmp_path_factory.mktemp("smtp-fuzz")
    port = free_port()
    config = from_mapping({"gateway": {"listen": f"127.0.0.1:{port}"},
                           "store": {"url": "sqlite:///store.sqlite3"}},
                          source="test", base_dir=Path(base))
    engine = make_engine(config.store.url)
    create_schema(engine)
    spool = Spool(engine)
    spool.start()
    controller = make_controller(config.gateway, spool)
    controller.start()
    try:
        yield Gateway(port, engine)
    finally:
        controller.stop()
        spool.close()


def on_the_wire(raw: bytes) -> bytes:
    # SMTP carries lines ending in CRLF; smtplib sends bytes as they are (real-servers.md).
    data = re.sub(rb"\r\n|\r|\n", b"\r\n", raw)
    return data if data.endswith(b"\r\n") else data + b"\r\n"


def stored_raw(engine: Engine) -> list[bytes]:
    table = InboundMail.__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        return [row[0] for row in conn.execute(select(table.c.raw).order_by(table.c.id))]


@settings(max_examples=EXAMPLES, deadline=None, derandomize=DERANDOMIZE,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(raw=any_message)
def test_every_accepted_message_is_stored_as_sent(gateway: Gateway, raw: bytes) -> None:
    data = on_the_wire(raw)
    with smtplib.SMTP("127.0.0.1", gateway.port, timeout=10) as client:
        try:
            client.sendmail("reporter@kommun.example.se", ["vsn@vsn.example.se"], data)
        except smtplib.SMTPDataError as refused:  # e.g. 500 Line too long: not accepted
            assert refused.smtp_code >= 400
            return
    gateway.accepted += 1
    rows = stored_raw(gateway.engine)
    assert len(rows) == gateway.accepted
    assert rows[-1] == data


def test_the_fuzz_reached_the_store(gateway: Gateway) -> None:
    # Runs after the property above (file order): most random mail must have been accepted,
    # or the property would hold vacuously.
    assert gateway.accepted >= EXAMPLES // 2
