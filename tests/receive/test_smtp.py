"""The SMTP gateway over loopback with smtplib: what a sending MTA sees."""

from __future__ import annotations

import smtplib
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from mailgate.config.settings import from_mapping
from mailgate.receive.acceptor import make_controller
from mailgate.receive.spool import Spool
from store.db import create_schema, make_engine

from support import free_port


def settings_for(tmp_path: Path, max_size: int = 1024 * 1024):  # type: ignore[no-untyped-def]
    return from_mapping({"gateway": {"listen": f"127.0.0.1:{free_port()}",
                                     "max_message_size": max_size}},
                        source="test", base_dir=tmp_path)


@pytest.fixture
def gateway(tmp_path: Path) -> Iterator[tuple[int, str]]:
    settings = settings_for(tmp_path, max_size=64 * 1024)
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    engine = make_engine(url)
    create_schema(engine)
    spool = Spool(engine)
    spool.start()
    controller = make_controller(settings.gateway, spool)
    controller.start()
    yield settings.gateway.port, url
    controller.stop()
    spool.close()


def message(size: int = 100) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "sender@kommun.example.se"
    msg["To"] = "vsn@vsn.example.se"
    msg["Subject"] = "Test"
    msg.set_content("x" * size)
    return msg


def stored_count(url: str) -> int:
    with create_engine(url).connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM inbound_mail")).scalar_one())


def test_accepted_mail_is_committed_before_250(gateway: tuple[int, str]) -> None:
    port, url = gateway
    with smtplib.SMTP("127.0.0.1", port) as client:
        refused = client.send_message(message())
    assert refused == {}
    assert stored_count(url) == 1  # readable by another connection the moment 250 arrives


def test_recipient_outside_the_domain_gets_550(gateway: tuple[int, str]) -> None:
    port, url = gateway
    with smtplib.SMTP("127.0.0.1", port) as client:
        client.ehlo()
        client.mail("sender@kommun.example.se")
        code, _ = client.rcpt("someone@other.example.org")
        assert code == 550
        code, _ = client.rcpt("nobody@vsn.example.se")
        assert code == 550
        code, _ = client.rcpt("vsn-request@vsn.example.se")
        assert code == 250
    assert stored_count(url) == 0


def test_oversized_mail_gets_552_and_is_not_stored(gateway: tuple[int, str]) -> None:
    port, url = gateway
    with smtplib.SMTP("127.0.0.1", port) as client, \
            pytest.raises(smtplib.SMTPResponseException) as caught:
        client.send_message(message(size=200 * 1024))
    assert caught.value.smtp_code == 552
    assert stored_count(url) == 0


def test_store_failure_answers_451_and_writes_nothing(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")  # schema never created
    spool = Spool(engine)
    spool.start()
    controller = make_controller(settings.gateway, spool)
    controller.start()
    try:
        with smtplib.SMTP("127.0.0.1", settings.gateway.port) as client, \
                pytest.raises(smtplib.SMTPDataError) as caught:
            client.send_message(message())
        assert caught.value.smtp_code == 451
    finally:
        controller.stop()
        spool.close()
