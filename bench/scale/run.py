"""Scale benchmark: one, two and four `vsn serve` processes on one PostgreSQL database.

    .venv/bin/python -m bench.scale [--processes 1,2,4] [--reports 300] [--members 5000]
                                    [--reps 1] [--sessions 8] [--no-fsync]

Everything runs on loopback and is started here: a private PostgreSQL (initdb in a temporary
folder, fsync on), Postfix's smtp-sink as the relay, and for each process count a fresh
database with the members and N services, each on its own SMTP port.

  intake   reports in over SMTP (smtp-source, spread over the gateways) until every one is
           processed: parsed, scanned, held, review mail queued
  fan-out  one red warning approved by reply until every member's notice is sent (the
           sink's 250), the couriers of all processes sharing the outbox

Each is shown as a rate and as the ratio to one process, with the CPU seconds the services
and PostgreSQL used per report or notice and how busy the whole machine was (other work on
it counts too: compare ratios measured in one run). Goal (issue 7): two processes >= 1.6x.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parents[1])]

from common import Sink, free_port  # noqa: E402  (bench/common.py)
from fleet import Fleet, cpu_seconds, load_average, machine_busy, vsn  # noqa: E402
from load import Store, Timing, fanout, intake, seed_members  # noqa: E402
from pgserver import Postgres, running_postgres  # noqa: E402

CORES = os.cpu_count() or 1


@dataclass(frozen=True)
class Phase:
    timing: Timing
    service_cpu: float   # CPU seconds of the service processes (workers, couriers)
    acceptor_cpu: float  # CPU seconds of their SMTP acceptor processes
    pg_cpu: float        # CPU seconds of PostgreSQL
    busy: float          # cores busy on the whole machine, on average

    def ms(self, seconds: float) -> float:
        return 1000 * seconds / self.timing.count

    @property
    def total_ms(self) -> float:
        return self.ms(self.service_cpu + self.acceptor_cpu + self.pg_cpu)

    def line(self, unit: str) -> str:
        return (f"{self.timing.rate:7.1f} {unit}/s  CPU ms/{unit}: service "
                f"{self.ms(self.service_cpu):5.2f}, acceptor {self.ms(self.acceptor_cpu):5.2f}, "
                f"pg {self.ms(self.pg_cpu):5.2f}  machine busy {self.busy:4.2f} cores")

    def ceilings(self, cores: int) -> tuple[float, float]:
        """Rates the CPU cost allows: one service process (its threads share one core, the
        GIL), and the whole machine (every core busy with this work and nothing else)."""
        one = 1000 / self.ms(self.service_cpu) if self.service_cpu else 0.0
        machine = 1000 * cores / self.total_ms if self.total_ms else 0.0
        return one, machine


@dataclass(frozen=True)
class Cell:
    processes: int
    intake: Phase
    fanout: Phase
    accepted: float
    queued: float
    load: str


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--processes", default="1,2,4")
    p.add_argument("--reports", type=int, default=300, help="reports per intake run")
    p.add_argument("--members", type=int, default=5000, help="notices per fan-out run")
    p.add_argument("--sessions", type=int, default=8, help="SMTP sessions, over all gateways")
    p.add_argument("--reps", type=int, default=1, help="runs of each process count")
    p.add_argument("--threads", type=int, default=4,
                   help="[workers] threads per service (shipped default 4)")
    p.add_argument("--no-fsync", action="store_true", help="PostgreSQL without fsync")
    return p.parse_args(argv)


def measured(pids: tuple[list[int], list[int]], pg: Postgres,
             run: Callable[[], tuple[Timing, float]]) -> tuple[Phase, float]:
    services, acceptors = pids
    before = [cpu_seconds(services), cpu_seconds(acceptors), cpu_seconds(pg.pids())]
    busy0, all0 = machine_busy()
    timing, mark = run()
    busy1, all1 = machine_busy()
    cores = (busy1 - busy0) / (all1 - all0) * CORES if all1 > all0 else 0.0
    after = [cpu_seconds(services), cpu_seconds(acceptors), cpu_seconds(pg.pids())]
    spent = [a - b for a, b in zip(after, before, strict=True)]
    return Phase(timing, *spent, cores), mark


def fresh_database(pg: Postgres, root: Path, members: int) -> str:
    """A database of its own for each run: the schema (`vsn db upgrade`) and the members."""
    name = f"scale_{uuid.uuid4().hex[:8]}"
    url = pg.create_database(name)
    folder = root / f"schema-{name}"
    folder.mkdir()
    (folder / "config.toml").write_text(f'[store]\nurl = "{url}"\n', encoding="utf-8")
    vsn(folder, "db", "upgrade")
    seed_members(url, members)
    return url


def cell(pg: Postgres, root: Path, sink: int, n: int, args: argparse.Namespace) -> Cell:
    url = fresh_database(pg, root, args.members)
    with Fleet(root / uuid.uuid4().hex[:8], url, n, sink, threads=args.threads) as fleet:
        store = Store(url)
        try:
            intake(store, fleet.ports, 4 * n, n)   # warm-up: scanners built, pools open
            pids = fleet.pids()
            taken, accepted = measured(pids, pg, lambda: intake(
                store, fleet.ports, args.reports, args.sessions))
            sent, queued = measured(pids, pg, lambda: fanout(store, fleet.ports, args.members))
        finally:
            store.close()
    return Cell(n, taken, sent, accepted, queued, load_average())


def run(args: argparse.Namespace) -> list[Cell]:
    counts = [int(n) for n in args.processes.split(",")]
    cells: list[Cell] = []
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp, \
            running_postgres(fsync=not args.no_fsync) as pg:
        sink_port = free_port()
        with Sink(sink_port):
            for rep in range(args.reps):
                for n in counts:
                    print(f"  run {rep + 1}: {n} process(es) ...", flush=True)
                    cells.append(cell(pg, Path(tmp), sink_port, n, args))
                    c = cells[-1]
                    print(f"    intake  {c.intake.line('report')}  (all accepted after "
                          f"{c.accepted:.1f} s)\n"
                          f"    fan-out {c.fanout.line('notice')}  (all queued after "
                          f"{c.queued:.1f} s)  load {c.load}", flush=True)
    return cells


def report(cells: list[Cell], args: argparse.Namespace) -> str:
    def median(n: int, pick: str) -> float:
        return statistics.median(getattr(c, pick).timing.rate for c in cells
                                 if c.processes == n)

    counts = sorted({c.processes for c in cells})
    base_in, base_out = median(counts[0], "intake"), median(counts[0], "fanout")
    lines = [f"\n{args.reports} reports, {args.members} notices, median of {args.reps}\n",
             "processes  intake reports/s  ratio   fan-out notices/s  ratio"]
    for n in counts:
        rin, rout = median(n, "intake"), median(n, "fanout")
        lines.append(f"{n:>9}  {rin:16.1f}  {rin / base_in:5.2f}x  {rout:17.0f}  "
                     f"{rout / base_out:5.2f}x")
    if 1 in counts and 2 in counts:
        for pick, name in (("intake", "intake"), ("fanout", "fan-out")):
            ratio = median(2, pick) / median(1, pick)
            lines.append(f"goal two processes >= 1.6x one, {name}: {ratio:.2f}x "
                         f"{'met' if ratio >= 1.6 else 'NOT met'}")
    lines.append(f"\nwhat the CPU cost allows on {CORES} cores (from the one-process runs):")
    for pick, name in (("intake", "reports"), ("fanout", "notices")):
        phases = [getattr(c, pick) for c in cells if c.processes == counts[0]]
        one = statistics.median(p.ceilings(CORES)[0] for p in phases)
        machine = statistics.median(p.ceilings(CORES)[1] for p in phases)
        lines.append(f"  {name}: one process {one:7.1f}/s (its service process on one core), "
                     f"the machine {machine:7.1f}/s: at most {min(2, machine / one):.2f}x "
                     "for two processes")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    # SIGTERM unwinds like Ctrl-C, so every server started here is stopped on the way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    args = parse_args(argv)
    started = time.monotonic()
    cells = run(args)
    print(report(cells, args))
    print(f"({time.monotonic() - started:.0f} s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
