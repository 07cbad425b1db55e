"""The service's clock: one table of time-based jobs, run by APScheduler.

Jobs live in the service's own database (table apscheduler_jobs), so a run that fell due
while the service was down happens once when it starts again (coalesce, no grace limit),
and a restart never moves the next run. Every job must be idempotent with its uniqueness
in the store (the digest: one per member per ISO week), because each process sharing the
database runs its own scheduler, and a run cut short by a crash is simply run again.

To add a job: write `def my_job(engine, ctx) -> object` and add a line to JOBS with a
trigger built from the settings (return None to switch the job off). Delivery threads are
woken after every run, so mail a job queues goes out at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import ConflictingIdError
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import STATE_STOPPED
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.engine import Engine

from digest.week import Week, due_week
from digest.weekly import RunResult, run_week, unfinished
from mailgate.context import Context
from mailgate.outgoing import mailing, weekly_at
from mailgate.settings import Settings
from mailgate.timers import escalate_red, expire_held, remind_waiting
from store.db import session
from store.types import utcnow

log = logging.getLogger(__name__)

JOB_TABLE = "apscheduler_jobs"


@dataclass(frozen=True)
class Runtime:
    """What a job gets: the store, the settings, and a way to wake the delivery threads."""

    engine: Engine
    ctx: Context
    wake: Callable[[], None]


Trigger = Callable[[Settings], BaseTrigger | None]


@dataclass(frozen=True)
class Job:
    name: str
    run: Callable[[Engine, Context], object]
    trigger: Trigger


def weekly_digest(engine: Engine, ctx: Context) -> RunResult:
    settings = ctx.settings
    week = due_week(utcnow(), weekly_at(settings))
    return run_week(engine, mailing(ctx), week, settings.digest.timezone,
                    token_days=settings.members.token_days)


def digest_trigger(settings: Settings) -> BaseTrigger | None:
    d = settings.digest
    if not d.enabled:
        return None
    return CronTrigger(day_of_week=d.weekday, hour=d.hour, minute=d.minute,
                       timezone=d.timezone)


def every(**interval: int) -> Trigger:
    return lambda settings: IntervalTrigger(**interval)


def daily(hour: int, minute: int = 0) -> Trigger:
    return lambda settings: CronTrigger(hour=hour, minute=minute,
                                        timezone=settings.digest.timezone)


JOBS: tuple[Job, ...] = (
    Job("weekly-digest", weekly_digest, digest_trigger),
    Job("escalate-red", escalate_red, every(minutes=1)),      # moderation: timers.py
    Job("expire-held", expire_held, every(hours=1)),
    Job("remind-waiting", remind_waiting, daily(8)),
)


# APScheduler stores a job as an import path plus pickled arguments, so the running
# objects (engine, settings holding credentials) cannot be arguments: the one Schedule
# running in this process registers its Runtime here, and run_job() looks it up.
_running: dict[str, Runtime] = {}


def run_job(name: str) -> None:
    job = next((j for j in JOBS if j.name == name), None)
    rt = _running.get("runtime")
    if job is None or rt is None:
        log.warning("scheduled job %s has nothing to run here", name)
        return
    try:
        job.run(rt.engine, rt.ctx)
    except Exception:  # a failed run is logged; the next trigger (or a restart) runs it again
        log.exception("scheduled job %s failed", name)
    rt.wake()


class _Scheduler(BackgroundScheduler):  # type: ignore[misc]
    def _process_jobs(self) -> float | None:
        # APScheduler 3 looks for due jobs once more after shutdown() has stopped the
        # executors: a job due at that moment is marked as run without running. Not here.
        if self.state == STATE_STOPPED:
            return None
        result: float | None = super()._process_jobs()
        return result


class Schedule:
    def __init__(self, engine: Engine, ctx: Context, wake: Callable[[], None],
                 jobs: tuple[Job, ...] = JOBS) -> None:
        self.runtime = Runtime(engine, ctx, wake)
        self.jobs = jobs
        self.scheduler = _Scheduler(
            jobstores={"default": SQLAlchemyJobStore(engine=engine, tablename=JOB_TABLE),
                       "memory": MemoryJobStore()},
            executors={"default": ThreadPoolExecutor(2)},
            job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
            timezone=UTC)

    def start(self) -> None:
        _running["runtime"] = self.runtime
        self.scheduler.start(paused=True)
        for job in self.jobs:
            self._install(job)
        self.scheduler.resume()  # anything that fell due while we were down runs now
        self._resume_digest()

    def stop(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)
        _running.pop("runtime", None)

    def next_runs(self) -> dict[str, str]:
        return {j.id: str(j.next_run_time) for j in self.scheduler.get_jobs()}

    def _install(self, job: Job) -> None:
        trigger = job.trigger(self.runtime.ctx.settings)
        found = self.scheduler.get_job(job.name)
        if trigger is None:
            if found is not None:
                found.remove()
            return
        if found is None:
            # Another process sharing the database may have added it a moment ago.
            with suppress(ConflictingIdError):
                self.scheduler.add_job(run_job, trigger, args=(job.name,), id=job.name,
                                       name=job.name)
        elif str(found.trigger) != str(trigger):  # the config changed: the new time counts
            found.reschedule(trigger)

    def _resume_digest(self) -> None:
        # A run cut short by a crash has already moved its next run time: finish it now.
        with session(self.runtime.engine) as s:
            week = unfinished(s)
        if week is None or not self.runtime.ctx.settings.digest.enabled:
            return
        log.info("digest %s was cut short; resuming", week.label)
        self.scheduler.add_job(self._run_week, args=(week,), jobstore="memory",
                               id="digest-resume", replace_existing=True)

    def _run_week(self, week: Week) -> None:
        rt = self.runtime
        settings = rt.ctx.settings
        run_week(rt.engine, mailing(rt.ctx), week, settings.digest.timezone,
                 token_days=settings.members.token_days)
        rt.wake()
