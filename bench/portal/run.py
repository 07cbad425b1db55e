"""Portal benchmark (issue 15): the events list, an event page and a search for 50
logged-in members, beside a minimal static page served by the same server in the same run.

    .venv/bin/python -m bench.portal [--events 10000] [--clients 50] [--rounds 5]
        [--seconds 2] [--think 1500] [--reading 60] [--store sqlite|postgresql]

A store with N published events (and their search index), one member with a portal
session per client is written first; then `vsn serve` runs with the portal and an aiohttp
client in this process loads it twice (README.md explains the two loads and why):

1. throughput: each kind alone, every client back to back with no pause, the kinds taking
   turns for `--rounds` rounds of `--seconds`; goal >= 0.5x the static page's rate;
2. latency: the kinds mixed, every client pausing ~Exp(mean `--think` ms) after each
   page, for `--reading` seconds; goals p95 <= 50 ms (list, event), <= 100 ms (search).

Printed: both tables, the anchor's figures, the ratios and PASS/FAIL per goal.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

from load import MakeUrl, closed, reading
from report import Rate, print_report
from seed import SEARCH_WORDS, seed

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from common import free_port  # noqa: E402
from common import serve as common_serve  # noqa: E402

from store.db import open_store  # noqa: E402

KINDS = ("static", "list", "event", "search")


def urls(kind: str, refs: list[str], rnd: random.Random) -> MakeUrl:
    pages = max(1, len(refs) // 20)
    table: dict[str, MakeUrl] = {
        "static": lambda: "/static/anchor.html",
        "list": lambda: f"/handelser?sida={rnd.randint(1, min(pages, 50))}",
        # Any of the N events alike: a pessimistic spread (members mostly read recent ones).
        "event": lambda: f"/handelser/{rnd.choice(refs)}",
        # One or two words from 132: two words are rarely the same twice, but the 264
        # one-word searches come from the portal's cache after the first seconds (README).
        "search": lambda: f"/sok?q={quote(' '.join(rnd.sample(SEARCH_WORDS, rnd.randint(1, 2))))}"
                          f"&sida={rnd.randint(1, 2)}",
    }
    return table[kind]


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
    with common_serve(config, folder, web) as proc:
        yield f"http://127.0.0.1:{web}", proc.pid


Pids = Callable[[], list[int]]


@contextlib.contextmanager
def store(kind: str, folder: Path) -> Iterator[tuple[str, Pids]]:
    """The store's URL, and the pids of its server's processes (none for SQLite)."""
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'var' / 'vsn.sqlite3'}", list
        return
    sys.path.insert(0, str(ROOT / "bench" / "scale"))
    from pgserver import running_postgres

    with running_postgres() as server:
        yield server.create_database("vsn_portal"), server.pids


def cpu_seconds(pids: list[int]) -> float:
    """CPU of these processes and of their children that ended (a PostgreSQL backend or
    autovacuum worker that exits moves its time to the postmaster's children's time)."""
    total = 0.0
    for pid in pids:
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    return total


def throughput(base: str, cookies: list[str], makers: dict[str, MakeUrl],
               cpu: Callable[[], tuple[float, float]], args: argparse.Namespace) -> list[Rate]:
    """Closed loop per kind, in rounds, with the (server, database) CPU each kind used."""
    for kind in KINDS:   # warm up: connections, caches, the store's pages
        asyncio.run(closed(base, cookies, kind, makers[kind], 1.0))
    rates = {k: Rate(k) for k in KINDS}
    for _ in range(args.rounds):
        for kind in KINDS:
            before = cpu()
            got = asyncio.run(closed(base, cookies, kind, makers[kind], args.seconds))
            after = cpu()
            rates[kind] = rates[kind].plus(got, after[0] - before[0], after[1] - before[1])
    return list(rates.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.portal")
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=2.0,
                        help="throughput: seconds per kind and round")
    parser.add_argument("--think", type=float, default=1500.0,
                        help="latency: mean pause in ms after each page (exponential)")
    parser.add_argument("--reading", type=float, default=60.0,
                        help="latency: seconds of reading load")
    parser.add_argument("--store", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args(argv)
    rnd = random.Random(15)
    folder = Path(tempfile.mkdtemp(prefix="vsn-bench-portal-"))
    with store(args.store, folder) as (url, db_pids):
        engine = open_store(url)
        seeded = seed(engine, args.events, args.clients, rnd)
        engine.dispose()
        with serve(folder, url) as (base, pid):
            makers = {kind: urls(kind, seeded.references, rnd) for kind in KINDS}

            def cpu() -> tuple[float, float]:
                return cpu_seconds([pid]), cpu_seconds(db_pids())

            rates = throughput(base, seeded.cookies, makers, cpu, args)
            read = asyncio.run(reading(base, seeded.cookies, makers, args.reading,
                                       args.think / 1000, rnd))
    print_report(args, rates, read)
    return 0
