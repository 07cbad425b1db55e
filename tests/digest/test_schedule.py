"""The job table with its run times in our database: a digest missed while the service was
down goes out when it starts, and a restart does not move the next run."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

from sqlalchemy import text

from digest.weekly.week import due_week
from mailgate.config.mailing import weekly_at
from mailgate.service.schedule import JOBS, Schedule
from store.types import utcnow

from members.kit import Kit
from support import wait_for


def test_job_table_names_the_digest_and_moderation_jobs() -> None:
    assert [j.name for j in JOBS][:1] == ["weekly-digest"]
    assert {"escalate-red", "expire-held", "remind-waiting"} <= {j.name for j in JOBS}


def test_restart_keeps_the_next_run_and_runs_a_missed_one(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    kit.members(3)
    week = due_week(utcnow(), weekly_at(kit.ctx.settings))
    start, _ = week.bounds(kit.ctx.settings.digest.timezone)
    kit.event("red", "Förra veckans varning", at=start + timedelta(days=1))
    woken = threading.Event()

    first = Schedule(kit.engine, kit.ctx, woken.set)
    first.start()
    planned = first.next_runs()["weekly-digest"]
    first.stop()
    assert not kit.outbox("digest")

    second = Schedule(kit.engine, kit.ctx, woken.set)
    second.start()
    assert second.next_runs()["weekly-digest"] == planned   # a restart moves nothing
    second.stop()
    # The service was down over Monday 07:00: the stored next run lies in the past.
    with kit.engine.begin() as conn:
        conn.execute(text("UPDATE scheduled_job SET next_run_at = :at "
                          "WHERE name = 'weekly-digest'"),
                     {"at": (utcnow() - timedelta(days=1)).replace(tzinfo=None)})
    assert not kit.outbox("digest")

    third = Schedule(kit.engine, kit.ctx, woken.set)
    third.start()
    try:
        wait_for(lambda: len(kit.outbox("digest")) == 3, what="the missed digest")
        wait_for(woken.is_set, what="delivery to be woken")
        wait_for(lambda: third.next_runs()["weekly-digest"] > str(utcnow()),
                 what="the next run to be planned")
    finally:
        third.stop()
    fourth = Schedule(kit.engine, kit.ctx, woken.set)
    fourth.start()
    fourth.stop()
    assert len(kit.outbox("digest")) == 3
