"""The speed half of `run.py`: latency per 2 KB, start-up and memory, of the checkout and of
the service as `make serve` runs it.

The service runs from `.venv-serve`, its scanner compiled by mypyc (setup.py): the same
findings (`make check-compiled`), a third less CPU. Its figures are the ones the goals are
judged on when that install is there and not older than the sources (`make compiled`
builds it); the checkout's plain figures are printed beside them, and judged when it is not.
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVICE = ROOT / ".venv-serve"
SOURCES = ("mailgate", "digest", "store", "portal", "templates")  # as the Makefile: no .md
TEXT_BYTES = 2048
STARTS = 3  # fresh processes timed for the start-up figure; the least disturbed counts
REPEATS = 3  # each text is scanned this often; the warm figure takes the least disturbed run
STARTUP = """
import time
t0, c0 = time.perf_counter(), time.process_time()
from mailgate.scan import scan
scan("Klienten Erik Svensson, 070-123 45 67.")
t1, c1 = time.perf_counter(), time.process_time()
rss = int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0]) // 1024
print(f"{t1 - t0:.3f} {c1 - c0:.3f} {rss}")
"""
# Run by the service's Python: chunks in on stdin, first-scan and warm CPU ms out.
LATENCY = f"""
import json, sys, time
from mailgate.scan import scan, warm_up
warm_up()
first, warm = [], []
for chunk in json.load(sys.stdin):
    runs = []
    for _ in range({REPEATS}):
        c0 = time.thread_time()
        scan(chunk)
        runs.append((time.thread_time() - c0) * 1000)
    first.append(runs[0])
    warm.append(min(runs))
print(json.dumps([first, warm]))
"""


@dataclass
class Startup:
    wall: float  # seconds from import to the first result
    cpu: float  # CPU seconds of the same
    process: float  # wall seconds of the whole process, interpreter start included
    rss_mb: int


@dataclass
class Latency:
    wall: list[float]  # ms, first scan of each text, as a worker meets it
    cpu: list[float]  # CPU ms of this thread, same scans: judged, robust to machine load
    warm: list[float]  # CPU ms, best of REPEATS scans of the same text (caches warm)


def chunks_of(texts: list[str]) -> list[str]:
    """The texts joined and cut into pieces of TEXT_BYTES."""
    chunks, current = [], ""
    for text in texts:
        current += text + "\n\n"
        if len(current.encode()) >= TEXT_BYTES:
            chunks.append(current.encode()[:TEXT_BYTES].decode(errors="ignore"))
            current = ""
    return chunks


def service_python() -> Path | None:
    """The service's Python when its install is at least as new as every source file."""
    stamp = SERVICE / ".installed"
    if not stamp.exists():
        return None
    built = stamp.stat().st_mtime
    newest = max(p.stat().st_mtime for folder in SOURCES for p in (ROOT / folder).rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".md")
    return SERVICE / "bin" / "python" if built >= newest else None


def startup(python: str = sys.executable) -> Startup:
    """The least disturbed of STARTS fresh processes. The checkout's bytecode is written
    first, as an install has it (pip compiles at install): a checkout run with
    PYTHONDONTWRITEBYTECODE would otherwise compile every module from source each time. The
    service starts outside the checkout, so that its own install is imported."""
    compileall.compile_dir(ROOT / "mailgate", quiet=1)
    cwd = ROOT if python == sys.executable else SERVICE
    return min((_one_start(python, cwd) for _ in range(STARTS)), key=lambda s: s.cpu)


def _one_start(python: str, cwd: Path) -> Startup:
    t0 = time.perf_counter()
    out = subprocess.run([python, "-c", STARTUP], cwd=cwd, check=True,
                         capture_output=True, text=True).stdout.split()
    return Startup(float(out[0]), float(out[1]), time.perf_counter() - t0, int(out[2]))


def latencies(chunks: list[str]) -> Latency:
    """Scan costs of the chunks in this process, each scanned REPEATS times."""
    from mailgate.scan import scan, warm_up

    warm_up()  # as a service worker does at start: the engine built, the word lists frozen
    out = Latency([], [], [])
    for chunk in chunks:
        runs = []
        for _ in range(REPEATS):
            t0, c0 = time.perf_counter(), time.thread_time()
            scan(chunk)
            runs.append(((time.perf_counter() - t0) * 1000, (time.thread_time() - c0) * 1000))
        out.wall.append(runs[0][0])
        out.cpu.append(runs[0][1])
        out.warm.append(min(c for _, c in runs))
    return out


def service_latencies(python: Path, chunks: list[str]) -> Latency:
    """The same costs in the service's own process (its CPU figures only)."""
    out = subprocess.run([str(python), "-c", LATENCY], cwd=SERVICE, check=True,
                         input=json.dumps(chunks), capture_output=True, text=True).stdout
    first, warm = json.loads(out)
    return Latency([], first, warm)


def _p(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]


def _line(name: str, times: Latency, start: Startup) -> None:
    wall = (f"; wall p50 {_p(times.wall, 50):.2f} ms, p95 {_p(times.wall, 95):.2f} ms"
            if times.wall else "")
    print(f"{name}: latency per 2 KB ({len(times.cpu)} texts, first scan): CPU p50"
          f" {_p(times.cpu, 50):.2f} ms, p95 {_p(times.cpu, 95):.2f} ms{wall}; warm caches CPU"
          f" p50 {_p(times.warm, 50):.2f} ms")
    print(f"{name}: start-up to first result (least of {STARTS} processes, bytecode written):"
          f" CPU {start.cpu:.2f} s, wall {start.wall:.2f} s (whole process"
          f" {start.process:.2f} s); resident {start.rss_mb} MB")


def report_speed(texts: list[str], start: Startup) -> dict[str, bool]:
    """Print the checkout's figures and the service's; the goals, judged on the service's
    when its install is current."""
    chunks = chunks_of(texts)
    judged_times, judged_start = latencies(chunks), start
    _line("checkout (plain Python)", judged_times, start)
    python = service_python()
    if python is None:
        print("service: .venv-serve missing or older than the sources (`make compiled`):"
              " goals judged on the checkout")
    else:
        judged_times = service_latencies(python, chunks)
        judged_start = startup(str(python))
        _line("service (.venv-serve, compiled)", judged_times, judged_start)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: wall figures"
          " inflate under load, so goals are judged on CPU time")
    return {
        "p50 <= 10 ms per 2 KB": _p(judged_times.cpu, 50) <= 10,
        "start-up <= 2 s": judged_start.cpu <= 2,
        "resident <= 300 MB": judged_start.rss_mb <= 300,
    }
