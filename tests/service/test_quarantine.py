"""An inbound row's attempts, on SQLite and PostgreSQL: counted at the claim, uncounted by
a give-back, kept by a renewed lease, and after [workers] max_attempts failures (or
deaths of the process) the row is quarantined and the operators told by id only. And the
interrupt that stops a worker thread at its row's time limit."""

from __future__ import annotations

import hashlib
import socket
import subprocess
import sys
import threading
from datetime import timedelta
from email import message_from_bytes, policy
from pathlib import Path

from sqlalchemy.engine import Engine

from mailgate.config.settings import from_mapping
from mailgate.context import Context
from mailgate.service.hands import Hands
from mailgate.service.interrupt import RowTimeLimit
from mailgate.service.quarantine import settle_in
from mailgate.service.workers import release_dead_claims
from store.db import open_store, session
from store.inbound import Reason, give_back, renew, set_aside
from store.models import InboundMail, Outbox
from store.queries import claim_inbound, still_claimed
from store.status import InboundStatus

ADMIN = "driftansvarig@fhm.example.se"
SENDER = "anna.svensson@kommun-a.example.se"
LEASE = timedelta(minutes=5)


def desk(url: str, folder: Path) -> tuple[Engine, Context]:
    data = {"gateway": {"domain": "vsn.example.se"}, "store": {"url": url},
            "delivery": {"url": f"maildir://{folder / 'outbox'}"},
            "moderation": {"moderators": ["mod1@fhm.example.se"], "admins": [ADMIN]},
            "workers": {"max_attempts": 3}}
    ctx = Context(from_mapping(data, source="<test>", base_dir=folder))
    return open_store(url), ctx


def stored(engine: Engine) -> int:
    raw = (f"From: {SENDER}\r\nSubject: Anna Svensson 19800101-1234\r\n\r\nText.\r\n").encode()
    with session(engine) as s:
        row = InboundMail(raw=raw, size=len(raw), sha256=hashlib.sha256(raw).hexdigest(),
                          mail_from=SENDER, rcpt_tos=["vsn@vsn.example.se"])
        s.add(row)
        s.flush()
        assert row.id is not None
        return row.id


def claim(engine: Engine, worker: str) -> list[int]:
    with session(engine) as s:
        return claim_inbound(s, worker, 1, LEASE)


def row(engine: Engine, row_id: int) -> InboundMail:
    with session(engine) as s:
        found = s.get(InboundMail, row_id)
        assert found is not None
        return found


def test_an_attempt_counts_at_the_claim_and_a_give_back_uncounts_it(
        store_url: str, tmp_path: Path) -> None:
    engine, _ = desk(store_url, tmp_path)
    row_id = stored(engine)
    assert claim(engine, "w1") == [row_id]
    claimed = row(engine, row_id)
    assert claimed.attempts == 1
    with session(engine) as s:
        assert renew(s, "w1", [row_id]) == 1
        assert renew(s, "w2", [row_id]) == 0, "only the holder renews"
    assert row(engine, row_id).claimed_at != claimed.claimed_at
    with session(engine) as s:
        assert still_claimed(s, claimed), "a renewed lease is still the same claim"
        assert give_back(s, "w1", [row_id]) == 1
    back = row(engine, row_id)
    assert (back.status, back.attempts, back.claimed_by) == (InboundStatus.RECEIVED, 0, None)


def test_failures_go_back_to_the_queue_until_max_attempts_then_quarantine(
        store_url: str, tmp_path: Path) -> None:
    engine, ctx = desk(store_url, tmp_path)
    row_id = stored(engine)
    outcomes = []
    for _ in range(3):
        assert claim(engine, "w1") == [row_id]
        with session(engine) as s:
            outcomes.append(settle_in(s, ctx, row_id, "w1", Reason.ERROR,
                                      "KeyError: 'Anna Svensson'"))
    assert outcomes == [InboundStatus.RECEIVED, InboundStatus.RECEIVED,
                        InboundStatus.QUARANTINED]
    assert claim(engine, "w1") == [], "a quarantined row is taken by no worker"
    with session(engine) as s:
        aside = set_aside(s)
        notices = [o for o in s.query(Outbox).all() if o.kind == "alert"]
    assert [(a.id, a.attempts, a.reason) for a in aside] == [(row_id, 3, "error: KeyError")]
    assert [n.rcpt for n in notices] == [ADMIN]
    notice = message_from_bytes(notices[0].raw, policy=policy.default)
    text = str(notice.get_body(preferencelist=("plain",)).get_content())  # type: ignore[union-attr]
    assert f"Meddelande: {row_id}" in text and "error: KeyError" in text
    for secret in ("Anna", "Svensson", "19800101", SENDER):
        assert secret not in text and secret not in str(notice["Subject"])


def test_a_row_its_process_died_on_counts_an_attempt_and_is_quarantined_at_the_last(
        store_url: str, tmp_path: Path) -> None:
    engine, ctx = desk(store_url, tmp_path)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead = f"{socket.gethostname()}:{gone.stdout.strip()}:0000"
    first, second = stored(engine), stored(engine)
    for expected in (1, 2, 3):   # the process dies on `first` three times
        assert claim(engine, dead) == [first]
        assert release_dead_claims(engine, ctx) == 1
        assert row(engine, first).attempts == expected
    assert row(engine, first).status == InboundStatus.QUARANTINED
    assert row(engine, second).status == InboundStatus.RECEIVED
    with session(engine) as s:
        assert [a.reason for a in set_aside(s)] == ["crash: the process ended"]


def test_the_time_limit_interrupts_a_worker_inside_its_row() -> None:
    hands, holding, stopped = Hands(), threading.Event(), threading.Event()

    def worker() -> None:
        hands.take([7])
        holding.set()
        spins = 0
        try:
            while True:   # a long scan: Python code, never waiting
                spins += 1
        except RowTimeLimit:
            hands.drop(7)
            stopped.set()

    thread = threading.Thread(target=worker, daemon=True)
    thread.start()
    assert holding.wait(10)
    assert hands.time_limit(3600, RowTimeLimit) == [], "not yet past its time"
    assert hands.time_limit(0, RowTimeLimit) == [7]
    assert stopped.wait(10), "the interrupt landed in the running loop"
    thread.join(10)
    assert hands.ids() == set() and hands.stuck(0) == []


def test_a_worker_given_up_on_does_not_settle_a_later_claim_of_its_row(
        store_url: str, tmp_path: Path) -> None:
    """The watch settled the row of a blocked worker and this process claimed it again:
    when the old worker's call returns, its failure belongs to a claim that is over."""
    engine, ctx = desk(store_url, tmp_path)
    row_id = stored(engine)
    claim(engine, "w1")
    with session(engine) as s:
        settle_in(s, ctx, row_id, "w1", Reason.TIME_LIMIT, "over 1 s (the worker did not stop)")
    assert claim(engine, "w1") == [row_id]
    with session(engine) as s:
        assert settle_in(s, ctx, row_id, "w1", Reason.ERROR, "OperationalError", attempt=1) \
            is None
        assert give_back(s, "w1", [row_id], attempt=1) == 0
    again = row(engine, row_id)
    assert (again.status, again.attempts) == (InboundStatus.PROCESSING, 2)
