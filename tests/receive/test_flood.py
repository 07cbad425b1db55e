"""The per-sender flood limit as a table of moments (flood.py)."""

from __future__ import annotations

from mailgate.receive.flood import SenderLimit, per_process


def test_a_sender_gets_its_limit_in_any_minute_then_gets_back_in() -> None:
    limit = SenderLimit(3)
    assert [limit.allow("a@x.example", t) for t in (0, 1, 2, 3, 59.9)] == \
        [True, True, True, False, False]
    assert limit.allow("a@x.example", 60.0)       # the first one is a minute old
    assert not limit.allow("a@x.example", 60.5)   # the second is not yet
    assert limit.allow("a@x.example", 61.0)


def test_senders_are_counted_apart_and_case_does_not_escape_the_count() -> None:
    limit = SenderLimit(2)
    assert limit.allow("A@X.example", 0) and limit.allow("a@x.example", 0)
    assert not limit.allow("a@X.EXAMPLE", 0)
    assert limit.allow("b@x.example", 0)


def test_the_null_sender_is_one_sender_of_its_own() -> None:
    limit = SenderLimit(1)
    assert limit.allow("<>", 0)
    assert not limit.allow("", 1)
    assert limit.allow("postmaster@x.example", 1)


def test_quiet_senders_are_forgotten() -> None:
    limit = SenderLimit(5)
    for n in range(100):
        limit.allow(f"s{n}@x.example", 0)
    limit.allow("late@x.example", 61)
    assert list(limit._seen) == ["late@x.example"]


def test_several_acceptors_share_the_limit() -> None:
    assert [per_process(120, n) for n in (1, 2, 3)] == [120, 60, 40]
    assert per_process(1, 4) == 1
