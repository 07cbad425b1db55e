"""The acceptor processes as `vsn serve` runs them: spool files, hand-off, tied lives."""

from __future__ import annotations

import os
import signal
import smtplib
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from mailgate.config.settings import Settings
from mailgate.receive import acceptors
from mailgate.receive.acceptors import Acceptors
from mailgate.receive.handoff import waiting
from store.db import create_schema, make_engine

from receive.conftest import settings_for
from support import Server, wait_for


class Started:
    def __init__(self, tmp_path: Path, acceptors: int = 1) -> None:
        self.settings: Settings = settings_for(tmp_path, acceptors=acceptors)
        self.url = f"sqlite:///{tmp_path / 'vsn.sqlite3'}"
        self.store: Engine = make_engine(self.url)
        create_schema(self.store)
        self.stored = threading.Event()
        self.exited = threading.Event()
        self.acceptor = Acceptors(self.settings.gateway, self.url, self.store,
                                  on_stored=self.stored.set, on_exit=self.exited.set,
                                  per_sender_per_minute=1000)

    def count(self, engine: Engine | None = None) -> int:
        with (engine or self.store).connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM inbound_mail")).scalar_one())


@pytest.fixture
def started(tmp_path: Path) -> Iterator[Started]:
    found = Started(tmp_path)
    found.acceptor.start()
    yield found
    found.acceptor.stop()


def report() -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@kommun.example.se", "vsn@vsn.example.se", "Gul"
    msg.set_content("Blå tabletter i omlopp.")
    return msg


def test_mail_is_in_the_spool_at_250_and_reaches_the_store(started: Started) -> None:
    handoff = started.acceptor.handoff
    assert handoff is not None
    with smtplib.SMTP("127.0.0.1", started.settings.gateway.port) as client:
        assert client.send_message(report()) == {}
        kept = started.count(handoff.sources[0].engine) + started.count()
    assert kept >= 1  # committed somewhere durable before the 250 came back
    wait_for(lambda: started.count() == 1, 10, "the hand-off to the store")
    assert started.stored.wait(10)


def test_a_clean_stop_leaves_the_spool_empty(tmp_path: Path) -> None:
    run = Started(tmp_path)
    run.acceptor.start()
    with smtplib.SMTP("127.0.0.1", run.settings.gateway.port) as client:
        for _ in range(5):
            client.send_message(report())
    run.acceptor.stop()
    assert run.count() == 5
    assert run.acceptor.handoff is not None
    assert run.count(run.acceptor.handoff.sources[0].engine) == 0
    assert not run.exited.is_set()


def test_a_taken_port_fails_the_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(acceptors, "BIND_SECONDS", 0.2)
    run = Started(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", run.settings.gateway.port))
        taken.listen()
        with pytest.raises(RuntimeError, match="cannot listen"):
            run.acceptor.start()
    assert not any(p.is_alive() for p in run.acceptor.processes)


SERVICE = """
import sys, time
from pathlib import Path
from mailgate.receive.acceptors import Acceptors
from mailgate.config.settings import from_mapping
from store.db import create_schema, make_engine
settings = from_mapping({"gateway": {"listen": sys.argv[1]}}, source="t", base_dir=Path("."))
store = make_engine(sys.argv[2])
create_schema(store)
acceptor = Acceptors(settings.gateway, sys.argv[2], store, lambda: None, lambda: None,
                     per_sender_per_minute=100)
acceptor.start()
print(acceptor.processes[0].pid, flush=True)
time.sleep(600)
"""


def test_the_acceptor_stops_when_the_service_dies(tmp_path: Path) -> None:
    port = settings_for(tmp_path).gateway.port
    service = subprocess.Popen([sys.executable, "-c", SERVICE, f"127.0.0.1:{port}",
                                f"sqlite:///{tmp_path / 'vsn.sqlite3'}"],
                               stdout=subprocess.PIPE, text=True)
    try:
        assert service.stdout is not None
        child = int(service.stdout.readline())
        service.kill()  # no chance to stop anything
        service.wait(10)
        wait_for(lambda: not _alive(child), 15, "the orphaned acceptor to exit")
    finally:
        if service.poll() is None:
            service.kill()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_the_service_hears_when_the_acceptor_dies(started: Started) -> None:
    pid = started.acceptor.processes[0].pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    assert started.exited.wait(10)


def test_two_acceptors_share_the_port_and_both_spools_reach_the_store(tmp_path: Path) -> None:
    run = Started(tmp_path, acceptors=2)
    run.acceptor.start()
    try:
        assert len(run.acceptor.processes) == 2
        for _ in range(40):  # a new connection each: the kernel spreads them over both
            with smtplib.SMTP("127.0.0.1", run.settings.gateway.port) as client:
                assert client.send_message(report()) == {}
        wait_for(lambda: run.count() == 40, 15, "the hand-off of both spools")
    finally:
        run.acceptor.stop()
    assert run.acceptor.handoff is not None
    spools = [run.count(s.engine) for s in run.acceptor.handoff.sources]
    assert spools == [0, 0]


def test_a_second_service_on_the_same_port_is_refused(started: Started, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(acceptors, "BIND_SECONDS", 0.2)
    second = Started(tmp_path / "second")
    second.acceptor = Acceptors(started.settings.gateway, second.url, second.store,
                                on_stored=lambda: None, on_exit=lambda: None,
                                per_sender_per_minute=100)
    with pytest.raises(RuntimeError, match="cannot listen"):
        second.acceptor.start()
    with smtplib.SMTP("127.0.0.1", started.settings.gateway.port) as client:
        assert client.send_message(report()) == {}
    wait_for(lambda: started.count() == 1, 10, "the first service to keep the mail")


def test_one_acceptor_dying_stops_the_service(tmp_path: Path) -> None:
    run = Started(tmp_path, acceptors=2)
    run.acceptor.start()
    try:
        pid = run.acceptor.processes[1].pid
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
        assert run.exited.wait(10)
    finally:
        run.acceptor.stop()


def two_acceptors(server_factory, **kwargs: object) -> Server:  # type: ignore[no-untyped-def]
    server = server_factory(**kwargs)
    config = server.config.read_text(encoding="utf-8")
    server.config.write_text(config.replace('domain = "vsn.example.se"',
                                            'domain = "vsn.example.se"\nacceptors = 2'),
                             encoding="utf-8")
    return server.start()


def children(pid: int) -> list[int]:
    found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(p) for p in found]


def test_vsn_serve_with_two_acceptors_stops_clean_and_keeps_every_message(
        server_factory, store_url: str) -> None:  # type: ignore[no-untyped-def]
    server = two_acceptors(server_factory, store_url=store_url)
    for _ in range(20):
        with smtplib.SMTP("127.0.0.1", server.port) as client:
            assert client.send_message(report()) == {}
    assert server.proc is not None
    server.proc.send_signal(signal.SIGTERM)
    assert server.proc.wait(60) == 0
    assert count_rows(make_engine(store_url)) == 20
    if store_url.startswith("sqlite"):  # PostgreSQL: the acceptors write into the store
        var = server.folder / "var"
        assert sorted(p.name for p in var.glob("vsn-intake*.sqlite3")) == \
            ["vsn-intake-1.sqlite3", "vsn-intake-2.sqlite3"]
        assert waiting(store_url) == 0


def test_vsn_serve_exits_1_when_one_of_its_acceptors_dies(server_factory) -> None:  # type: ignore[no-untyped-def]
    server = two_acceptors(server_factory)
    assert server.proc is not None
    acceptors_ = [p for p in children(server.proc.pid)
                  if "spawn_main" in Path(f"/proc/{p}/cmdline").read_text()]
    assert len(acceptors_) == 2
    os.kill(acceptors_[1], signal.SIGKILL)
    assert server.proc.wait(60) == 1  # a supervisor's "restart on failure" brings all back
    wait_for(lambda: not _alive(acceptors_[0]), 30, "the other acceptor to stop too")


def count_rows(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM inbound_mail")).scalar_one())
