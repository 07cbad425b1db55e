"""Red-report latency: from the DATA command of a red report to its review mail handed to the
relay (timestamp taken when the relay, a local aiosmtpd sink, has the whole message).

    .venv/bin/python bench/red/run.py [--reports 100] [--warmup 3]

Starts `vsn serve` as an operator would (config.toml, SQLite, workers) with
`[delivery] url = "smtp://127.0.0.1:<sink>"`, sends red reports with personal data one at
a time and prints p50 / p95 / max. Goal: p50 <= 1 s.
"""

from __future__ import annotations

import argparse
import os
import signal
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from email import policy
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import INTAKE_UNLIMITED, free_port
from sink import Sink

MODERATOR = "mod1@fhm.example.se"
GOAL_P50 = 1.0


def personnummer(n: int) -> str:
    """A synthetic personnummer with a valid Luhn check digit (never a real person's)."""
    nine = f"{800101 + n % 27:06d}{100 + n % 800:03d}"
    total = sum(d // 10 + d % 10 for d in (int(c) * (2 - i % 2) for i, c in enumerate(nine)))
    return f"{nine[:6]}-{nine[6:]}{(10 - total % 10) % 10}"


def red_report(n: int) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Handläggare A <handlaggare@kommun-a.example.se>"
    msg["To"] = "vsn@vsn.example.se"
    msg["Subject"] = f"RÖD: fentanyl i falska oxykodontabletter bench-{n:04d}"
    msg.set_content(
        "Hej,\n\nIgår kväll hittades Kalle Svensson medvetslös i Malmö efter att ha tagit blå "
        f"tabletter märkta M30. Hans personnummer är {personnummer(n)}. Tabletterna såldes "
        "som oxykodon men innehöll enligt akuten fentanyl. Ring mig på 070-174 06 42.\n\n"
        "Mvh\nHandläggare A\nSocialtjänsten, Kommun A\n")
    return msg


def config(folder: Path, port: int, sink_port: int) -> Path:
    path = folder / "config.toml"
    path.write_text(f"""
[gateway]
listen = "127.0.0.1:{port}"
domain = "vsn.example.se"
[store]
url = "sqlite:///var/vsn.sqlite3"
[delivery]
url = "smtp://127.0.0.1:{sink_port}"
[moderation]
moderators = ["{MODERATOR}", "mod2@fhm.example.se"]
{INTAKE_UNLIMITED}[portal]
enabled = false
""", encoding="utf-8")
    return path


def start_server(folder: Path, port: int) -> subprocess.Popen[bytes]:
    log = open(folder / "serve.log", "ab")  # noqa: SIM115
    proc = subprocess.Popen([sys.executable, "-m", "mailgate.cli", "--config",
                             str(folder / "config.toml"), "serve"], cwd=folder, stdout=log,
                            stderr=subprocess.STDOUT, env=dict(os.environ, PYTHONUNBUFFERED="1"))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("vsn serve exited:\n" + (folder / "serve.log").read_text())
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc
        except OSError:
            time.sleep(0.05)
    raise SystemExit("vsn serve did not listen within 120 s")


def one(port: int, sink: Sink, n: int) -> tuple[float, float]:
    """Seconds from DATA to the 250 reply, and from DATA to the review at the relay."""
    raw = red_report(n).as_bytes(policy=policy.SMTP)
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
        client.ehlo()
        client.mail("handlaggare@kommun-a.example.se")
        client.rcpt("vsn@vsn.example.se")
        start = time.perf_counter()
        code, _ = client.data(raw)
        accepted = time.perf_counter()
    assert code == 250, code
    arrival = sink.wait(MODERATOR, f"bench-{n:04d}")
    return accepted - start, arrival.at - start


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--reports", type=int, default=100)
    args.add_argument("--warmup", type=int, default=3, help="reports sent first, not counted")
    opts = args.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-red-") as tmp:
        folder = Path(tmp)
        port, sink_port = free_port(), free_port()
        sink = Sink(sink_port)
        controller = sink.start()
        config(folder, port, sink_port)
        proc = start_server(folder, port)
        try:
            for n in range(opts.warmup):
                one(port, sink, 9000 + n)
            results = [one(port, sink, n) for n in range(opts.reports)]
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(60)
            controller.stop()
    report(results)
    return 0 if statistics.median(r for _, r in results) <= GOAL_P50 else 1


def report(results: list[tuple[float, float]]) -> None:
    to_250 = [a for a, _ in results]
    to_review = [r for _, r in results]
    print(f"red reports: {len(results)}, one at a time; review mail to the relay after DATA")
    print(f"  DATA -> 250           p50 {percentile(to_250, 50) * 1000:7.1f} ms   "
          f"p95 {percentile(to_250, 95) * 1000:7.1f} ms")
    print(f"  DATA -> review relay  p50 {percentile(to_review, 50) * 1000:7.1f} ms   "
          f"p95 {percentile(to_review, 95) * 1000:7.1f} ms   "
          f"max {max(to_review) * 1000:7.1f} ms")
    verdict = "met" if percentile(to_review, 50) <= GOAL_P50 else "NOT met"
    print(f"  goal p50 <= {GOAL_P50:.1f} s: {verdict}")


if __name__ == "__main__":
    sys.exit(main())
