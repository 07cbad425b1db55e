"""`vsn serve` as a process a test can freeze and kill, with its relay, and what it sent.

Kill points are reached by observing state, never by waiting a while: the relay holds a
message unanswered (sink.py), or the store shows a row claimed and not yet done, and the
process is frozen with SIGSTOP before that state is checked again and SIGKILL lands.
"""

from __future__ import annotations

import os
import signal
import smtplib
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from mailgate.receive.handoff import waiting

from .sink import Sink
from mailflow import reply_to
from support import Server, free_port, wait_for, write_config

MODERATORS = ("mod1@fhm.example.se", "mod2@fhm.example.se")
# Subjects start so (Sink.count).
REVIEW, ACK, PUBLISHED = "[VSN-granskning", "Mottaget", "Publicerad"
RED, DIGEST = "[VSN RÖD]", "VSN veckosammanfattning"
PROCESSING = "SELECT count(*) FROM inbound_mail WHERE status = 'processing'"
REPORTS = "SELECT count(*) FROM report"
# ~30 KB of text full of findings: scanning it takes about a second here, so the report
# is seen claimed, and still not done once the process is frozen.
LONG = ("Igår kväll hittades en klient medvetslös i Malmö efter blå tabletter märkta M30. "
        "Anna Svensson på Storgatan 12 ringde 070-174 06 42. ") * 220


def relay_config(folder: Path, relay_port: int, extra: str = "", *,
                 store_url: str = "sqlite:///var/vsn.sqlite3") -> Server:
    """A serve config delivering to the relay on `relay_port`, retrying after 0.2 s."""
    port = free_port()
    path = write_config(folder, port, extra, store_url=store_url)
    path.write_text(path.read_text().replace(
        'url = "maildir://var/outbox"',
        f'url = "smtp://127.0.0.1:{relay_port}"\nretry_base_seconds = 0.2'))
    return Server(folder, port)


@contextmanager
def serve_with_relay(folder: Path, extra: str = "", *,
                     store_url: str | None = None) -> Iterator[Faulty]:
    url = store_url or f"sqlite:///{folder / 'var' / 'vsn.sqlite3'}"
    with Sink(free_port()) as sink:
        faulty = Faulty(relay_config(folder, sink.port, extra, store_url=url), sink, url)
        try:
            yield faulty
        finally:
            faulty.thaw()   # a test that failed while it was frozen
            faulty.server.stop()
            faulty.store.dispose()


class Faulty:
    """One `vsn serve`, its relay, and the ways a test hurts them."""

    def __init__(self, server: Server, sink: Sink, store_url: str) -> None:
        self.server = server
        self.sink = sink
        self.store_url = store_url
        self.store: Engine = create_engine(store_url, pool_pre_ping=True)

    # -- process -----------------------------------------------------------------------
    @property
    def pid(self) -> int:
        assert self.server.proc is not None
        return self.server.proc.pid

    def start(self) -> Faulty:
        self.server.start()
        return self

    def freeze(self) -> None:
        """SIGSTOP the service process: its threads stop where they are; the acceptor
        process (a child) keeps answering SMTP."""
        os.kill(self.pid, signal.SIGSTOP)

    def thaw(self) -> None:
        proc = self.server.proc
        if proc is not None and proc.poll() is None:
            os.kill(proc.pid, signal.SIGCONT)

    def kill(self) -> None:
        """SIGKILL the service process, as a crash would; its acceptor and helper
        processes must see it and exit, so the port is free for the next start."""
        children = children_of(self.pid)
        self.server.kill()
        wait_for(lambda: not any(alive(pid) for pid in children), 30,
                 "the acceptor process to exit after its parent was killed")
        wait_for(lambda: self.sink.unanswered() == 0, 30,
                 "the relay to drop the killed sender's unanswered messages")

    def restart(self) -> Faulty:
        self.sink.release()
        return self.start()

    # -- mail in -------------------------------------------------------------------------
    def send(self, msg: EmailMessage) -> None:
        with smtplib.SMTP("127.0.0.1", self.server.port, timeout=30) as client:
            client.send_message(msg)

    def decide(self, review_of: str, word: str = "GODKÄNN") -> None:
        review = self.review(review_of)
        self.send(reply_to(review, MODERATORS[0], word))

    def review(self, title: str) -> EmailMessage:
        found = wait_for(lambda: [d for d in self.sink.to(MODERATORS[0], REVIEW)
                                  if title in d.subject], 60, f"the review of {title!r}")
        return parse(found[0].raw)

    # -- store -------------------------------------------------------------------------
    def scalar(self, sql: str, **params: object) -> int:
        with self.store.connect() as conn:
            return int(conn.execute(text(sql), params).scalar_one())

    def in_spool(self) -> int:
        return waiting(self.store_url)

    def idle(self) -> bool:
        if self.in_spool():
            return False
        return self.scalar(
            "SELECT (SELECT count(*) FROM inbound_mail WHERE status IN ('received','processing'))"
            " + (SELECT count(*) FROM outbox WHERE status IN ('queued','sending'))") == 0

    def settle(self, timeout: float = 90.0) -> None:
        wait_for(self.idle, timeout, "every queue to drain")


def report(sender: str, title: str, text: str = "Inga personuppgifter här.") -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"] = sender, "vsn@vsn.example.se"
    msg["Subject"] = f"RÖD: {title}"
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@kommun.example.se>"
    msg.set_content(f"{title}.\n\n{text}\n")
    return msg


def parse(raw: bytes) -> EmailMessage:
    from email import message_from_bytes, policy

    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def import_members(faulty: Faulty, count: int) -> list[str]:
    emails = [f"medlem{n:04d}@kommun-{n % 7}.example.se" for n in range(count)]
    csv = "email,name,organisation,region\n" + "".join(
        f"{e},Medlem {n},Org {n % 7},Region {n % 3}\n" for n, e in enumerate(emails))
    (faulty.server.folder / "members.csv").write_text(csv, encoding="utf-8")
    result = faulty.server.vsn("members", "import", "members.csv")
    assert result.returncode == 0, result.stderr
    return emails


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rpartition(")")[2].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    """Running or asleep; a zombie nobody reaped has let go of its sockets."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"
