"""Worker threads of `vsn serve`: inbound processing and outbox delivery.

Each loop claims rows from the store, so any number of threads and processes can share
the work; a doorbell (doorbell.py) makes new work start at once instead of at the next
poll, waking one idle thread per ring.

An inbound worker claims one row at a time, so that a slow row never holds others it
claimed with it; the watch (watch.py) renews the lease of the row in hand and stops an
attempt past its time. At shutdown the rows in hand go back to the queue uncounted.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError

from digest.deliver import lanes, overtaken
from digest.deliver.bounces import on_refused
from digest.deliver.courier import Courier, RetryPolicy
from digest.deliver.journal import SentJournal, forget, left_behind
from digest.deliver.transports import Transport
from mailgate.config.mailing import bounce_policy, mailing
from mailgate.config.settings import Settings
from mailgate.context import Context
from mailgate.flow import process
from mailgate.service.doorbell import Doorbell
from mailgate.service.hands import Hands
from mailgate.service.interrupt import RowTimeLimit, ShuttingDown
from mailgate.service.leases import holder_id, is_dead_local
from mailgate.service.quarantine import settle_in
from mailgate.service.watch import Watch
from store.db import session
from store.inbound import Reason, crashed_claims, give_back, waiting
from store.queries import (
    claim_inbound,
    claimants,
    release_claims_of,
    release_inbound_not_held,
)
from store.types import utcnow

log = logging.getLogger(__name__)

# Seconds the threads get at shutdown before the process gives back what they hold and
# exits (SIGTERM to exit within 10 s; docs/operations.md).
STOP_SECONDS = 5.0
# Parsing and scanning can wait; the SMTP acceptor's answers cannot (docs/intake.md).
INBOUND_NICE = 10


def release_dead_claims(engine: Engine, ctx: Context, journals: Path | None = None) -> int:
    """Rows claimed by a process of this host that no longer runs go back to the queue,
    except those its couriers' journals say the relay accepted: those are sent. An inbound
    row a process died on is a failed attempt (a message that kills its process must not
    do so forever): after [workers] max_attempts it is quarantined."""
    left = list(left_behind(journals, is_dead_local)) if journals else []
    with session(engine) as s:
        for journal in left:  # first, in the same transaction as the release
            lanes.mark_sent(s, journal.sent, journal.holder, utcnow())
        dead = [c for c in claimants(s) if is_dead_local(c)]
        crashed = crashed_claims(s, dead)
        for row_id, holder in crashed:
            settle_in(s, ctx, row_id, holder, Reason.CRASH, "the process ended")
        released = len(crashed) + release_claims_of(s, dead)
        overtaken.settle_released(s)
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
        # outside it was left claimed by a store outage: `release_lost` gives it back.
        self.hands = Hands()
        self.watch = Watch(engine, ctx, self.hands, self.id, self._replace_worker,
                           self.release_lost)
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
        self._spawn(lambda: self.watch.run(self.stop), "inbound-watch")

    def _replace_worker(self) -> None:
        self._spawn(self._inbound_loop, f"inbound-{len(self.threads)}")

    def run_until_idle(self) -> None:
        """Process and deliver in this thread until nothing is left that is due."""
        while self._inbound_step() or self._outbox_step():
            pass

    def _spawn(self, target: object, name: str) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)  # type: ignore[arg-type]
        thread.start()
        self.threads.append(thread)

    def begin_shutdown(self) -> None:
        """Stop taking work, and stop the rows in hand where they are (interrupt.py)."""
        if self.stop.is_set():
            return
        self.stop.set()
        self.inbound_wake.close()
        self.outbox_wake.close()
        self.hands.interrupt_all(ShuttingDown)

    def shutdown(self) -> None:
        """Wait at most STOP_SECONDS in all for the threads, then give back what they
        still hold. A thread still running is a daemon: it ends with the process, its
        transaction never committed."""
        self.begin_shutdown()
        deadline = time.monotonic() + STOP_SECONDS
        for thread in list(self.threads):
            thread.join(timeout=max(0.0, deadline - time.monotonic()))
        # In a thread of its own: a stuck worker may hold the store's write lock.
        giving = threading.Thread(target=self._give_back_all, name="give-back", daemon=True)
        giving.start()
        giving.join(timeout=3.0)

    def _give_back_all(self) -> None:
        try:
            with session(self.engine) as s:
                if given := give_back(s, self.id):
                    log.info("gave back %d inbound rows in hand at shutdown", given)
        except OperationalError:
            log.warning("could not give back the rows in hand; a restart takes them back")

    def _inbound_loop(self) -> None:
        yield_cpu_to_intake()
        try:
            while not self.stop.is_set() and not self.hands.abandoned():
                if not self._guard(self._inbound_step):
                    self.inbound_wake.wait(self.poll)
        except ShuttingDown:
            pass

    def _inbound_step(self) -> bool:
        with self.claiming:
            with session(self.engine) as s:
                # One row: what a worker claims it starts at once, so a slow row holds no
                # other (a batch of 4 once waited behind a message that took hours).
                ids = claim_inbound(s, self.id, 1, self.lease)
                more = bool(ids) and waiting(s)
            self.hands.take(ids)  # committed: ours now
        if more:
            self.inbound_wake.set()   # another thread may help
        for row_id in ids:
            self._work(row_id)
        return bool(ids)

    def release_lost(self) -> None:
        """Give back our claimed rows no thread of ours holds: a store outage failed their
        processing and giving them back then. Run by the watch, not at every claim."""
        # Under `claiming`: a row claimed meanwhile by another of our threads, not yet in
        # its hands, is never taken for a lost one.
        with self.claiming, session(self.engine) as s:
            if release_inbound_not_held(s, self.id, self.hands.ids()):
                log.info("gave back inbound rows a store outage had left claimed")

    def _work(self, row_id: int) -> None:
        try:
            try:
                if self.stop.is_set():
                    raise ShuttingDown
                process(self.engine, self.ctx, row_id)
            finally:
                self.hands.drop(row_id)
        except RowTimeLimit:
            if self.hands.abandoned():
                return   # the watch settled the row when it gave up on this thread
            limit = self.ctx.settings.workers.row_seconds
            with session(self.engine) as s:
                settle_in(s, self.ctx, row_id, self.id, Reason.TIME_LIMIT, f"over {limit:g} s")
        except ShuttingDown:
            with session(self.engine) as s:
                give_back(s, self.id, [row_id])
            raise
        self.outbox_wake.set()

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
