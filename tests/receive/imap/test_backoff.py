from __future__ import annotations

import pytest

from mailgate.receive.imap import Backoff, should_report


@pytest.mark.parametrize(("failures", "delay"), [(1, 1.0), (2, 2.0), (5, 16.0), (30, 300.0)])
def test_backoff_doubles_up_to_a_limit(failures: int, delay: float) -> None:
    assert Backoff(1.0, 300.0).delay(failures) == delay


def test_operators_hear_at_the_third_failure_then_now_and_then() -> None:
    reported = [n for n in range(1, 60) if should_report(n)]
    assert reported == [3, 23, 43]
