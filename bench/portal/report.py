"""bench/portal's tables: throughput against the static anchor, latency while reading,
and PASS/FAIL per goal of issue 15."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, replace

from load import Samples

ANCHOR = "static"
MIN_RATIO = 0.5                                                  # x the static page's rate
P95_GOALS = {"list": 50.0, "event": 50.0, "search": 100.0}       # ms


@dataclass(frozen=True)
class Rate:
    """One kind's closed-loop figures, summed over rounds."""

    kind: str
    requests: int = 0
    seconds: float = 0.0
    cpu: float = 0.0       # the vsn serve process's CPU seconds
    db_cpu: float = 0.0    # the database server's (PostgreSQL) CPU seconds

    def plus(self, got: Samples, cpu: float, db_cpu: float) -> Rate:
        return replace(self, requests=self.requests + len(got.latencies.get(self.kind, [])),
                       seconds=self.seconds + got.seconds, cpu=self.cpu + cpu,
                       db_cpu=self.db_cpu + db_cpu)

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def ms(self, seconds: float) -> float:
        return seconds / max(1, self.requests) * 1000


def pct(latencies: list[float], q: float) -> float:
    ordered = sorted(latencies)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else 0.0


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def print_report(args: argparse.Namespace, rates: list[Rate], read: Samples) -> None:
    print(f"\nportal bench: {args.events} events, {args.clients} logged-in clients, "
          f"{args.store}")
    _throughput(args, rates)
    _latency(args, read)


def _throughput(args: argparse.Namespace, rates: list[Rate]) -> None:
    anchor = next(r for r in rates if r.kind == ANCHOR)
    print(f"\n1. throughput: closed loop, {args.clients} clients with no pause, each kind "
          f"alone, {args.rounds} rounds of {args.seconds:g} s per kind")
    print(f"{'kind':8} {'requests':>9} {'req/s':>7} {'x static':>9} {'cpu ms':>7} "
          f"{'db ms':>6}  goal")
    for r in rates:
        goal = ""
        if r.kind != ANCHOR:
            ratio = r.per_second / anchor.per_second
            goal = f">= {MIN_RATIO:g}x static: {verdict(ratio >= MIN_RATIO)}"
        else:
            goal = "(anchor)"
        print(f"{r.kind:8} {r.requests:9d} {r.per_second:7.0f} "
              f"{r.per_second / anchor.per_second:9.2f} {r.ms(r.cpu):7.2f} "
              f"{r.ms(r.db_cpu):6.2f}  {goal}")
    print("cpu ms / db ms: CPU per request of vsn serve / of the database server "
          "(other load on the machine hardly moves them)")


def _latency(args: argparse.Namespace, read: Samples) -> None:
    total = sum(len(v) for v in read.latencies.values())
    offered = args.clients / (args.think / 1000)
    print(f"\n2. latency: {args.clients} clients reading, a pause ~Exp(mean "
          f"{args.think:g} ms) after each page, kinds mixed, {args.reading:g} s: "
          f"~{offered:.0f} requests/s offered, {total / read.seconds:.0f} served")
    print(f"{'kind':8} {'requests':>9} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}  goal")
    for kind in sorted(read.latencies, key=lambda k: (k != ANCHOR, k)):
        got = read.latencies[kind]
        goal = P95_GOALS.get(kind)
        label = "(anchor)" if goal is None else \
            f"p95 <= {goal:g} ms: {verdict(pct(got, 0.95) <= goal)}"
        print(f"{kind:8} {len(got):9d} {pct(got, 0.5):7.1f} {pct(got, 0.95):7.1f} "
              f"{pct(got, 0.99):7.1f}  {label}")
