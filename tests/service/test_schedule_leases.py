"""Scheduled jobs shared by several schedulers on one database: a due run is made by one of
them, and a run whose holder died is taken over (at once when it died on this host, after
the lease otherwise)."""

from __future__ import annotations

import socket
import threading
from collections import Counter
from datetime import timedelta
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

from mailgate.config.settings import from_mapping
from mailgate.context import Context
from mailgate.service.schedule import Job, Schedule, daily
from store.db import create_schema, make_engine
from store.types import utcnow

from support import wait_for

NAMES = [f"job-{n}" for n in range(5)]


def _context(folder: Path, url: str) -> Context:
    return Context(from_mapping({"store": {"url": url}}, source="<test>", base_dir=folder))


def _due(engine: Engine, name: str, holder: str | None = None,
         lease_until: timedelta | None = None) -> None:
    """Make the job's run due (planned a minute ago), optionally held by `holder`."""
    now = utcnow().replace(tzinfo=None) if engine.dialect.name == "sqlite" else utcnow()
    until = now + lease_until if lease_until is not None else None
    with engine.begin() as conn:
        conn.execute(text("UPDATE scheduled_job SET next_run_at = :at, holder = :h, "
                          "lease_until = :u WHERE name = :n"),
                     {"at": now - timedelta(minutes=1), "h": holder, "u": until, "n": name})


def _runs(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return dict(conn.execute(text("SELECT name, runs FROM scheduled_job")).tuples().all())


def test_each_due_run_is_made_by_one_of_several_schedulers(tmp_path: Path,
                                                          store_url: str) -> None:
    engine = make_engine(store_url)
    create_schema(engine)
    ran: list[str] = []
    lock = threading.Lock()

    def job(name: str) -> Job:
        def run(engine: Engine, ctx: Context) -> None:
            with lock:
                ran.append(name)
        return Job(name, run, daily(3))   # next run tomorrow: one run is due, no more

    jobs = tuple(job(n) for n in NAMES)
    ctx = _context(tmp_path, store_url)
    Schedule(engine, ctx, lambda: None, jobs)._plan_all()
    for name in NAMES:
        _due(engine, name)
    schedules = [Schedule(make_engine(store_url), ctx, lambda: None, jobs) for _ in range(4)]
    for schedule in schedules:
        schedule.thread.start()   # already planned: all four look at once
    try:
        wait_for(lambda: all(n == 1 for n in _runs(engine).values()), what="every run")
    finally:
        for schedule in schedules:
            schedule.stop()
            schedule.engine.dispose()
    assert Counter(ran) == dict.fromkeys(NAMES, 1)
    assert all(next_run > str(utcnow()) for next_run in schedules[0].next_runs().values())
    engine.dispose()


def test_a_run_whose_holder_died_is_taken_over(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'vsn.sqlite3'}"
    engine = make_engine(url)
    create_schema(engine)
    ran: list[str] = []
    jobs = tuple(Job(n, lambda e, c, n=n: ran.append(n), daily(3)) for n in NAMES[:3])
    schedule = Schedule(engine, _context(tmp_path, url), lambda: None, jobs)
    schedule._plan_all()
    # job-0: its process on this host is gone (a pid above any pid_max); job-1: another
    # host's process, lease run out; job-2: another host's process, lease still valid.
    _due(engine, "job-0", f"{socket.gethostname()}:{2**31 - 2}:dead", timedelta(hours=1))
    _due(engine, "job-1", "elsewhere:123:x", timedelta(seconds=-1))
    _due(engine, "job-2", "elsewhere:123:x", timedelta(hours=1))
    schedule.thread.start()
    try:
        wait_for(lambda: sorted(ran) == ["job-0", "job-1"], what="the two free runs")
        assert _runs(engine)["job-2"] == 0
    finally:
        schedule.stop()
    assert sorted(ran) == ["job-0", "job-1"]
    engine.dispose()
