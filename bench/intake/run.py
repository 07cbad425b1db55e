"""Intake benchmark: messages per second accepted by `vsn serve`, Postfix, smtp-sink and a
no-op aiosmtpd server, with smtp-source, 2 KB and 50 KB, 1/10/50 sessions.

    .venv/bin/python bench/intake/run.py [--reps 3] [--seconds 2] [--targets vsn,postfix]
        [--acceptors 1,2,3]

`vsn` runs with the shipped config.toml; `--acceptors` adds a `vsn-aN` target per count
(`[gateway] acceptors = N`), measured in the same turns, to compare them.

Every server is started here on a free loopback port and stopped before exit. Each cell is
the median of `--reps` runs of about `--seconds` each; counts adapt to the last rate seen.
"""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(Path(__file__).resolve().parent), str(ROOT / "tests")]

from load import Run, send  # noqa: E402
from report import Key, goal_lines, goals, spread, table  # noqa: E402
from targets import Postfix, Sink, Target, Vsn, noop  # noqa: E402

SIZES = (2 * 1024, 50 * 1024)
SESSIONS = (1, 10, 50)
ALL = ("smtp-sink", "postfix", "aiosmtpd-noop", "vsn")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--reps", type=int, default=3, help="runs per cell; the median is shown")
    p.add_argument("--seconds", type=float, default=2.0, help="about how long one run lasts")
    p.add_argument("--targets", default=",".join(ALL), help="comma-separated subset of " +
                   ", ".join(ALL))
    p.add_argument("--sessions", default=",".join(map(str, SESSIONS)))
    p.add_argument("--sizes", default=",".join(str(s // 1024) for s in SIZES), help="KB")
    p.add_argument("--acceptors", default="", help="also vsn with these acceptor counts")
    return p.parse_args(argv)


def make_target(name: str, folder: Path) -> Target:
    makers: dict[str, Callable[[], Target]] = {
        "smtp-sink": Sink, "postfix": lambda: Postfix(folder),
        "aiosmtpd-noop": lambda: noop(folder), "vsn": lambda: Vsn(folder / "vsn")}
    if name.startswith("vsn-a"):
        return Vsn(folder / name, acceptors=int(name[5:]), name=name)
    return makers[name]()


def measure(targets: list[Target], sizes: tuple[int, ...], sessions: list[int], reps: int,
            seconds: float, sent: dict[str, int]) -> dict[Key, list[float]]:
    """Targets take turns within each repetition, so a noisy neighbour hits them all alike."""
    rates: dict[Key, list[float]] = {}
    # Each run is sized from the last rate seen for that target and cell (first guess 300/s).
    last: dict[tuple[str, int], float] = {}
    for size in sizes:
        for count in sessions:
            for _ in range(reps):
                for target in targets:
                    guess = last.get((target.name, count), 300.0)
                    run = _turn(target, size, count, max(int(guess * seconds), 5 * count, 50))
                    last[(target.name, count)] = run.rate
                    sent[target.name] = sent.get(target.name, 0) + run.messages
                    rates.setdefault((target.name, size, count), []).append(run.rate)
            print(f"  {size // 1024:>3}KB {count:>3} sessions: " + ", ".join(
                f"{t.name} {rates[(t.name, size, count)][-1]:.0f}" for t in targets), flush=True)
    return rates


def _turn(target: Target, size: int, sessions: int, messages: int) -> Run:
    target.resume()
    try:
        return send(target.port, size, sessions, messages)
    finally:
        target.pause()


def run_all(names: list[str], folder: Path, sizes: tuple[int, ...], sessions: list[int],
            args: argparse.Namespace) -> dict[Key, list[float]]:
    started: list[Target] = []
    sent: dict[str, int] = {}
    try:
        for name in names:
            target = make_target(name, folder)
            started.append(target)
            target.start()
            target.pause()
        return measure(started, sizes, sessions, args.reps, args.seconds, sent)
    finally:
        for target in started:
            target.stop()
        # Counted once stopped: `vsn serve` hands its intake spool over to the store on stop.
        for target in started:
            print(f"  {target.name}: {sent.get(target.name, 0)} messages accepted. "
                  f"{target.note()}".rstrip(". ") + ".")


def main(argv: list[str] | None = None) -> int:
    # SIGTERM unwinds like Ctrl-C, so every server started here is stopped on the way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    args = parse_args(argv)
    names = [n for n in args.targets.split(",") if n]
    names += [f"vsn-a{n}" for n in args.acceptors.split(",") if n]
    sessions = [int(n) for n in args.sessions.split(",")]
    sizes = tuple(int(k) * 1024 for k in args.sizes.split(","))
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="bench-intake-") as tmp:
        folder = Path(tmp)
        rates = run_all(names, folder, sizes, sessions, args)
    print(f"\nmessages per second (median of {args.reps}), "
          f"{time.monotonic() - started:.0f} s in all\n")
    print(table(rates, names, sizes, sessions))
    print("\nevery run:\n" + spread(rates))
    print("\n" + goal_lines(goals(rates)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
