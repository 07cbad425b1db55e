"""Time-based jobs: red escalation rounds, the daily list of what waits, expiry.

Each job is called as the scheduler would, at a chosen time; it may be called any number
of times and sends each mail once."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from mailgate.hold.timers import escalate_red, expire_held, remind_waiting
from store.types import utcnow

from moderate.kit import ADMIN, MODERATORS, REPORTER, Desk, body, reply, report

MOD1, MOD2 = MODERATORS


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    return Desk(tmp_path, red_escalation_minutes=15, max_hold_days=14)


def test_red_report_escalates_at_each_interval_until_decided(desk: Desk) -> None:
    desk.deliver(report(subject="RÖD: fentanyl"))
    ref = desk.report().reference
    now = utcnow()
    assert escalate_red(desk.engine, desk.ctx, now + timedelta(minutes=14)) == 0
    assert escalate_red(desk.engine, desk.ctx, now + timedelta(minutes=16)) == 3
    assert escalate_red(desk.engine, desk.ctx, now + timedelta(minutes=20)) == 0  # same round
    for person in (MOD1, MOD2, ADMIN):
        assert desk.one(person, "ESKALERING 1")
    escalated = desk.one(MOD1, "ESKALERING 1")
    assert f"[VSN-granskning {ref}]" in str(escalated["Subject"])
    assert str(escalated["Reply-To"]).startswith("vsn+review-")   # it can be acted on
    assert escalate_red(desk.engine, desk.ctx, now + timedelta(minutes=31)) == 3

    desk.deliver(reply(escalated, MOD1, "GODKÄNN"))
    assert desk.report().status == "published"
    assert escalate_red(desk.engine, desk.ctx, now + timedelta(minutes=46)) == 0
    assert not desk.sent(ADMIN, "ESKALERING 3")


def test_yellow_report_never_escalates(desk: Desk) -> None:
    desk.deliver(report(subject="Gul: nytt pulver"))
    assert escalate_red(desk.engine, desk.ctx, utcnow() + timedelta(hours=5)) == 0


def test_daily_list_shows_what_waits_oldest_first_once_a_day(desk: Desk) -> None:
    desk.deliver(report(subject="GRÖN: ny förpackning"))
    first = desk.report().reference
    desk.age(first, hours=30)
    desk.deliver(report(subject="GUL: nytt pulver"))
    second = desk.report().reference
    desk.deliver(report(subject="GUL: avgjord"))
    desk.deliver(reply(desk.sent(MOD1, "avgjord")[-1], MOD1, "AVSLÅ: test"))

    now = utcnow()
    assert remind_waiting(desk.engine, desk.ctx, now) == 2
    assert remind_waiting(desk.engine, desk.ctx, now) == 0
    text = body(desk.one(MOD2, "väntar på granskning"))
    assert text.index(first) < text.index(second)
    assert "avgjord" not in text and "2 rapporter" in str(desk.one(MOD2, "väntar")["Subject"])
    assert remind_waiting(desk.engine, desk.ctx, now + timedelta(days=1)) == 2


def test_report_held_too_long_expires_with_notice(desk: Desk) -> None:
    desk.deliver(report(subject="GUL: nytt pulver"))
    ref = desk.report().reference
    review = desk.one(MOD1, "[VSN-granskning")
    assert expire_held(desk.engine, desk.ctx, utcnow() + timedelta(days=13)) == 0
    assert expire_held(desk.engine, desk.ctx, utcnow() + timedelta(days=14, minutes=1)) == 1
    assert expire_held(desk.engine, desk.ctx, utcnow() + timedelta(days=15)) == 0
    assert desk.report().status == "expired"
    assert "14 dagar" in body(desk.one(REPORTER, f"{ref} har inte publicerats"))
    assert desk.one(MOD2, "UTGÅNGEN")
    desk.deliver(reply(review, MOD1, "GODKÄNN"))
    assert "gått ut" in body(desk.one(MOD1, "Inte utfört"))
    assert desk.report().status == "expired"
