"""Delivery through a real relay on loopback: retries, refusals, a relay that is down,
reused connections and parallel couriers; never a lost or doubled message."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import col, select

from digest.deliver.bounces import BouncePolicy, on_refused
from digest.deliver.courier import Courier, Outcome, RetryPolicy
from digest.deliver.transports import SmtpTransport
from digest.notices.first import notify
from store.db import session
from store.models import Bounce, Event, Member
from store.types import utcnow

from members.kit import ADMIN, Kit, Relay
from support import free_port, wait_for

FAST = RetryPolicy(max_attempts=5, base_seconds=0.05)


def _queue_notices(kit: Kit, members: int) -> list[str]:
    kit.members(members)
    event_id = kit.event("red", "Röd varning")
    with session(kit.engine) as s:
        event = s.get(Event, event_id)
        assert event is not None
        notify(s, kit.ctx.identity, kit.ctx.bounce_address, event)
    return sorted(r.rcpt for r in kit.outbox("notice"))


def _courier(kit: Kit, port: int, worker: str = "w1", **kw: object) -> Courier:
    hook = on_refused(kit.mailing, BouncePolicy(threshold=1.0, admins=(ADMIN,)))
    return Courier(kit.engine, SmtpTransport("127.0.0.1", port, timeout=5), worker, FAST,
                   on_refused=hook, **kw)  # type: ignore[arg-type]


def _attempt(courier: Courier) -> Outcome:
    """One batch: claim, send, record."""
    courier.step()
    return courier.step(claim=False)


def _drain(courier: Courier) -> None:
    """Step until nothing is queued; a retry waits for its (short) backoff."""
    def settled() -> bool:
        courier.step()
        rows = courier_rows(courier)
        return all(r in ("sent", "failed") for r in rows)
    wait_for(settled, timeout=20, what="the outbox to settle")


def courier_rows(courier: Courier) -> list[str]:
    with session(courier.engine) as s:
        from store.models import Outbox
        return list(s.exec(select(Outbox.status)))


@pytest.mark.parametrize("pipelining", [True, False])
def test_4xx_is_retried_and_delivered_exactly_once(tmp_path: Path, pipelining: bool) -> None:
    kit = Kit(tmp_path)
    rcpts = _queue_notices(kit, 3)
    with Relay(free_port()) as relay:
        relay.script.pipelining = pipelining
        relay.script.refuse(rcpts[0], "451 4.3.0 try again later", "421 4.7.0 busy")
        courier = _courier(kit, relay.port)
        first = _attempt(courier)
        assert (first.sent, first.retried) == (2, 1)
        _drain(courier)
        courier.close()
        assert all(len(relay.script.to(r)) == 1 for r in rcpts)
    (row,) = kit.outbox(rcpt=rcpts[0])
    # 451 counted one attempt; the 421 closed the (reused) channel, so the courier tried
    # again at once on a new connection, where the relay accepted it.
    assert row.status == "sent" and row.attempts == 2


def test_5xx_fails_scores_a_hard_bounce_suspends_and_tells_the_admins(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    rcpts = _queue_notices(kit, 2)
    with Relay(free_port()) as relay:
        relay.script.refuse(rcpts[1], "550 5.1.1 no such user")
        courier = _courier(kit, relay.port)
        outcome = _attempt(courier)
        assert (outcome.sent, outcome.failed) == (1, 1)
        _drain(courier)   # the admins' mail goes out too
        courier.close()
        assert relay.script.to(ADMIN)
    (row,) = kit.outbox(rcpt=rcpts[1])
    assert row.status == "failed" and "550" in (row.last_error or "")
    with session(kit.engine) as s:
        member = s.exec(select(Member).where(col(Member.email) == rcpts[1])).one()
        assert member.status == "suspended" and member.bounce_score == 1.0
        assert s.exec(select(Bounce)).one().source == "relay"


def test_a_relay_that_is_down_loses_and_doubles_nothing(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    rcpts = _queue_notices(kit, 5)
    port = free_port()
    courier = _courier(kit, port)
    down = _attempt(courier)
    assert down.retried == 5 and down.sent == 0
    assert all(r.status == "queued" and r.attempts == 1 for r in kit.outbox())
    with Relay(port) as relay:
        _drain(courier)
        courier.close()
        assert sorted(r for _, r, _ in relay.script.accepted) == rcpts


def test_one_connection_carries_many_messages(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    _queue_notices(kit, 120)
    with Relay(free_port()) as relay:
        courier = _courier(kit, relay.port, batch=50)
        courier.drain()
        courier.close()
        assert len(relay.script.accepted) == 120 and relay.script.sessions == 1


def test_parallel_couriers_share_the_queue(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    rcpts = _queue_notices(kit, 400)
    with Relay(free_port()) as relay:
        def lane(n: int) -> None:
            courier = _courier(kit, relay.port, worker=f"w{n}", batch=25)
            courier.drain()
            courier.close()
        threads = [threading.Thread(target=lane, args=(n,)) for n in range(4)]
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert time.monotonic() - started < 60
        accepted = sorted(r for _, r, _ in relay.script.accepted)
        assert accepted == rcpts and relay.script.sessions == 4
    assert all(r.status == "sent" and r.sent_at and r.sent_at <= utcnow()
               for r in kit.outbox())


@pytest.mark.parametrize("pipelining", [True, False])
def test_lines_starting_with_a_dot_arrive_intact(pipelining: bool) -> None:
    raw = b"Subject: punkt\r\n\r\nForsta raden\r\n.Andra raden\r\n..\r\nSlut\r\n"
    with Relay(free_port()) as relay:
        relay.script.pipelining = pipelining
        connection = SmtpTransport("127.0.0.1", relay.port, timeout=5).connect()
        connection.send("vsn-bounces@vsn.example.se", "a@b.example.se", raw)
        connection.close()
        (got,) = relay.script.to("a@b.example.se")
    assert got.replace(b"\r\n", b"\n") == raw.replace(b"\r\n", b"\n")


def test_a_stopping_courier_gives_back_what_it_did_not_send(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    _queue_notices(kit, 3)
    courier = _courier(kit, free_port())
    assert courier.step().claimed == 3          # claimed, not yet sent
    courier.close()
    assert all(r.status == "queued" and r.attempts == 0 and r.claimed_by is None
               for r in kit.outbox())


def test_a_courier_whose_lease_ran_out_leaves_the_outcome_to_the_new_holder(
        tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    rcpts = _queue_notices(kit, 2)
    with Relay(free_port()) as relay:
        relay.script.refuse(rcpts[0], "550 5.1.1 no such user")
        slow = _courier(kit, relay.port, "w1")
        assert slow.step().claimed == 2
        # w1 stalls past its lease; w2 takes the rows over, as after a lease of 0 s.
        assert _courier(kit, relay.port, "w2", lease=timedelta(0)).step().claimed == 2
        slow.step(claim=False)   # w1 wakes up, sends, and must not record over w2
        slow.close()
    refused = kit.outbox(rcpt=rcpts[0])[0]
    assert refused.status == "sending" and refused.claimed_by == "w2"
    with session(kit.engine) as s:
        assert s.exec(select(Bounce)).all() == []   # no bounce scored twice for one mail
        member = s.exec(select(Member).where(col(Member.email) == rcpts[0])).one()
        assert member.status == "active"
