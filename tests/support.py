"""Helpers shared by tests: free loopback ports, temporary configs, a running `vsn serve`,
and a reader for the Maildir outbox."""

from __future__ import annotations

import email
import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
T = TypeVar("T")


def free_port() -> int:
    """A free loopback port below 32768 (higher ones collide with client sockets)."""
    for _ in range(200):
        port = random.randint(20000, 32000)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port")


def wait_for(check: Callable[[], T], timeout: float = 30.0, what: str = "condition") -> T:
    """Poll `check` until it returns something truthy; fail the test after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def write_config(folder: Path, port: int, extra: str = "", *,
                 moderators: tuple[str, ...] = ("mod1@fhm.example.se", "mod2@fhm.example.se"),
                 store_url: str = "sqlite:///var/vsn.sqlite3") -> Path:
    mods = ", ".join(f'"{m}"' for m in moderators)
    text = f"""
[gateway]
listen = "127.0.0.1:{port}"
domain = "vsn.example.se"

[store]
url = "{store_url}"

[delivery]
url = "maildir://var/outbox"

[moderation]
moderators = [{mods}]

[workers]
poll_seconds = 0.2
{extra}
"""
    if "[portal]" not in extra:   # tests that want the portal give it a port of its own
        text += "\n[portal]\nenabled = false\n"
    path = folder / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


@dataclass
class Outbox:
    path: Path

    def messages(self) -> list[EmailMessage]:
        folder = self.path / "new"
        if not folder.is_dir():
            return []
        found = []
        for item in sorted(folder.iterdir()):
            msg = email.message_from_bytes(item.read_bytes(), policy=policy.default)
            assert isinstance(msg, EmailMessage)
            found.append(msg)
        return found

    def to(self, rcpt: str, subject_part: str = "") -> list[EmailMessage]:
        return [m for m in self.messages()
                if str(m["Delivered-To"]).lower() == rcpt.lower()
                and subject_part in str(m["Subject"])]

    def wait(self, rcpt: str, subject_part: str = "", count: int = 1,
             timeout: float = 30.0) -> list[EmailMessage]:
        return wait_for(lambda: len(found := self.to(rcpt, subject_part)) >= count and found,
                        timeout, f"{count} mail(s) to {rcpt} with {subject_part!r}")


def body(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


class Server:
    """`vsn serve` as a subprocess, as an operator would run it."""

    def __init__(self, folder: Path, port: int,
                 store_url: str = "sqlite:///var/vsn.sqlite3") -> None:
        self.folder = folder
        self.port = port
        self.store_url = store_url
        self.config = folder / "config.toml"
        self.proc: subprocess.Popen[bytes] | None = None
        self.outbox = Outbox(folder / "var" / "outbox")

    def vsn(self, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "mailgate.cli", "--config",
                               str(self.config), *args], input=stdin.decode() if stdin else None,
                              capture_output=True, text=True, cwd=self.folder, timeout=120)

    def start(self) -> Server:
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        log = open(self.folder / "serve.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mailgate.cli", "--config", str(self.config), "serve"],
            cwd=self.folder, stdout=log, stderr=subprocess.STDOUT, env=env)
        wait_for(self._listening, 60, "vsn serve to listen")
        return self

    def _listening(self) -> bool:
        assert self.proc is not None
        if self.proc.poll() is not None:
            raise AssertionError("vsn serve exited:\n" + self.log())
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                return True
        except OSError:
            return False

    def log(self) -> str:
        path = self.folder / "serve.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
