"""The servers the benchmark sends to, each started and stopped by the benchmark itself.

- `smtp-sink`: Postfix's test server, answers at once and keeps nothing (the ceiling).
- `postfix`: a private Postfix accepting into its own on-disk queue and relaying on to a
  sink, i.e. what an organisation's MTA does with every message.
- `aiosmtpd-noop`: a plain aiosmtpd server that answers 250 and keeps nothing.
- `vsn`: `vsn serve` as an operator runs it: config.toml, SQLite (WAL, synchronous=FULL),
  workers parsing and scanning what arrives.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Protocol

from servers.postfix import PostfixInstance, SmtpSink
from support import free_port, wait_for

ROOT = Path(__file__).resolve().parents[2]
NOOP = Path(__file__).resolve().parent / "noop_server.py"


class Target(Protocol):
    name: str
    port: int

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def note(self) -> str: ...

    def pause(self) -> None: ...

    def resume(self) -> None: ...


class Idle:
    """Servers that do nothing between runs need no pausing."""

    def pause(self) -> None:
        pass

    def resume(self) -> None:
        pass


class Sink(Idle):
    name = "smtp-sink"

    def __init__(self) -> None:
        self.port = free_port()
        self.sink = SmtpSink(self.port)

    def start(self) -> None:
        self.sink.start()

    def stop(self) -> None:
        self.sink.stop()

    def note(self) -> str:
        return ""


class Postfix(Idle):
    name = "postfix"

    def __init__(self, folder: Path) -> None:
        self.port = free_port()
        self.relay = SmtpSink(free_port())
        self.instance = PostfixInstance(folder / "postfix", self.port,
                                        relay=("127.0.0.1", self.relay.port))

    def start(self) -> None:
        self.relay.start()
        self.instance.start()

    def stop(self) -> None:
        self.instance.stop()
        self.relay.stop()

    def note(self) -> str:
        return f"queue left: {self.instance.queue_size()}"


class Subprocess(Idle):
    """A Python server run as its own process; SIGTERM stops it."""

    def __init__(self, name: str, command: list[str], port: int, cwd: Path) -> None:
        self.name = name
        self.command = command
        self.port = port
        self.cwd = cwd
        self.log = cwd / f"{name}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(self.command, cwd=self.cwd, stdout=out,
                                         stderr=subprocess.STDOUT, start_new_session=True,
                                         env=dict(os.environ, PYTHONUNBUFFERED="1"))
        wait_for(self._listening, 60, f"{self.name} to listen")

    def _listening(self) -> bool:
        assert self.proc is not None
        if self.proc.poll() is not None:
            raise RuntimeError(f"{self.name} exited:\n{self.log.read_text()[-3000:]}")
        return _accepts(self.port)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.resume()
        self.signal(signal.SIGTERM)
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.signal(signal.SIGKILL)
            self.proc.wait(10)

    def signal(self, number: int) -> None:
        """To its whole process group: the server and any process it started."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, number)

    def note(self) -> str:
        return ""


def noop(folder: Path) -> Subprocess:
    port = free_port()
    return Subprocess("aiosmtpd-noop", [sys.executable, str(NOOP), str(port)], port, folder)


class Vsn(Subprocess):
    def __init__(self, folder: Path, acceptors: int | None = None, name: str = "vsn") -> None:
        folder.mkdir(parents=True, exist_ok=True)
        port = free_port()
        config = write_config(folder, port, acceptors)
        command = [sys.executable, "-m", "mailgate.cli", "--config", str(config), "serve"]
        super().__init__(name, command, port, folder)

    def pause(self) -> None:
        # Its workers go on parsing and scanning the backlog; stopped, they take no CPU
        # from the other targets' turns.
        self.signal(signal.SIGSTOP)

    def resume(self) -> None:
        self.signal(signal.SIGCONT)

    def note(self) -> str:
        spooled = sum(self.counts(p)[0] for p in (self.cwd / "var").glob("vsn-intake*.sqlite3"))
        stored, done = self.counts(self.cwd / "var" / "vsn.sqlite3")
        return (f"{spooled + stored} messages kept ({spooled} left in the intake spools), "
                f"{done} processed by the workers")

    def counts(self, path: Path) -> tuple[int, int]:
        if not path.exists():
            return 0, 0
        with sqlite3.connect(path, timeout=30) as db:
            row = db.execute("SELECT count(*), sum(status = 'done') FROM inbound_mail").fetchone()
        return int(row[0]), int(row[1] or 0)


def write_config(folder: Path, port: int, acceptors: int | None = None) -> Path:
    """The shipped config.toml with the listening port, the moderators and the flood limits
    changed (smtp-source sends everything from one sender and one client; the limits are
    still checked for each message, they just never refuse one), and the acceptors when
    given."""
    text = (ROOT / "config.toml").read_text(encoding="utf-8")
    for old, new in [('listen = "127.0.0.1:8025"', f'listen = "127.0.0.1:{port}"'),
                     ('moderators = ["moderator@vsn.example.se"]',
                      'moderators = ["mod1@fhm.example.se", "mod2@fhm.example.se"]'),
                     ("messages_per_sender_per_minute = 120",
                      "messages_per_sender_per_minute = 100000000"),
                     ("messages_per_client_per_minute = 600",
                      "messages_per_client_per_minute = 0"),
                     ("stranger_reports_per_hour = 20",
                      "stranger_reports_per_hour = 100000000")]:
        assert old in text, old
        text = text.replace(old, new)
    if acceptors is not None:
        text, found = re.subn(r"(?m)^acceptors = \d+$", f"acceptors = {acceptors}", text)
        assert found == 1, "config.toml: [gateway] acceptors"
    path = folder / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False
