"""Poison mail against `vsn serve`: do ordinary reports still reach the moderators while a
message that takes very long to scan is in the queue, and does SIGTERM still stop it?

    .venv/bin/python -m bench.poison.service [--reports 50] [--interval 0.25] [--poison-mb 3]
    .venv/bin/python -m bench.poison service-p95 service-sigterm     (the same, as cells)

Starts `vsn serve` on the shipped defaults (SQLite, Maildir delivery) twice in fresh
folders. The anchor run gets 50 ordinary reports, one every `interval` seconds; the poison
run first gets a poison mail (3 MB of lines dense with invented names, Luhn-valid
synthetic personnummer and phone numbers: dense.py), waits until a worker is scanning it,
then the same 50 reports. Measured for the ordinary reports: seconds from the 250 reply to their
review mail in the Maildir (the file's time); then a second poison mail is sent and, as
soon as a worker has it, SIGTERM: seconds to the process's exit, and what became of that
row (given back, attempt uncounted).

Goals (issue 13): p95 to review <= 10 s with the poison in the queue; SIGTERM to exit <= 10 s.
"""

from __future__ import annotations

import argparse
import functools
import os
import signal
import smtplib
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.common import INTAKE_UNLIMITED
from bench.poison.cells import Measure
from bench.poison.dense import dense_text

MODERATOR = "mod1@fhm.example.se"
REPORTER = "handlaggare@kommun-a.example.se"
GOAL_P95, GOAL_STOP = 10.0, 10.0
def mail(subject: str, text: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = REPORTER, "vsn@vsn.example.se", subject
    msg.set_content(text)
    return msg


def ordinary(n: int) -> EmailMessage:
    return mail(f"GUL: blå tabletter märkta M30 bench-{n:04d}",
                "Hej,\n\nIgår hittades en klient medvetslös i Malmö efter blå tabletter "
                f"märkta M30. Ring mig på 070-174 06 {n % 100:02d}.\n\nMvh\nHandläggare A\n")


@dataclass
class Serve:
    folder: Path
    port: int
    proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        (self.folder / "config.toml").write_text(f"""
[gateway]
listen = "127.0.0.1:{self.port}"
domain = "vsn.example.se"
[store]
url = "sqlite:///var/vsn.sqlite3"
[delivery]
url = "maildir://var/outbox"
[moderation]
moderators = ["{MODERATOR}", "mod2@fhm.example.se"]
{INTAKE_UNLIMITED}[portal]
enabled = false
""", encoding="utf-8")
        log = open(self.folder / "serve.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mailgate.cli", "--config", "config.toml", "serve"],
            cwd=self.folder, stdout=log, stderr=subprocess.STDOUT,
            env=dict(os.environ, PYTHONUNBUFFERED="1"))
        until(self._listening, 120, "vsn serve to listen")

    def _listening(self) -> bool:
        assert self.proc is not None
        if self.proc.poll() is not None:
            raise SystemExit("vsn serve exited:\n" + (self.folder / "serve.log").read_text())
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
            return True
        except OSError:
            return False

    def send(self, msg: EmailMessage) -> float:
        """Time of the 250."""
        with smtplib.SMTP("127.0.0.1", self.port, timeout=120) as client:
            client.send_message(msg)
        return time.time()

    def status(self, sql: str) -> list[tuple[object, ...]]:
        with sqlite3.connect(self.folder / "var" / "vsn.sqlite3", timeout=30) as db:
            return db.execute(sql).fetchall()

    def reviews(self) -> dict[str, float]:
        """bench-NNNN -> when its review to MODERATOR was written to the Maildir."""
        found: dict[str, float] = {}
        folder = self.folder / "var" / "outbox" / "new"
        for path in folder.iterdir() if folder.is_dir() else []:
            msg = message_from_bytes(path.read_bytes(), policy=policy.default)
            subject = str(msg["Subject"] or "")
            if str(msg["Delivered-To"]).lower() == MODERATOR and "bench-" in subject:
                tag = subject[subject.index("bench-"):][:10]
                found[tag] = path.stat().st_mtime
        return found

    def stop(self) -> float:
        """Seconds from SIGTERM to exit."""
        assert self.proc is not None
        began = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(120)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        return time.monotonic() - began


def until(check: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(0.05)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def ordinary_run(serve: Serve, reports: int, interval: float) -> list[float]:
    """Seconds from 250 to review for each ordinary report."""
    accepted = {}
    for n in range(reports):
        accepted[f"bench-{n:04d}"] = serve.send(ordinary(n))
        time.sleep(interval)
    until(lambda: len(serve.reviews()) >= reports, 600, "every review")
    reviewed = serve.reviews()
    return [max(0.0, reviewed[tag] - at) for tag, at in accepted.items()]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def run(opts: argparse.Namespace, poison: bool) -> tuple[list[float], float, str]:
    """Latencies of the ordinary reports (behind a poison mail or not); then SIGTERM, with
    a second poison mail in a worker's hands (or idle), and what became of that row."""
    with tempfile.TemporaryDirectory(prefix="bench-poison-") as tmp:
        serve = Serve(Path(tmp), free_port())
        serve.start()
        text = dense_text(int(opts.poison_mb * 1_000_000)) if poison else ""
        state = "-"
        try:
            if poison:
                serve.send(mail("GUL: vidarebefordrad tråd", text))
                until(lambda: serve.status("SELECT count(*) FROM inbound_mail WHERE status "
                                           "!= 'received'")[0][0] == 1,
                      120, "a worker to take the poison mail")
            latencies = ordinary_run(serve, opts.reports, opts.interval)
            if poison:  # another one, in hand when SIGTERM comes
                serve.send(mail("GUL: vidarebefordrad tråd igen", text))
                last = "(SELECT max(id) FROM inbound_mail)"
                until(lambda: serve.status(f"SELECT status FROM inbound_mail WHERE id = {last}")
                      == [("processing",)], 120, "a worker to take the second poison mail")
        finally:
            stop = serve.stop()
        if poison:
            after = serve.status("SELECT status, attempts FROM inbound_mail "
                                 "WHERE id = (SELECT max(id) FROM inbound_mail)")
            state = f"in hand at SIGTERM, after it {after[0]}"
    return latencies, stop, state


@dataclass(frozen=True)
class Figures:
    anchor: list[float]
    anchor_stop: float
    poisoned: list[float]
    stop: float
    state: str


def measure(opts: argparse.Namespace) -> Figures:
    anchor, anchor_stop, _ = run(opts, poison=False)
    poisoned, stop, state = run(opts, poison=True)
    return Figures(anchor, anchor_stop, poisoned, stop, state)


@functools.cache
def _default_figures() -> Figures:
    return measure(options([]))


def service_p95() -> Measure:
    """Cell: p95 from 250 to review for ordinary reports behind the poison mail."""
    f = _default_figures()
    return Measure("ordinary reports behind a 3 MB poison mail, p95 250 -> review",
                   percentile(f.poisoned, 95), "s", GOAL_P95,
                   "the same reports without it", percentile(f.anchor, 95))


def service_sigterm() -> Measure:
    """Cell: SIGTERM to exit with the poison mail in a worker's hands."""
    f = _default_figures()
    return Measure("SIGTERM to exit with the poison mail in hand", f.stop, "s", GOAL_STOP,
                   "an idle service", f.anchor_stop, note=f"poison row {f.state}")


def options(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=50)
    parser.add_argument("--interval", type=float, default=0.25,
                        help="seconds between ordinary reports")
    parser.add_argument("--poison-mb", type=float, default=3.0)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    opts = options(argv)
    f = measure(opts)
    a95, p95 = percentile(f.anchor, 95), percentile(f.poisoned, 95)
    print(f"{opts.reports} ordinary reports, one every {opts.interval:g} s; "
          f"250 -> review mail in the Maildir")
    print(f"  anchor (no poison)    p50 {percentile(f.anchor, 50):6.2f} s   p95 {a95:6.2f} s"
          f"   SIGTERM -> exit {f.anchor_stop:5.2f} s")
    print(f"  behind {opts.poison_mb:g} MB poison   p50 {percentile(f.poisoned, 50):6.2f} s   "
          f"p95 {p95:6.2f} s   SIGTERM -> exit {f.stop:5.2f} s (poison row {f.state})")
    print(f"  ratio to anchor: p95 {p95 / max(a95, 1e-6):.2f}x, "
          f"SIGTERM {f.stop / max(f.anchor_stop, 1e-6):.2f}x")
    met_p95, met_stop = p95 <= GOAL_P95, f.stop <= GOAL_STOP
    print(f"  goal p95 <= {GOAL_P95:g} s: {'met' if met_p95 else 'NOT met'}; "
          f"goal SIGTERM -> exit <= {GOAL_STOP:g} s: {'met' if met_stop else 'NOT met'}")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0 if met_p95 and met_stop else 1


if __name__ == "__main__":
    sys.exit(main())
