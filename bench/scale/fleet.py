"""N `vsn serve` processes on one PostgreSQL database, each with its own folder, config and
SMTP port, all delivering to one smtp-sink; and the CPU time they (and PostgreSQL) use."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from common import INTAKE_UNLIMITED, free_port, listening
from pgserver import children

CONFIG = """
[gateway]
listen = "127.0.0.1:{port}"
domain = "vsn.example.se"
[store]
url = "{url}"
[delivery]
url = "smtp://127.0.0.1:{sink}"
connections = {connections}
[moderation]
moderators = ["moderator@fhm.example.se"]
[workers]
poll_seconds = 1.0
threads = {threads}
{INTAKE_UNLIMITED}[digest]
enabled = false
[portal]
enabled = false
"""


@dataclass
class Service:
    folder: Path
    port: int
    proc: subprocess.Popen[bytes]

    def log(self) -> str:
        return (self.folder / "serve.log").read_text(errors="replace")


def vsn(folder: Path, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "mailgate.cli", "--config",
                           str(folder / "config.toml"), *args], cwd=folder,
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"vsn {' '.join(args)} failed: {done.stderr[-2000:]}")
    return done.stdout


def write_config(folder: Path, url: str, sink: int, *, connections: int, threads: int) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    (folder / "config.toml").write_text(CONFIG.format(
        port=port, url=url, sink=sink, connections=connections, threads=threads,
        INTAKE_UNLIMITED=INTAKE_UNLIMITED),
        encoding="utf-8")
    return port


class Fleet:
    def __init__(self, root: Path, url: str, count: int, sink: int, *, connections: int = 4,
                 threads: int = 4) -> None:
        self.plan = []
        for n in range(count):
            folder = root / f"vsn{n}"
            self.plan.append((folder, write_config(folder, url, sink,
                                                   connections=connections, threads=threads)))
        self.services: list[Service] = []

    def __enter__(self) -> Fleet:
        for folder, port in self.plan:   # all at once, as a supervisor would start them
            log = open(folder / "serve.log", "ab")
            proc = subprocess.Popen([sys.executable, "-m", "mailgate.cli", "--config",
                                     str(folder / "config.toml"), "serve"], cwd=folder,
                                    stdout=log, stderr=subprocess.STDOUT,
                                    env=dict(os.environ, PYTHONUNBUFFERED="1"))
            self.services.append(Service(folder, port, proc))
        deadline = time.monotonic() + 180
        for service in self.services:
            while not listening(service.port):
                if service.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("vsn serve did not start:\n" + service.log()[-3000:])
                time.sleep(0.1)
        return self

    def __exit__(self, *exc: object) -> None:
        for service in self.services:
            if service.proc.poll() is None:
                service.proc.send_signal(signal.SIGTERM)
        for service in self.services:
            try:
                service.proc.wait(60)
            except subprocess.TimeoutExpired:
                service.proc.kill()
                service.proc.wait(10)

    @property
    def ports(self) -> list[int]:
        return [s.port for s in self.services]

    def pids(self) -> tuple[list[int], list[int]]:
        """The service processes, and their acceptor processes."""
        services = [s.proc.pid for s in self.services]
        return services, [c for pid in services for c in children(pid)]


TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of these processes (all their threads) so far."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / TICK


def machine_busy() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far, from /proc/stat."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]
    return (sum(values) - idle) / TICK, sum(values) / TICK


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])
