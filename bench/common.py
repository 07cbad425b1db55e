"""What the fan-out and digest benchmarks share: ports, a temporary config, Postfix's
smtp-sink, seeding members fast, `vsn serve` as a subprocess, and a report taken through
review over SMTP. Synthetic addresses only."""

from __future__ import annotations

import os
import random
import secrets
import shutil
import smtplib
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
MODERATOR = "moderator@fhm.example.se"
DOMAIN = "vsn.example.se"


@dataclass(frozen=True)
class Ports:
    gateway: int
    sink: int


def free_port() -> int:
    """A free loopback port below 32768 (higher ones collide with client sockets)."""
    while True:
        port = random.randint(20000, 32000)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port


@contextmanager
def temp_config(*, connections: int, extra: str = "") -> Iterator[tuple[Path, Path, Ports]]:
    folder = Path(tempfile.mkdtemp(prefix="vsn-bench-"))
    ports = Ports(free_port(), free_port())
    config = folder / "config.toml"
    config.write_text(f"""
[gateway]
listen = "127.0.0.1:{ports.gateway}"
domain = "{DOMAIN}"
[store]
url = "sqlite:///var/vsn.sqlite3"
[delivery]
url = "smtp://127.0.0.1:{ports.sink}"
connections = {connections}
[moderation]
moderators = ["{MODERATOR}"]
[workers]
poll_seconds = 0.1
{extra}
""", encoding="utf-8")
    try:
        yield folder, config, ports
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class Sink:
    """Postfix's smtp-sink: accepts everything with 250, stores nothing."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Sink:
        binary = shutil.which("smtp-sink") or "/usr/sbin/smtp-sink"
        self.proc = subprocess.Popen([binary, "-u", "postfix", f"127.0.0.1:{self.port}", "1000"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        settle(lambda: listening(self.port), timeout=10)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.proc is not None
        self.proc.terminate()
        self.proc.wait(10)


def listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def settle(check: Callable[[], bool], *, timeout: float, poll: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark condition not reached")
        time.sleep(poll)


def plain_loop(port: int, messages: list[tuple[str, bytes]], connections: int) -> float:
    """The anchor: prebuilt messages through smtplib, one reused connection per thread."""
    lanes = [messages[i::connections] for i in range(connections)]

    def lane(part: list[tuple[str, bytes]]) -> None:
        with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
            for rcpt, raw in part:
                client.sendmail(f"vsn-bounces@{DOMAIN}", [rcpt], raw)

    threads = [threading.Thread(target=lane, args=(p,)) for p in lanes]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - started


def db_path(config: Path) -> Path:
    return config.parent / "var" / "vsn.sqlite3"


def seed_members(config: Path, n: int, *, choices: Callable[[int], dict[str, bool]] | None = None
                 ) -> None:
    """n synthetic members, inserted in one statement (the schema is created first)."""
    from mailgate.config.settings import load
    from store.db import open_store

    engine = open_store(load(config).store.url)
    insert_members(engine, n, choices=choices)
    engine.dispose()


def insert_members(engine: Any, n: int, *,
                   choices: Callable[[int], dict[str, bool]] | None = None) -> None:
    """n synthetic members into a store whose schema exists, in one statement."""
    from store.bulk import insert_many
    from store.db import session
    from store.models import Member
    from store.types import utcnow

    rows = [(f"medlem{i}@kommun{i % 290}.example.se", secrets.token_hex(8),
             _json(choices(i) if choices else {})) for i in range(n)]
    with session(engine) as s:
        insert_many(s, Member.__table__, {  # type: ignore[attr-defined]
            "name": "", "organisation": "", "org_type": "kommun", "role": "", "region": "",
            "status": "active", "joined_at": utcnow(), "bounce_score": 0.0, "digest": True},
            ("email", "verp", "immediate"), rows)


def _json(value: dict[str, bool]) -> str:
    import json

    return json.dumps(value)


def count(config: Path, kind: str, status: str | None = None) -> int:
    with sqlite3.connect(db_path(config), timeout=30) as conn:
        sql = "SELECT count(*) FROM outbox WHERE kind = ?" + (" AND status = ?" if status else "")
        return int(conn.execute(sql, (kind, status) if status else (kind,)).fetchone()[0])


# The benches send from one client and one or many senders: the flood limits and strangers'
# batching ([intake]) are not what they measure, so each bench's config lifts them.
INTAKE_UNLIMITED = """[intake]
messages_per_sender_per_minute = 100000000
messages_per_client_per_minute = 0
stranger_reports_per_hour = 100000000
"""


@contextmanager
def serve(config: Path, folder: Path, port: int) -> Iterator[subprocess.Popen[bytes]]:
    log = open(folder / "serve.log", "ab")  # noqa: SIM115
    proc = subprocess.Popen([sys.executable, "-m", "mailgate.cli", "--config", str(config),
                             "serve"], cwd=folder, stdout=log, stderr=subprocess.STDOUT,
                            env=dict(os.environ, PYTHONUNBUFFERED="1"))
    try:
        settle(lambda: listening(port) or proc.poll() is not None, timeout=120)
        if proc.poll() is not None:
            raise RuntimeError((folder / "serve.log").read_text(errors="replace"))
        yield proc
    finally:
        proc.terminate()
        proc.wait(60)
        log.close()


def send(port: int, msg: EmailMessage) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
        client.send_message(msg)


def submit_report(config: Path, port: int, *, red: bool, subject: str = "",
                  text: str = "") -> EmailMessage:
    """Send a report and return the review mail the moderator got (read from the store)."""
    before = count(config, "review")
    msg = EmailMessage()
    msg["From"] = "handlaggare@kommun-a.example.se"
    msg["To"] = f"vsn@{DOMAIN}"
    msg["Subject"] = subject or ("RÖD: " if red else "") + "fentanyl i falska oxykodontabletter"
    msg["Message-ID"] = f"<{secrets.token_hex(8)}@kommun-a.example.se>"
    msg.set_content(text or "Blå tabletter märkta M30 med fentanyl har hittats. Var vaksamma.")
    send(port, msg)
    settle(lambda: count(config, "review") > before, timeout=120)
    with sqlite3.connect(db_path(config), timeout=30) as conn:
        raw = conn.execute("SELECT raw FROM outbox WHERE kind = 'review' ORDER BY id DESC"
                           " LIMIT 1").fetchone()[0]
    review = BytesParser(policy=policy.default).parsebytes(raw, headersonly=True)
    assert isinstance(review, EmailMessage)
    return review


def approve(port: int, review: EmailMessage, command: str = "GODKÄNN") -> None:
    reply = EmailMessage()
    reply["From"] = MODERATOR
    reply["To"] = str(review["Reply-To"])
    reply["Subject"] = "SV: " + str(review["Subject"])
    reply["Message-ID"] = f"<{secrets.token_hex(8)}@fhm.example.se>"
    reply.set_content(f"{command}\n")
    send(port, reply)
