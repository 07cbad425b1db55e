"""Settings of what goes out to members: [tiers], [digest], [members] and [notices]."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from digest.notices.tiers import DEFAULT_MODES, Mode, TierPolicy
from mailgate.config.table import Table
from store.status import Urgency


@dataclass(frozen=True)
class Digest:
    enabled: bool
    weekday: str        # "mon" .. "sun"
    hour: int
    minute: int
    timezone: str       # e.g. "Europe/Stockholm"; ISO weeks are counted in this zone


@dataclass(frozen=True)
class Members:
    bounce_threshold: float    # a member whose bounce score reaches this is suspended
    bounce_window_days: int    # bounces older than this no longer count
    token_days: int            # how long comment and unsubscribe addresses in a notice work


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def read_tiers(t: Table) -> TierPolicy:
    t.reject_unknown({str(u) for u in Urgency})
    modes = dict(DEFAULT_MODES)
    for urgency, default in DEFAULT_MODES.items():
        value = t.text(urgency, default)
        if value not in set(Mode):
            raise t.error(urgency, f"expected one of {', '.join(Mode)}, got {value!r}")
        modes[urgency] = Mode(value)
    if modes[Urgency.RED] != Mode.ALWAYS:
        raise t.error("red", "red warnings always go to every member at once")
    return TierPolicy(modes)


def read_digest(t: Table) -> Digest:
    t.reject_unknown({"enabled", "weekday", "time", "timezone"})
    weekday = t.text("weekday", "mon").lower()[:3]
    if weekday not in WEEKDAYS:
        raise t.error("weekday", f"expected one of {', '.join(WEEKDAYS)}")
    at = t.text("time", "07:00")
    hour, sep, minute = at.partition(":")
    if not sep or not hour.isdigit() or not minute.isdigit() or int(hour) > 23 \
            or int(minute) > 59:
        raise t.error("time", f"expected HH:MM, got {at!r}")
    zone = t.text("timezone", "Europe/Stockholm")
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise t.error("timezone", f"unknown time zone {zone!r}") from None
    return Digest(enabled=t.flag("enabled", True), weekday=weekday, hour=int(hour),
                  minute=int(minute), timezone=zone)


def read_members(t: Table) -> Members:
    t.reject_unknown({"bounce_threshold", "bounce_window_days", "token_days"})
    return Members(
        bounce_threshold=t.number("bounce_threshold", 3.0),
        bounce_window_days=t.integer("bounce_window_days", 30, minimum=1),
        token_days=t.integer("token_days", 90, minimum=1),
    )


@dataclass(frozen=True)
class Notices:
    full_text: bool    # False: headline, parts and a link to the portal (red: always full)


def read_notices(t: Table) -> Notices:
    t.reject_unknown({"full_text"})
    return Notices(full_text=t.flag("full_text", True))
