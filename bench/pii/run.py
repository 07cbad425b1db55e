"""Benchmark of the personal-data scanner: `.venv/bin/python bench/pii/run.py [CORPUS.jsonl]`.

Scores the team corpus and the twenty-five separately written corpora, unseen, fresh and
fourth to twenty-sixth (dev and holdout apart; see corpora.py), each
with recall per type, structured-identifier, PERSON and overall recall, the share of hard
negatives flagged and the substance or medicine names among them; then p50/p95 latency per 2 KB
of text, start-up time and resident memory of a fresh process, and which goals pass.
`--corpus NAME|PATH` (repeatable) or a positional path scores only those corpora. `--misses`
also lists every missed entity and flagged negative (synthetic corpus text only), never of a
holdout corpus. """

from __future__ import annotations

import argparse
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
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from corpora import (  # noqa: E402
    CORPORA,
    NEVER_SHOWN,
    STRUCTURED,
    drug_alarms,
    resolve,
    structured_recall,
)
from evaluate import Score, evaluate, load  # noqa: E402

STRICT_TYPES = STRUCTURED
TEXT_BYTES = 2048
STARTS = 3  # fresh processes timed for the start-up figure; the least disturbed counts
REPEATS = 3  # each text is scanned this often; CPU figures take the least disturbed run
STARTUP = """
import time
t0, c0 = time.perf_counter(), time.process_time()
from mailgate.scan import scan
scan("Klienten Erik Svensson, 070-123 45 67.")
t1, c1 = time.perf_counter(), time.process_time()
rss = int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0]) // 1024
print(f"{t1 - t0:.3f} {c1 - c0:.3f} {rss}")
"""


@dataclass
class Startup:
    wall: float  # seconds from import to the first result
    cpu: float  # CPU seconds of the same
    process: float  # wall seconds of the whole process, interpreter start included
    rss_mb: int


def startup() -> Startup:
    """The least disturbed of STARTS fresh processes. The package's bytecode is written
    first, as an install has it (pip compiles at install): a checkout run with
    PYTHONDONTWRITEBYTECODE would otherwise compile every module from source each time."""
    compileall.compile_dir(ROOT / "mailgate", quiet=1)
    return min((_one_start() for _ in range(STARTS)), key=lambda s: s.cpu)


def _one_start() -> Startup:
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", STARTUP], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.split()
    return Startup(float(out[0]), float(out[1]), time.perf_counter() - t0, int(out[2]))


@dataclass
class Latency:
    wall: list[float]  # ms, first scan of each text, as a worker meets it
    cpu: list[float]  # CPU ms of this thread, same scans: judged, robust to machine load
    warm: list[float]  # CPU ms, best of REPEATS scans of the same text (caches warm)


def latencies(texts: list[str]) -> Latency:
    """Scan costs for 2 KB texts cut from the corpus, each scanned REPEATS times."""
    from mailgate.scan import scan, warm_up

    chunks, current = [], ""
    for text in texts:
        current += text + "\n\n"
        if len(current.encode()) >= TEXT_BYTES:
            chunks.append(current.encode()[:TEXT_BYTES].decode(errors="ignore"))
            current = ""
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


def _p(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]


def report_corpus(name: str, path: Path, score: Score) -> dict[str, bool]:
    """Recall and false alarms of one corpus; returns its recall and false-alarm goals."""
    print(f"== {name} corpus ({path.relative_to(ROOT) if path.is_relative_to(ROOT) else path})")
    print(f"{'type':<15}{'n':>5}{'recall':>9}{'masked':>9}")
    for kind in sorted(score.total):
        print(f"{kind:<15}{score.total[kind]:>5}{score.recall(kind):>9.3f}"
              f"{score.recall(kind, 'covered'):>9.3f}")
    print(f"{'QUASI (warn)':<15}{score.quasi:>5}{score.quasi_found / max(1, score.quasi):>9.3f}")
    drugs = drug_alarms(score)
    print(f"\nstructured identifiers recall {structured_recall(score):.3f}"
          f" ({', '.join(STRICT_TYPES)})")
    print(f"PERSON recall {score.recall('PERSON'):.3f}")
    print(f"overall recall {score.recall():.3f} (masked {score.recall(None, 'covered'):.3f})")
    print(f"hard negatives flagged {score.flagged_negatives}/{score.negatives}"
          f" = {score.fp_rate:.3%}")
    # A holdout's flagged names are its text: only their number is shown, or tuning could see it.
    shown = str(len(drugs)) if name in NEVER_SHOWN else ", ".join(drugs)
    print(f"substance or medicine names flagged: {shown if drugs else 'none'}\n")
    fp_limit = 0.02 if name == "team" else 0.01  # issue 12: <= 1 % on text not tuned on
    goals = {
        "recall 1.00 on " + ", ".join(STRICT_TYPES): all(
            score.recall(k) == 1.0 for k in STRICT_TYPES if score.total[k]),
        "PERSON recall >= 0.97": score.recall("PERSON") >= 0.97,
        "overall recall >= 0.98": score.recall() >= 0.98,
        f"hard negatives flagged <= {fp_limit:.0%}": score.fp_rate <= fp_limit,
    }
    if name != "team":
        goals["no substance or medicine name flagged"] = not drugs
    return {f"{name}: {goal}": ok for goal, ok in goals.items()}


def summary(scores: dict[str, Score]) -> None:
    print(f"{'corpus':<14}{'texts':>7}{'ids':>6}{'overall':>9}{'struct':>8}{'PERSON':>8}"
          f"{'neg flagged':>13}{'drugs':>7}")
    for name, score in scores.items():
        print(f"{name:<14}{score.cases:>7}{sum(score.total.values()):>6}{score.recall():>9.3f}"
              f"{structured_recall(score):>8.3f}{score.recall('PERSON'):>8.3f}"
              f"{score.fp_rate:>12.2%}{len(drug_alarms(score)):>7}")
    print()


def report_speed(times: Latency, start: Startup) -> dict[str, bool]:
    p50, p95 = _p(times.cpu, 50), _p(times.cpu, 95)
    print(f"latency per 2 KB ({len(times.cpu)} texts, first scan): CPU p50 {p50:.2f} ms,"
          f" p95 {p95:.2f} ms; wall p50 {_p(times.wall, 50):.2f} ms,"
          f" p95 {_p(times.wall, 95):.2f} ms; warm caches CPU p50 {_p(times.warm, 50):.2f} ms")
    print(f"start-up to first result (least of {STARTS} processes, bytecode written): CPU"
          f" {start.cpu:.2f} s, wall {start.wall:.2f} s (whole process {start.process:.2f} s);"
          f" resident {start.rss_mb} MB")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: wall figures"
          " inflate under load, so goals are judged on CPU time")
    return {
        "p50 <= 10 ms per 2 KB": p50 <= 10,
        "start-up <= 2 s": start.cpu <= 2,
        "resident <= 300 MB": start.rss_mb <= 300,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, help="score only this corpus file")
    parser.add_argument("--corpus", action="append", metavar="NAME|PATH",
                        help=f"score only these corpora ({', '.join(CORPORA)} or a path)")
    parser.add_argument("--misses", action="store_true",
                        help="list misses and false alarms (never of the holdout corpus)")
    parser.add_argument("--stock", action="store_true",
                        help="also score Presidio's stock recognizers, for comparison")
    args = parser.parse_args()
    names = [str(args.path)] if args.path else args.corpus or list(CORPORA)
    chosen = dict(resolve(n) for n in names)
    corpora = {name: load(path) for name, path in chosen.items()}
    if args.stock:
        from stock import stock_scanner

        for name, cases in corpora.items():
            stock = evaluate(cases, stock_scanner())  # type: ignore[arg-type]
            print(f"Presidio stock recognizers on {name}: overall recall {stock.recall():.3f}, "
                  f"hard negatives flagged {stock.fp_rate:.1%}")
    start = startup()
    from mailgate.scan import scan

    goals: dict[str, bool] = {}
    scores: dict[str, Score] = {}
    for name, cases in corpora.items():
        score = scores[name] = evaluate(cases, scan)
        if args.misses and name not in NEVER_SHOWN:
            for miss in score.misses:
                print("MISS", json.dumps(miss, ensure_ascii=False))
            for alarm in score.false_alarms:
                print("FALSE", json.dumps(alarm, ensure_ascii=False))
        goals |= report_corpus(name, chosen[name], score)
    summary(scores)
    times = latencies([c["text"] for cases in corpora.values() for c in cases])
    goals |= report_speed(times, start)
    print()
    for goal, ok in goals.items():
        print(f"{'PASS' if ok else 'FAIL'}  {goal}")
    return 0 if all(goals.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
