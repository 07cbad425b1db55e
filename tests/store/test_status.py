"""Status transitions: one table per status enum, so equal values never share rules."""

from __future__ import annotations

import pytest

from store.status import EventStatus, ReportStatus, TransitionError, check

ALLOWED_CASES = [
    ("held", ReportStatus.PUBLISHED),
    ("held", ReportStatus.REJECTED),
    ("published", EventStatus.RETRACTED),
]
REFUSED_CASES = [
    ("published", ReportStatus.REJECTED),   # a decided report stays decided
    ("rejected", ReportStatus.PUBLISHED),
    ("published", ReportStatus.EXPIRED),
    ("retracted", EventStatus.PUBLISHED),
]


@pytest.mark.parametrize(("current", "new"), ALLOWED_CASES)
def test_allowed(current: str, new: ReportStatus | EventStatus) -> None:
    check(current, new)


@pytest.mark.parametrize(("current", "new"), REFUSED_CASES)
def test_refused(current: str, new: ReportStatus | EventStatus) -> None:
    with pytest.raises(TransitionError):
        check(current, new)
