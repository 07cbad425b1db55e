"""ISO weeks in Stockholm time, and which week's digest is due."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from digest.weekly.week import Week, WeeklyAt, due_week

AT = WeeklyAt("mon", 7, 0, "Europe/Stockholm")
CASES = [
    # now (UTC), due week: 2026-11-30 is a Monday; 07:00 Stockholm is 06:00 UTC in winter
    (datetime(2026, 11, 30, 5, 59, tzinfo=UTC), "2026-W47"),
    (datetime(2026, 11, 30, 6, 0, tzinfo=UTC), "2026-W48"),
    (datetime(2026, 12, 3, 12, 0, tzinfo=UTC), "2026-W48"),
    (datetime(2027, 1, 4, 6, 30, tzinfo=UTC), "2026-W53"),   # 2026 has 53 ISO weeks
    (datetime(2026, 6, 1, 5, 0, tzinfo=UTC), "2026-W22"),    # summer time: 07:00 is 05:00 UTC
]


@pytest.mark.parametrize(("now", "label"), CASES)
def test_due_week(now: datetime, label: str) -> None:
    assert due_week(now, AT).label == label


def test_bounds_are_local_midnights() -> None:
    start, end = Week.parse("2026-W48").bounds("Europe/Stockholm")
    assert start == datetime(2026, 11, 22, 23, 0, tzinfo=UTC)
    assert end == datetime(2026, 11, 29, 23, 0, tzinfo=UTC)


@pytest.mark.parametrize("label", ["2026-48", "W48", "2025-W53", "2026-W54"])
def test_bad_week_labels(label: str) -> None:
    with pytest.raises(ValueError):
        Week.parse(label)
