"""Load generation with Postfix's `smtp-source`: one timed run, a rate in messages per second.

smtp-source writes each message itself, with its own Message-Id, so `vsn serve` files
every one as a new report (identical bytes would be recorded as duplicates, which costs
the workers far less than parsing, scanning and writing review mail).
"""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass

SMTP_SOURCE = "/usr/sbin/smtp-source"
SENDER = "anna.lindqvist@malmo.example.se"
RECIPIENT = "vsn@vsn.example.se"
SUBJECT = "Gul: blå tabletter märkta K9 på sprutbytet"
HEADERS = 200  # about what smtp-source adds to the payload: From, To, Date, Message-Id, Subject


@dataclass(frozen=True)
class Run:
    messages: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.messages / self.seconds if self.seconds > 0 else 0.0


class LoadFailed(RuntimeError):
    pass


def send(port: int, size: int, sessions: int, count: int, timeout: float = 120.0) -> Run:
    """`count` messages of about `size` bytes over `sessions` parallel sessions, a new
    connection for each message.

    smtp-source exits non-zero on any answer other than the expected 2xx/3xx, so a
    finished run means every message was accepted.
    """
    command = [SMTP_SOURCE, "-s", str(sessions), "-m", str(count), "-l", str(size - HEADERS),
               "-S", SUBJECT, "-f", SENDER, "-t", RECIPIENT, "-M", "bench.example",
               f"127.0.0.1:{port}"]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise LoadFailed(f"smtp-source to port {port} failed: {done.stderr.strip()[-500:]}")
    return Run(count, seconds)
