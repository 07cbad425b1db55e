"""Poison-mail benchmark (issue 13): `.venv/bin/python -m bench.poison [CELL ...]`
(or `.venv/bin/python bench/poison/run.py`).

Each cell measures one way a single hostile or unlucky mail could stop the service and
prints its figure, its goal and its ratio to an anchor it names. Scanner cells run in fresh
processes, so memory is the process's own peak (getrusage) and CPU time is judged, not wall
time, which inflates under load. Synthetic text only (bench/poison/dense.py).

To add a cell (a poison mail in a running `vsn serve`, SIGTERM to exit): a function
returning a `Measure` (cells.py), named in CELLS below.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.poison.cells import Measure
from bench.poison.scanning import scan_dense_1mb, scan_plain_10mb_memory
from bench.poison.service import service_p95, service_sigterm

CELLS: dict[str, Callable[[], Measure]] = {
    "scan-time": scan_dense_1mb,
    "scan-memory": scan_plain_10mb_memory,
    "service-p95": service_p95,         # both from one run of `vsn serve` (service.py)
    "service-sigterm": service_sigterm,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("cells", nargs="*", metavar="CELL",
                        help=f"cells to run (default: all): {', '.join(CELLS)}")
    args = parser.parse_args(argv)
    unknown = [name for name in args.cells if name not in CELLS]
    if unknown:
        parser.error(f"unknown cell {', '.join(unknown)}; cells: {', '.join(CELLS)}")
    results = [CELLS[name]() for name in (args.cells or CELLS)]
    for measure in results:
        print(measure.line())
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0 if all(m.ok for m in results) else 1


if __name__ == "__main__":
    sys.exit(main())
