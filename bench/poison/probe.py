"""One scan measured in a fresh process: `python -m bench.poison.probe KIND SIZE [--mails N]`.

Prints one JSON line: wall and CPU seconds of the scan, peak resident memory (getrusage)
after warming the engine and at the end, and the number of findings. With `--mails N` the
text is cut into N-character mails scanned one after another (the anchor: the same text at
the rate of ordinary mail).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

# After the installed packages: run from elsewhere with the service's install, the compiled
# scanner is the one measured (`cd /tmp && .venv-serve/bin/python …/probe.py dense 1000000`).
sys.path.append(str(Path(__file__).resolve().parents[2]))

from bench.poison.dense import dense_text, plain_text

TEXTS = {"dense": dense_text, "plain": plain_text}


def peak_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # KB on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=sorted(TEXTS))
    parser.add_argument("size", type=int)
    parser.add_argument("--mails", type=int, default=0, help="cut into mails of this length")
    args = parser.parse_args(argv)
    text = TEXTS[args.kind](args.size)
    parts = [text[i : i + args.mails] for i in range(0, len(text), args.mails)] if args.mails \
        else [text]
    from mailgate.scan import scan, warm_up

    warm_up()
    scan("Klienten Erik Svensson, 070-123 45 67.")
    ready = peak_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    findings = sum(len(scan(part)) for part in parts)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(json.dumps({"wall": wall, "cpu": cpu, "ready_mb": ready, "peak_mb": peak_mb(),
                      "findings": findings, "chars": len(text)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
