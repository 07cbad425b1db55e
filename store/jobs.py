"""Scheduled jobs shared by every process: one row per job, taken for a run by one UPDATE.

The row says when the job runs next and which process runs it now (`holder`, until
`lease_until`). Taking a due run is a single conditional UPDATE, atomic on SQLite and on
PostgreSQL (where a second UPDATE waits for the first and then re-checks the condition), so
of several processes exactly one gets it. The holder renews its lease while the job runs; a
holder that died stops renewing, and once the lease has run out the next process to look
takes the run again (jobs are idempotent, see mailgate/service/schedule.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import String, Table, Text, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Field, Session, SQLModel

from store.types import UTCDateTime, utcnow


class ScheduledJob(SQLModel, table=True):
    __tablename__ = "scheduled_job"
    name: str = Field(primary_key=True, sa_type=String(64))
    # The trigger as configured; when the configuration changes the next run is planned anew.
    trigger: str = Field(default="", sa_type=Text)
    next_run_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    holder: str | None = Field(default=None, sa_type=String(128))
    lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    started_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    runs: int = 0


@dataclass(frozen=True)
class JobState:
    name: str
    trigger: str
    next_run_at: datetime | None
    holder: str | None
    lease_until: datetime | None


def _t() -> Table:
    table = ScheduledJob.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


def job_states(s: Session) -> dict[str, JobState]:
    t = _t()
    rows = s.execute(select(t.c.name, t.c.trigger, t.c.next_run_at, t.c.holder,
                            t.c.lease_until))
    return {r.name: JobState(r.name, r.trigger, r.next_run_at, r.holder, r.lease_until)
            for r in rows}


def plan(s: Session, name: str, trigger: str, next_run_at: datetime | None) -> None:
    """Create the job's row if missing (another process may do so at the same moment)."""
    t = _t()
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    s.execute(dialect.insert(t).on_conflict_do_nothing().values(
        name=name, trigger=trigger, next_run_at=next_run_at, runs=0))


def replan(s: Session, name: str, trigger: str, next_run_at: datetime | None) -> None:
    """The configured trigger changed (or the job was switched off: next_run_at None)."""
    t = _t()
    s.execute(update(t).where(t.c.name == name).values(trigger=trigger,
                                                       next_run_at=next_run_at))


def take(s: Session, name: str, holder: str, lease: timedelta,
         now: datetime | None = None) -> datetime | None:
    """Take the job's due run for `holder`: its planned time, or None when it is not due
    or another holder's lease still runs."""
    t = _t()
    now = now or utcnow()
    stmt = (update(t)
            .where(t.c.name == name, t.c.next_run_at <= now,
                   or_(t.c.holder.is_(None), t.c.lease_until < now))
            .values(holder=holder, lease_until=now + lease, started_at=now)
            .returning(t.c.next_run_at))
    found: datetime | None = s.execute(stmt).scalar()
    return found


def renew(s: Session, names: list[str], holder: str, lease: timedelta) -> None:
    t = _t()
    if names:
        s.execute(update(t).where(t.c.name.in_(names), t.c.holder == holder)
                  .values(lease_until=utcnow() + lease))


def finish(s: Session, name: str, holder: str, next_run_at: datetime | None) -> bool:
    """The run is over: plan the next one and let go. False if the lease was lost."""
    t = _t()
    result = s.execute(update(t).where(t.c.name == name, t.c.holder == holder).values(
        holder=None, lease_until=None, finished_at=utcnow(), next_run_at=next_run_at,
        runs=t.c.runs + 1))
    return bool(result.rowcount)  # type: ignore[attr-defined]


def release(s: Session, name: str, holder: str) -> None:
    """A holder known to be dead: its run is free to take at once."""
    t = _t()
    s.execute(update(t).where(t.c.name == name, t.c.holder == holder)
              .values(holder=None, lease_until=None))


def run_now(s: Session, name: str, now: datetime | None = None) -> None:
    """Make the job due now (e.g. a digest run cut short by a crash); a job switched off
    (no next run) stays off."""
    t = _t()
    now = now or utcnow()
    s.execute(update(t).where(t.c.name == name, t.c.next_run_at > now)
              .values(next_run_at=now))
