"""The service's clock: one table of time jobs (JOBS), each run once across all processes.

Every `vsn serve` sharing the database runs a Schedule: a thread that looks at the rows of
`scheduled_job` (store/jobs.py) every few seconds and whenever a job falls due. A due run
is taken by one process with a single UPDATE (a lease), runs on a thread of that process,
and then its next run is planned from the job's trigger (APScheduler's cron and interval
triggers). While the job runs, its process renews the lease; if the process dies, the lease
runs out (LEASE) and another process takes the run again, at once when the dead process was
on the same host. Runs missed while the service was down are made once when it starts
(coalesced), and a restart never moves the next run.

Every job must be idempotent with its uniqueness in the store (the digest: one per member
per ISO week), because a run cut short by a crash is run again.

To add a job: write `def my_job(engine, ctx) -> object` and add a line to JOBS with a
trigger built from the settings (return None to switch the job off). Delivery threads are
woken after every run, so mail a job queues goes out at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from digest.weekly.run import RunResult, run_week, unfinished
from digest.weekly.week import due_week
from mailgate.config.mailing import mailing, weekly_at
from mailgate.config.settings import Settings
from mailgate.context import Context
from mailgate.hold.batch import send_batched
from mailgate.hold.requested import requested_job
from mailgate.hold.timers import escalate_red, expire_held, remind_waiting
from mailgate.members.reactivate import paused_job
from mailgate.service.leases import holder_id, is_dead_local
from mailgate.service.retention import purge_job
from store import jobs as rows
from store.db import session
from store.types import utcnow

log = logging.getLogger(__name__)

LEASE = timedelta(seconds=60)   # a dead holder's run is taken over after this
TICK_SECONDS = 5.0              # the longest the clock sleeps between looks at the rows

Trigger = Callable[[Settings], BaseTrigger | None]


@dataclass(frozen=True)
class Job:
    name: str
    run: Callable[[Engine, Context], object]
    trigger: Trigger


def weekly_digest(engine: Engine, ctx: Context) -> list[RunResult]:
    """The week that is due, and first a week whose run was cut short by a crash."""
    settings = ctx.settings
    with session(engine) as s:
        left = unfinished(s)
    due = due_week(utcnow(), weekly_at(settings))
    return [run_week(engine, mailing(ctx), week, settings.digest.timezone,
                     token_days=settings.members.token_days)
            for week in sorted({w for w in (left, due) if w is not None})]


def digest_trigger(settings: Settings) -> BaseTrigger | None:
    d = settings.digest
    if not d.enabled:
        return None
    return CronTrigger(day_of_week=d.weekday, hour=d.hour, minute=d.minute,
                       timezone=d.timezone)


def every(**interval: int) -> Trigger:
    return lambda settings: IntervalTrigger(**interval)


def batch_trigger(settings: Settings) -> BaseTrigger | None:
    return IntervalTrigger(minutes=settings.intake.batch_minutes)


def daily(hour: int, minute: int = 0) -> Trigger:
    return lambda settings: CronTrigger(hour=hour, minute=minute,
                                        timezone=settings.digest.timezone)


REVIEW_REQUESTS = "review-requests"

JOBS: tuple[Job, ...] = (
    Job("weekly-digest", weekly_digest, digest_trigger),
    Job("escalate-red", escalate_red, every(minutes=1)),      # moderation: timers.py
    Job("expire-held", expire_held, every(hours=1)),
    Job("remind-waiting", remind_waiting, daily(8)),
    Job("review-batches", send_batched, batch_trigger),       # floods: hold/batch.py
    # Run at once when a moderator asks in the portal (Schedule.run_soon); the minute is
    # the sweep for a request whose process ended before it rang.
    Job(REVIEW_REQUESTS, requested_job, every(minutes=1)),    # hold/requested.py
    Job("paused-notices", paused_job, every(hours=6)),        # members: reactivate.py
    Job("retention-purge", purge_job, daily(3, 30)),         # personal data: retention.py
)


def describe(trigger: BaseTrigger | None) -> str:
    """The trigger as stored: a changed description means a changed configuration."""
    if trigger is None:
        return ""
    zone = f" {trigger.timezone}" if isinstance(trigger, CronTrigger) else ""
    return f"{trigger}{zone}"


def next_after(trigger: BaseTrigger, previous: datetime | None, now: datetime
               ) -> datetime | None:
    """The first fire time after `now`: runs missed meanwhile collapse into the one made."""
    fire: datetime | None = trigger.get_next_fire_time(previous, now)
    while fire is not None and fire <= now:
        fire = trigger.get_next_fire_time(fire, now)
    return fire


class Schedule:
    def __init__(self, engine: Engine, ctx: Context, wake: Callable[[], None],
                 jobs: tuple[Job, ...] = JOBS) -> None:
        self.engine = engine
        self.ctx = ctx
        self.wake = wake
        self.jobs = {j.name: j for j in jobs}
        self.holder = holder_id()
        self.running: dict[str, datetime] = {}   # job -> the planned time being run
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.nudge = threading.Event()
        self.pool = ThreadPoolExecutor(max_workers=len(jobs) or 1, thread_name_prefix="job")
        self.thread = threading.Thread(target=self._loop, name="schedule", daemon=True)

    def start(self) -> None:
        self._plan_all()
        self.thread.start()

    def stop(self) -> None:
        """Stop taking runs; a run in progress finishes and lets go of its lease."""
        self.stopping.set()
        self.nudge.set()
        if self.thread.is_alive():
            self.thread.join(timeout=30)
        self.pool.shutdown(wait=True)

    def run_soon(self, name: str) -> None:
        """Make a job due now, for whichever process looks first (this one, nudged)."""
        try:
            with session(self.engine) as s:
                rows.run_now(s, name)
        except OperationalError:   # the job's next planned run does it instead
            log.warning("job %s: could not be made due now", name)
        self.nudge.set()

    def next_runs(self) -> dict[str, str]:
        with session(self.engine) as s:
            states = rows.job_states(s)
        return {n: str(st.next_run_at) for n, st in states.items()
                if n in self.jobs and st.next_run_at is not None}

    def _triggers(self) -> dict[str, BaseTrigger | None]:
        return {name: job.trigger(self.ctx.settings) for name, job in self.jobs.items()}

    def _plan_all(self) -> None:
        now = utcnow()
        with session(self.engine) as s:
            states = rows.job_states(s)
            for name, trigger in self._triggers().items():
                said, found = describe(trigger), states.get(name)
                fresh = next_after(trigger, None, now) if trigger is not None else None
                if found is None:
                    rows.plan(s, name, said, fresh)
                elif found.trigger != said:
                    # A time carried over from an older vsn (no trigger stored) is kept.
                    kept = found.next_run_at if not found.trigger and trigger else fresh
                    rows.replan(s, name, said, kept)
            if unfinished(s) is not None and self.ctx.settings.digest.enabled:
                log.info("a digest run was cut short; it runs again now")
                rows.run_now(s, "weekly-digest", now)

    def _loop(self) -> None:
        while not self.stopping.is_set():
            try:
                wait = self.tick()
            except OperationalError as exc:
                log.warning("schedule: database unavailable (%s); retrying",
                            type(exc.orig).__name__)
                wait = TICK_SECONDS
            except Exception:  # a bug must not stop the clock of every job
                log.exception("schedule: looking at the jobs failed")
                wait = TICK_SECONDS
            self.nudge.wait(wait)
            self.nudge.clear()

    def tick(self) -> float:
        """Renew the leases of runs in progress, take the runs that are due; returns how
        long to sleep before the next look."""
        now = utcnow()
        with session(self.engine) as s:
            with self.lock:
                mine = list(self.running)
            rows.renew(s, mine, self.holder, LEASE)
            states = rows.job_states(s)
        wait = TICK_SECONDS
        for name, st in states.items():
            if name not in self.jobs or name in mine or st.next_run_at is None:
                continue
            if st.next_run_at > now:
                wait = min(wait, (st.next_run_at - now).total_seconds())
            elif self._free(st, now):
                self._take(name, now)
        return max(wait, 0.05)

    def _free(self, st: rows.JobState, now: datetime) -> bool:
        if st.holder is None or st.lease_until is None or st.lease_until < now:
            return True
        if is_dead_local(st.holder):
            with session(self.engine) as s:
                rows.release(s, st.name, st.holder)
            log.info("job %s: its holder died; taking the run over", st.name)
            return True
        return False

    def _take(self, name: str, now: datetime) -> None:
        with session(self.engine) as s:
            planned = rows.take(s, name, self.holder, LEASE, now)
        if planned is None or self.stopping.is_set():
            if planned is not None:
                with session(self.engine) as s:
                    rows.release(s, name, self.holder)
            return  # another process was quicker
        with self.lock:
            self.running[name] = planned
        self.pool.submit(self._run, self.jobs[name], planned)

    def _run(self, job: Job, planned: datetime) -> None:
        try:
            job.run(self.engine, self.ctx)
        except Exception:  # logged; the next trigger runs it again
            log.exception("scheduled job %s failed", job.name)
        try:
            trigger = job.trigger(self.ctx.settings)
            following = next_after(trigger, planned, utcnow()) if trigger else None
            with session(self.engine) as s:
                if not rows.finish(s, job.name, self.holder, following):
                    log.warning("job %s: the lease ran out while it ran", job.name)
        except OperationalError:
            log.warning("job %s: could not record the run; its lease will run out", job.name)
        finally:
            with self.lock:
                self.running.pop(job.name, None)
            self.wake()
            self.nudge.set()
