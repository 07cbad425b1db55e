"""Worker threads of `vsn serve`: inbound processing and outbox delivery.

Each loop claims rows from the store, so any number of threads and processes can share
the work; a doorbell (doorbell.py) makes new work start at once instead of at the next
poll, waking one idle thread per ring.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from datetime import timedelta
from pathlib import Path

from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError

from digest.deliver import lanes
from digest.deliver.bounces import on_refused
from digest.deliver.courier import Courier, RetryPolicy
from digest.deliver.journal import SentJournal, forget, left_behind
from digest.deliver.transports import Transport
from mailgate.config.mailing import bounce_policy, mailing
from mailgate.config.settings import Settings
from mailgate.context import Context
from mailgate.flow import process
from mailgate.service.doorbell import Doorbell
from mailgate.service.leases import holder_id, is_dead_local
from store.db import session
from store.queries import (
    claim_inbound,
    claimants,
    release_claims_of,
    release_inbound_not_held,
)
from store.types import utcnow

log = logging.getLogger(__name__)

INBOUND_BATCH = 4
# Parsing and scanning can wait; the SMTP acceptor's answers cannot (docs/intake.md).
INBOUND_NICE = 10


def release_dead_claims(engine: Engine, journals: Path | None = None) -> int:
    """Rows claimed by a process of this host that no longer runs go back to the queue,
    except those its couriers' journals say the relay accepted: those are sent."""
    left = list(left_behind(journals, is_dead_local)) if journals else []
    with session(engine) as s:
        for journal in left:  # first, in the same transaction as the release
            lanes.mark_sent(s, journal.sent, journal.holder, utcnow())
        dead = [c for c in claimants(s) if is_dead_local(c)]
        released = release_claims_of(s, dead)
    for journal in left:
        forget(journal)
    return released


def journal_folder(settings: Settings) -> Path:
    """Where couriers journal what the relay accepted: beside a SQLite store, else in
    var/ beside the config (journal.py)."""
    url = make_url(settings.store.url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return Path(str(url.database)).parent / "journal"
    return settings.base_dir / "var" / "journal"


def yield_cpu_to_intake() -> None:
    """Lower this thread's CPU priority. On Linux a nice value belongs to one thread, so the
    acceptor process and the other threads keep theirs."""
    if sys.platform == "linux":
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), INBOUND_NICE)


class Workers:
    def __init__(self, engine: Engine, ctx: Context, transport: Transport) -> None:
        self.engine = engine
        self.ctx = ctx
        self.transport = transport
        self.id = holder_id()
        self.stop = threading.Event()
        self.inbound_wake = Doorbell()
        self.outbox_wake = Doorbell()
        self.outbox_lock = threading.Lock()   # the couriers' turns at writing (deliver.py)
        # Inbound rows a thread of ours has claimed and not finished with. A claimed row
        # outside it was left claimed by a store outage: `_inbound_step` gives it back.
        self.in_hand: set[int] = set()
        self.in_hand_lock = threading.Lock()
        self.claiming = threading.Lock()
        self.threads: list[threading.Thread] = []
        w = ctx.settings.workers
        self.poll = w.poll_seconds
        self.lease = timedelta(seconds=w.lease_seconds)
        d = ctx.settings.delivery
        self.policy = RetryPolicy(d.max_attempts, d.retry_base_seconds)
        self.journals = journal_folder(ctx.settings)

    def start(self) -> None:
        for n in range(self.ctx.settings.workers.threads):
            self._spawn(self._inbound_loop, f"inbound-{n}")
        for n in range(self.ctx.settings.delivery.connections):
            self._spawn(self._outbox_loop, f"outbox-{n}")

    def run_until_idle(self) -> None:
        """Process and deliver in this thread until nothing is left that is due."""
        while self._inbound_step() or self._outbox_step():
            pass

    def _spawn(self, target: object, name: str) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)  # type: ignore[arg-type]
        thread.start()
        self.threads.append(thread)

    def shutdown(self) -> None:
        self.stop.set()
        self.inbound_wake.close()
        self.outbox_wake.close()
        for thread in self.threads:
            thread.join(timeout=30)

    def _inbound_loop(self) -> None:
        yield_cpu_to_intake()
        while not self.stop.is_set():
            if not self._guard(self._inbound_step):
                self.inbound_wake.wait(self.poll)

    def _inbound_step(self) -> bool:
        # One thread at a time compares in_hand with the store, so a row claimed meanwhile
        # by another of our threads is never taken for a lost one.
        with self.claiming:
            with session(self.engine) as s:
                with self.in_hand_lock:
                    held = set(self.in_hand)
                if release_inbound_not_held(s, self.id, held):
                    log.info("gave back inbound rows a store outage had left claimed")
                ids = claim_inbound(s, self.id, INBOUND_BATCH, self.lease)
            with self.in_hand_lock:  # committed: ours now
                self.in_hand.update(ids)
        if len(ids) == INBOUND_BATCH:
            self.inbound_wake.set()   # maybe more waiting: another thread may help
        for row_id in ids:
            try:
                process(self.engine, self.ctx, row_id)
            finally:
                with self.in_hand_lock:
                    self.in_hand.discard(row_id)
            self.outbox_wake.set()
        return bool(ids)

    def _outbox_loop(self) -> None:
        # One courier per thread: its relay connection is reused from batch to batch.
        journal = SentJournal(self.journals, self.id, threading.current_thread().name)
        courier = self._courier(journal)
        try:
            while not self.stop.is_set():
                if not self._guard(lambda: self._courier_step(courier)):
                    courier.close()  # idle: do not hold the relay's connection open
                    self.outbox_wake.wait(self.poll)
        finally:
            try:
                courier.close()
            finally:
                journal.close()

    def _courier_step(self, courier: Courier) -> bool:
        outcome = courier.step()
        if outcome.claimed >= courier.batch:
            self.outbox_wake.set()   # a full batch: there may be more for another courier
        return outcome.active

    def _outbox_step(self) -> bool:
        courier = self._courier()
        try:
            courier.step()
            return courier.step(claim=False).handled > 0
        finally:
            courier.close()

    def _courier(self, journal: SentJournal | None = None) -> Courier:
        hook = on_refused(mailing(self.ctx), bounce_policy(self.ctx.settings))
        return Courier(self.engine, self.transport, self.id, self.policy, lease=self.lease,
                       on_refused=hook, write_lock=self.outbox_lock, journal=journal)

    def _guard(self, step: object) -> bool:
        try:
            return bool(step())  # type: ignore[operator]
        except OperationalError as exc:
            log.warning("database unavailable (%s); retrying", type(exc.orig).__name__)
            self.stop.wait(self.poll)
            return False
