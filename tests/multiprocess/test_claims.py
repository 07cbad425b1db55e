"""Several processes claim from one queue at the same moment: every row is claimed by
exactly one of them, on a SQLite file and on PostgreSQL; reference numbers never repeat."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from store.db import create_schema, make_engine, session
from store.models import InboundMail, Outbox

CLAIMER = Path(__file__).with_name("claimer.py")
PROCESSES = 4
ROWS = 600


def _seed(url: str, what: str) -> set[int]:
    engine = make_engine(url)
    create_schema(engine)
    with session(engine) as s:
        if what == "inbound":
            rows: list[InboundMail | Outbox] = [
                InboundMail(raw=b"x%d" % i, sha256=hashlib.sha256(b"x%d" % i).hexdigest(),
                            rcpt_tos=["vsn@vsn.example.se"]) for i in range(ROWS)]
        else:
            rows = [Outbox(kind="notice", rcpt=f"medlem{i}@kommun.example.se", raw=b"x")
                    for i in range(ROWS)]
        s.add_all(rows)
        s.flush()
        ids = {r.id or 0 for r in rows}
    engine.dispose()
    return ids


def _claim_together(url: str, what: str) -> list[list[object]]:
    procs = [subprocess.Popen([sys.executable, str(CLAIMER), url, what, f"test:{n}:w{n}"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
             for n in range(PROCESSES)]
    for p in procs:  # every process connected before any claims
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    results = []
    for p in procs:
        out, _ = p.communicate(timeout=120)
        assert p.returncode == 0
        results.append(json.loads(out))
    return results


@pytest.mark.parametrize("what", ["inbound", "outbox"])
def test_each_row_is_claimed_by_exactly_one_process(store_url: str, what: str) -> None:
    ids = _seed(store_url, what)
    results = _claim_together(store_url, what)
    claimed = [i for got in results for i in got]
    twice = [i for i, n in Counter(claimed).items() if n > 1]
    assert twice == []
    assert set(claimed) == ids
    assert sum(1 for got in results if got) >= 2, "the processes did not overlap"


def test_reference_numbers_from_several_processes_never_repeat(store_url: str) -> None:
    engine = make_engine(store_url)
    create_schema(engine)   # the first reference of the year is taken by all at once
    engine.dispose()
    results = _claim_together(store_url, "reference")
    numbers = sorted(int(str(r).split("-")[1]) for got in results for r in got)
    assert numbers == list(range(1, PROCESSES * 40 + 1))
