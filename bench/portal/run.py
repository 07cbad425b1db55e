"""Portal benchmark: the events list, an event page and a search under 50 concurrent
logged-in clients, beside a minimal static page served by the same server in the same run.

    .venv/bin/python -m bench.portal [--events 10000] [--clients 50] [--rounds 5]
                                     [--seconds 2] [--think 0] [--store sqlite|postgresql]

A store with N published events (and their search index), 50 members and a portal session
for each is written first; then `vsn serve` runs with the portal, and an aiohttp client in
this process keeps `--clients` requests in flight (each client its own session cookie;
`--think` ms between a client's requests, 0 by default) for `--seconds` per kind of page,
the kinds taking turns for `--rounds` rounds so that other load on the machine falls on all
of them alike. Printed per kind: requests, throughput, p50/p95, and throughput as a ratio
to the static anchor, and the server's CPU time per request (which other load on the machine
hardly moves). The portal reuses rendered parts that every member sees alike until an event
changes (portal/cache.py): list pages, being few, soon come from it; event pages (10,000)
and searches (one or two words from a few hundred) mostly do not.
Goals (issue 15): p95 <= 50 ms for the list and the event page, <= 100 ms for search,
throughput >= 0.5x the static page.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import aiohttp
from seed import SEARCH_WORDS, seed

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from common import free_port, listening, settle  # noqa: E402

from store.db import open_store  # noqa: E402

GOALS = {"list": 50.0, "event": 50.0, "search": 100.0}


@dataclass(frozen=True)
class Result:
    kind: str
    latencies: list[float]
    seconds: float
    cpu: float = 0.0     # the server process's CPU seconds while serving these

    @property
    def cpu_ms(self) -> float:
        """Server CPU per request: unlike throughput, hardly moved by other load."""
        return self.cpu / max(1, len(self.latencies)) * 1000

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds

    def pct(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def urls(kind: str, refs: list[str], rnd: random.Random) -> Callable[[], str]:
    pages = max(1, len(refs) // 20)
    table: dict[str, Callable[[], str]] = {
        "static": lambda: "/static/anchor.html",
        "list": lambda: f"/handelser?sida={rnd.randint(1, min(pages, 50))}",
        "event": lambda: f"/handelser/{rnd.choice(refs)}",
        # One or two words from a few hundred: the same search rarely comes twice, as
        # with real members, so the portal's cache of rendered parts seldom answers.
        "search": lambda: f"/sok?q={quote(' '.join(rnd.sample(SEARCH_WORDS, rnd.randint(1, 2))))}"
                          f"&sida={rnd.randint(1, 2)}",
    }
    return table[kind]


async def load(base: str, cookies: list[str], make_url: Callable[[], str], seconds: float,
               kind: str, think: float = 0.0) -> Result:
    latencies: list[float] = []
    stop = time.perf_counter() + seconds
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(base, connector=connector) as http:
        async def client(cookie: str) -> None:
            headers = {"Cookie": f"vsn_session={cookie}"}
            while time.perf_counter() < stop:
                start = time.perf_counter()
                async with http.get(make_url(), headers=headers,
                                    allow_redirects=False) as answer:
                    await answer.read()
                    if answer.status != 200:
                        raise RuntimeError(f"{kind}: HTTP {answer.status}")
                latencies.append(time.perf_counter() - start)
                if think:
                    await asyncio.sleep(random.expovariate(1 / think))
        began = time.perf_counter()
        await asyncio.gather(*(client(c) for c in cookies))
        elapsed = time.perf_counter() - began
    return Result(kind, latencies, elapsed)


@contextlib.contextmanager
def serve(folder: Path, url: str) -> Iterator[tuple[str, int]]:
    smtp, web = free_port(), free_port()
    config = folder / "config.toml"
    config.write_text(f"""
[gateway]
listen = "127.0.0.1:{smtp}"
[store]
url = "{url}"
[delivery]
url = "maildir://var/outbox"
[workers]
threads = 1
[portal]
listen = "127.0.0.1:{web}"
base_url = "http://127.0.0.1:{web}"
""", encoding="utf-8")
    log = open(folder / "serve.log", "ab")  # noqa: SIM115
    proc = subprocess.Popen([sys.executable, "-m", "mailgate.cli", "--config", str(config),
                             "serve"], cwd=folder, stdout=log, stderr=subprocess.STDOUT,
                            env=dict(os.environ, PYTHONUNBUFFERED="1"))
    try:
        settle(lambda: listening(web) or proc.poll() is not None, timeout=120)
        if proc.poll() is not None:
            raise RuntimeError((folder / "serve.log").read_text(errors="replace"))
        yield f"http://127.0.0.1:{web}", proc.pid
    finally:
        proc.terminate()
        proc.wait(60)
        log.close()


@contextlib.contextmanager
def store(kind: str, folder: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'var' / 'vsn.sqlite3'}"
        return
    sys.path.insert(0, str(ROOT / "bench" / "scale"))
    from pgserver import running_postgres

    with running_postgres() as server:
        yield server.create_database("vsn_portal")


KINDS = ("static", "list", "event", "search")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_rounds(base: str, pid: int, cookies: list[str], refs: list[str],
               rnd: random.Random, args: argparse.Namespace) -> list[Result]:
    makers = {kind: urls(kind, refs, rnd) for kind in KINDS}
    think = args.think / 1000
    for kind in KINDS:   # warm up: connections, caches, the store's pages
        asyncio.run(load(base, cookies, makers[kind], 1.0, kind, think))
    latencies: dict[str, list[float]] = {k: [] for k in KINDS}
    seconds: dict[str, float] = dict.fromkeys(KINDS, 0.0)
    cpu: dict[str, float] = dict.fromkeys(KINDS, 0.0)
    for _ in range(args.rounds):
        for kind in KINDS:
            before = cpu_seconds(pid)
            r = asyncio.run(load(base, cookies, makers[kind], args.seconds, kind, think))
            cpu[kind] += cpu_seconds(pid) - before
            latencies[kind] += r.latencies
            seconds[kind] += r.seconds
    return [Result(k, latencies[k], seconds[k], cpu[k]) for k in KINDS]


def report(results: list[Result], args: argparse.Namespace) -> None:
    anchor = next(r.rate for r in results if r.kind == "static")
    anchor_cpu = next(r.cpu_ms for r in results if r.kind == "static")
    print(f"\nportal bench: {args.events} events, {args.clients} clients, {args.store}, "
          f"{args.rounds} rounds of {args.seconds:g} s per kind, think {args.think:g} ms")
    print(f"{'kind':8} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} "
          f"{'x static':>9} {'cpu ms':>7} {'cpu x':>6}  goal")
    for r in results:
        goal = GOALS.get(r.kind)
        verdict = ""
        if goal is not None:
            ok = r.pct(0.95) <= goal and r.rate >= 0.5 * anchor
            verdict = f"p95<={goal:g} ms, >=0.5x: {'met' if ok else 'NOT met'}"
        print(f"{r.kind:8} {len(r.latencies):9d} {r.rate:8.0f} {r.pct(0.5):8.1f} "
              f"{r.pct(0.95):8.1f} {r.rate / anchor:9.2f} {r.cpu_ms:7.2f} "
              f"{anchor_cpu / r.cpu_ms if r.cpu_ms else 0:6.2f}  {verdict}")
    print("cpu ms: the server's CPU per request; cpu x: static's CPU per request over this "
          "kind's (the throughput ratio a machine without other load would give)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.portal")
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=2.0, help="per kind and round")
    parser.add_argument("--think", type=float, default=0.0, help="ms between requests")
    parser.add_argument("--store", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args(argv)
    rnd = random.Random(15)
    folder = Path(tempfile.mkdtemp(prefix="vsn-bench-portal-"))
    with store(args.store, folder) as url:
        engine = open_store(url)
        seeded = seed(engine, args.events, args.clients, rnd)
        engine.dispose()
        with serve(folder, url) as (base, pid):
            results = run_rounds(base, pid, seeded.cookies, seeded.references, rnd, args)
    report(results, args)
    return 0
