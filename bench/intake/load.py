"""Load generation with Postfix's `smtp-source`: one timed run, a rate in messages per second."""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

SMTP_SOURCE = "/usr/sbin/smtp-source"
SENDER = "anna.lindqvist@malmo.example.se"
RECIPIENT = "vsn@vsn.example.se"


@dataclass(frozen=True)
class Run:
    messages: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.messages / self.seconds if self.seconds > 0 else 0.0


class LoadFailed(RuntimeError):
    pass


def send(port: int, message: Path, sessions: int, count: int, timeout: float = 120.0) -> Run:
    """`count` messages over `sessions` parallel sessions, a new connection for each message.

    smtp-source exits non-zero on any answer other than the expected 2xx/3xx, so a
    finished run means every message was accepted.
    """
    command = [SMTP_SOURCE, "-s", str(sessions), "-m", str(count), "-F", str(message),
               "-f", SENDER, "-t", RECIPIENT, "-M", "bench.example", f"127.0.0.1:{port}"]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise LoadFailed(f"smtp-source to port {port} failed: {done.stderr.strip()[-500:]}")
    return Run(count, seconds)
