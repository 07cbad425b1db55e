"""Several processes claim from the queues at the same moment: every row is claimed by
exactly one of them, on a SQLite file and on PostgreSQL, and reference numbers (the first
of the year taken by all at once) never repeat."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from store.db import create_schema, make_engine, session
from store.models import InboundMail, Outbox

CLAIMER = Path(__file__).with_name("claimer.py")
PROCESSES = 4
ROWS = 150
REFERENCES = 15   # as claimer.py takes


def _seed(url: str) -> dict[str, set[int]]:
    engine = make_engine(url)
    create_schema(engine)
    with session(engine) as s:
        inbound = [InboundMail(raw=b"x%d" % i, sha256=hashlib.sha256(b"x%d" % i).hexdigest(),
                               rcpt_tos=["vsn@vsn.example.se"]) for i in range(ROWS)]
        outbox = [Outbox(kind="notice", rcpt=f"medlem{i}@kommun.example.se", raw=b"x")
                  for i in range(ROWS)]
        s.add_all([*inbound, *outbox])
        s.flush()
        ids = {"inbound": {r.id or 0 for r in inbound}, "outbox": {r.id or 0 for r in outbox}}
    engine.dispose()
    return ids


def _say_to_all(procs: list[subprocess.Popen[str]], line: str) -> None:
    for p in procs:
        assert p.stdin is not None
        p.stdin.write(line + "\n")
        p.stdin.flush()


def _claim_together(url: str) -> list[dict[str, list[object]]]:
    procs = [subprocess.Popen([sys.executable, str(CLAIMER), url, f"test:{n}:w{n}"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
             for n in range(PROCESSES)]
    for p in procs:  # every process connected before any claims
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    _say_to_all(procs, "go")
    for p in procs:  # every process has made its first claim, all at once
        assert p.stdout is not None and p.stdout.readline().strip() == "claimed"
    _say_to_all(procs, "on")
    results = []
    for p in procs:
        out, _ = p.communicate(timeout=120)
        assert p.returncode == 0
        results.append(json.loads(out))
    return results


def test_each_row_is_claimed_once_and_references_never_repeat(store_url: str) -> None:
    ids = _seed(store_url)
    results = _claim_together(store_url)
    for queue in ("inbound", "outbox"):
        claimed = [i for got in results for i in got[queue]]
        assert [i for i, n in Counter(claimed).items() if n > 1] == [], queue
        assert set(claimed) == ids[queue]
    assert sum(1 for got in results if got["inbound"]) >= 2, "the processes did not overlap"
    numbers = sorted(int(str(r).split("-")[1]) for got in results for r in got["reference"])
    assert numbers == list(range(1, PROCESSES * REFERENCES + 1))
