"""Floods across one session and across senders, over real SMTP on loopback: recipients
per transaction are capped (452), and one client address is limited however many sender
addresses it rotates through (451), while another client is served."""

from __future__ import annotations

import smtplib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from mailgate.config.settings import from_mapping
from mailgate.errors import ConfigError
from mailgate.receive.acceptor import GatewayThread
from mailgate.receive.flood import SenderLimit
from mailgate.receive.spool import Spool
from store.db import create_schema, make_engine

from receive.conftest import settings_for
from receive.kit import Wire

RCPT = "vsn@vsn.example.se"
CAP = 5


@dataclass
class Gate:
    port: int
    engine: Engine

    def stored(self) -> list[tuple[str, str]]:
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT mail_from, rcpt_tos FROM inbound_mail ORDER BY id"))
            return [(str(r[0]), str(r[1])) for r in rows]


def _gate(tmp_path: Path, **limits: object) -> Iterator[Gate]:
    settings = settings_for(tmp_path)
    engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    create_schema(engine)
    spool = Spool(engine)
    spool.start()
    gateway = GatewayThread(settings.gateway, spool, SenderLimit(1000), **limits)  # type: ignore[arg-type]
    gateway.start()
    yield Gate(settings.gateway.port, engine)
    gateway.stop()
    spool.close()
    engine.dispose()


@pytest.fixture
def capped(tmp_path: Path) -> Iterator[Gate]:
    yield from _gate(tmp_path, max_recipients=CAP)


@pytest.fixture
def default(tmp_path: Path) -> Iterator[Gate]:
    yield from _gate(tmp_path)


@pytest.fixture
def limited(tmp_path: Path) -> Iterator[Gate]:
    yield from _gate(tmp_path, clients=SenderLimit(3))


def message(sender: str, n: int = 0) -> str:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, RCPT, f"Gul: iakttagelse {n}"
    msg.set_content("Blå tabletter märkta K9.\n")
    return msg.as_string()


def test_recipients_past_the_cap_are_answered_452(capped: Gate) -> None:
    with smtplib.SMTP("127.0.0.1", capped.port, timeout=30) as client:
        client.ehlo()
        client.mail("a@kommun.example.se")
        codes = [client.rcpt(RCPT)[0] for _ in range(CAP + 3)]
        assert codes == [250] * CAP + [452] * 3
        assert client.data(message("a@kommun.example.se"))[0] == 250
        # A new transaction starts counting again.
        client.mail("a@kommun.example.se")
        assert client.rcpt(RCPT)[0] == 250
        client.rset()
    (stored,) = capped.stored()
    assert stored[1].count(RCPT) == CAP


def test_ten_thousand_pipelined_rcpt_cost_nothing_past_the_cap(default: Gate) -> None:
    wire = Wire(default.port)   # the session: 10,000 RCPT TO, the default cap 50
    wire.command("EHLO mx.example.org")
    assert wire.command("MAIL FROM:<a@example.org>")[0] == 250
    codes: Counter[int] = Counter()
    for _ in range(10):
        wire.send(f"RCPT TO:<{RCPT}>\r\n".encode() * 1000)
        codes.update(wire.replies(1000))
    assert codes == Counter({250: 50, 452: 9950})
    assert wire.command("NOOP")[0] == 250   # the session is still served
    wire.close()


def test_one_client_rotating_senders_is_limited_another_client_is_not(limited: Gate) -> None:
    answers = []
    for n in range(5):   # five sender addresses, one client address
        sender = f"avsandare{n}@example{n}.org"
        with smtplib.SMTP("127.0.0.1", limited.port, timeout=30) as client:
            try:
                client.sendmail(sender, [RCPT], message(sender, n))
                answers.append(250)
            except smtplib.SMTPSenderRefused as exc:
                assert b"client address" in exc.smtp_error
                answers.append(exc.smtp_code)
    assert answers == [250, 250, 250, 451, 451]
    # Another client address (all of 127/8 is loopback) is served as usual.
    with smtplib.SMTP("127.0.0.1", limited.port, timeout=30,
                      source_address=("127.0.0.2", 0)) as client:
        client.sendmail("annan@region.example.se", [RCPT], message("annan@region.example.se"))
    assert [s for s, _ in limited.stored()][-1] == "annan@region.example.se"
    assert len(limited.stored()) == 4


def test_limits_are_read_from_intake(tmp_path: Path) -> None:
    settings = from_mapping({"intake": {"max_recipients": 7,
                                        "messages_per_client_per_minute": 0}},
                            source="test.toml", base_dir=tmp_path)
    assert (settings.intake.max_recipients, settings.intake.messages_per_client_per_minute) \
        == (7, 0)
    with pytest.raises(ConfigError, match="spam_header"):
        from_mapping({"intake": {"spam_header": "X-Spam: YES"}}, source="t.toml",
                     base_dir=tmp_path)
