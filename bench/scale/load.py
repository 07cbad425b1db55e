"""What the scale benchmark does to the services: members in the store, reports in over
SMTP (Postfix's smtp-source, which writes each message with its own Message-Id), and one
red warning approved so that every member gets a notice. Synthetic addresses only."""

from __future__ import annotations

import secrets
import smtplib
import subprocess
import time
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import psycopg
from common import insert_members, settle

SMTP_SOURCE = "/usr/sbin/smtp-source"
MODERATOR = "moderator@fhm.example.se"
DOMAIN = "vsn.example.se"


@dataclass(frozen=True)
class Timing:
    seconds: float
    count: int

    @property
    def rate(self) -> float:
        return self.count / self.seconds if self.seconds > 0 else 0.0


class Store:
    """Counting rows with psycopg directly: the benchmark's own polling stays cheap."""

    def __init__(self, url: str) -> None:
        self.conn = psycopg.connect(url.replace("+psycopg", ""), autocommit=True)

    def one(self, sql: str, *params: object) -> object:
        row = self.conn.execute(sql, params).fetchone()  # type: ignore[arg-type]
        return row[0] if row else None

    def done(self) -> int:
        return int(self.one("SELECT count(*) FROM inbound_mail WHERE status = 'done'"))

    def notices(self, status: str | None = None) -> int:
        if status is None:
            return int(self.one("SELECT count(*) FROM outbox WHERE kind = 'notice'"))
        return int(self.one("SELECT count(*) FROM outbox WHERE kind = 'notice' AND status = %s",
                            status))

    def close(self) -> None:
        self.conn.close()


def seed_members(url: str, n: int) -> None:
    """n synthetic members in one statement (the schema exists: `vsn db upgrade`)."""
    from store.db import make_engine

    engine = make_engine(url)
    insert_members(engine, n)
    engine.dispose()


def smtp_source(port: int, count: int, sessions: int, size: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [SMTP_SOURCE, "-s", str(sessions), "-m", str(count), "-l", str(size),
         "-S", "Gul: blå tabletter märkta K9 på sprutbytet", "-f",
         "anna.lindqvist@malmo.example.se", "-t", f"vsn@{DOMAIN}", "-M", "bench.example",
         f"127.0.0.1:{port}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def intake(store: Store, ports: list[int], reports: int, sessions: int,
           size: int = 1800) -> tuple[Timing, float]:
    """Reports in over all gateways at once until every one is processed (status done).
    Returns the timing and when the last 250 came (seconds after the start)."""
    before = store.done()
    shares = [reports // len(ports) + (i < reports % len(ports)) for i in range(len(ports))]
    per_gateway = max(1, sessions // len(ports))
    started = time.perf_counter()
    loads = [smtp_source(p, n, per_gateway, size) for p, n in zip(ports, shares, strict=True)]
    for load in loads:
        _, err = load.communicate(timeout=600)
        if load.returncode != 0:
            raise RuntimeError(f"smtp-source failed: {err[-500:]}")
    accepted = time.perf_counter() - started
    settle(lambda: store.done() >= before + reports, timeout=1800)
    return Timing(time.perf_counter() - started, reports), accepted


def fanout(store: Store, ports: list[int], members: int) -> tuple[Timing, float]:
    """A red warning approved by reply: from the reply's hand-over until every notice is
    sent (the sink said 250). Returns the timing and when all were queued."""
    review = _review(store, ports[0])
    reply = EmailMessage()
    reply["From"] = MODERATOR
    reply["To"] = str(review["Reply-To"])
    reply["Subject"] = "SV: " + str(review["Subject"])
    reply["Message-ID"] = f"<{secrets.token_hex(8)}@fhm.example.se>"
    reply.set_content("GODKÄNN\n")
    started = time.perf_counter()
    _send(ports[-1], reply)
    settle(lambda: store.notices() >= members, timeout=600, poll=0.02)
    queued = time.perf_counter() - started
    settle(lambda: store.notices("sent") >= members, timeout=1800)
    return Timing(time.perf_counter() - started, members), queued


def _review(store: Store, port: int) -> EmailMessage:
    newest = store.one("SELECT coalesce(max(id), 0) FROM outbox WHERE kind = 'review'")
    msg = EmailMessage()
    msg["From"] = "handlaggare@kommun-a.example.se"
    msg["To"] = f"vsn@{DOMAIN}"
    msg["Subject"] = "RÖD: fentanyl i falska oxykodontabletter"
    msg["Message-ID"] = f"<{secrets.token_hex(8)}@kommun-a.example.se>"
    msg.set_content("Blå tabletter märkta M30 med fentanyl har hittats. Var vaksamma.")
    _send(port, msg)
    settle(lambda: int(store.one("SELECT count(*) FROM outbox WHERE kind = 'review' "
                                 "AND id > %s", newest)) > 0, timeout=300)
    raw = store.one("SELECT raw FROM outbox WHERE kind = 'review' AND id > %s "
                    "ORDER BY id DESC LIMIT 1", newest)
    assert isinstance(raw, bytes)
    parsed = BytesParser(policy=policy.default).parsebytes(raw, headersonly=True)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _send(port: int, msg: EmailMessage) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
        client.send_message(msg)
