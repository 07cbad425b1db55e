"""ISO weeks in the digest's time zone, and which week's digest is due at a given moment."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_LABEL = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.I)


@dataclass(frozen=True, order=True)
class Week:
    year: int
    number: int

    @classmethod
    def parse(cls, label: str) -> Week:
        match = _LABEL.match(label.strip())
        if not match:
            raise ValueError(f"not an ISO week such as 2026-W48: {label!r}")
        week = cls(int(match.group(1)), int(match.group(2)))
        week.monday()  # raises ValueError for week 53 of a 52-week year
        return week

    @classmethod
    def of(cls, day: date) -> Week:
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.number:02d}"

    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.number, 1)

    def previous(self) -> Week:
        return Week.of(self.monday() - timedelta(days=7))

    def bounds(self, zone: str) -> tuple[datetime, datetime]:
        """Monday 00:00 to the next Monday 00:00 local time, as UTC instants."""
        tz = ZoneInfo(zone)
        start = datetime.combine(self.monday(), time(), tz)
        end = datetime.combine(self.monday() + timedelta(days=7), time(), tz)
        return start.astimezone(UTC), end.astimezone(UTC)


@dataclass(frozen=True)
class WeeklyAt:
    """When the digest goes out: weekday, hour and minute in a time zone."""

    weekday: str = "mon"
    hour: int = 7
    minute: int = 0
    zone: str = "Europe/Stockholm"

    def fire_in(self, week: Week) -> datetime:
        day = week.monday() + timedelta(days=WEEKDAYS.index(self.weekday))
        return datetime.combine(day, time(self.hour, self.minute), ZoneInfo(self.zone))


def current_week(now: datetime, zone: str) -> Week:
    return Week.of(now.astimezone(ZoneInfo(zone)).date())


def due_week(now: datetime, at: WeeklyAt) -> Week:
    """The week whose digest was last due at or before `now`: the one before the last run."""
    this = current_week(now, at.zone)
    fired = this if now >= at.fire_in(this) else this.previous()
    return fired.previous()
