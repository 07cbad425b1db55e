"""The watch over the inbound rows in hand: a thread of each `vsn serve` that

- renews their leases, so that no other process takes a row a worker is still on (before,
  a row slower than `[workers] lease_seconds` was claimed again at every expiry, until
  every worker of every process was busy with the same message);
- stops an attempt that runs past `[workers] row_seconds` (interrupt.py); the worker rolls
  it back and counts it, and after `[workers] max_attempts` the row is quarantined;
- gives back rows a store outage left claimed (workers.py, release_lost);
- abandons a worker that does not stop (blocked in a call): the watch settles its row and
  a new worker takes its place; the old one ends when its call returns, its work rolled
  back (its claim is gone: flow.ClaimLost).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from mailgate.context import Context
from mailgate.service.hands import Hands
from mailgate.service.interrupt import RowTimeLimit
from mailgate.service.quarantine import settle
from store.db import session
from store.inbound import Reason, renew

log = logging.getLogger(__name__)

# Seconds an interrupted worker has to stop before the watch gives up on it.
GRACE_SECONDS = 5.0


def tick_seconds(lease: float, row_seconds: float) -> float:
    """Often enough to renew a lease three times before it runs out, and to notice a
    row past its time within a quarter of its limit; at most every 5 s."""
    return max(0.05, min(lease / 3, row_seconds / 4, 5.0))


class Watch:
    def __init__(self, engine: Engine, ctx: Context, hands: Hands, holder: str,
                 replace: Callable[[], None], release_lost: Callable[[], None]) -> None:
        self.engine, self.ctx, self.hands, self.holder = engine, ctx, hands, holder
        self.replace = replace   # starts a worker in place of an abandoned one
        self.release_lost = release_lost   # rows a store outage left claimed
        w = ctx.settings.workers
        self.row_seconds = w.row_seconds
        self.tick = tick_seconds(w.lease_seconds, w.row_seconds)

    def run(self, stop: threading.Event) -> None:
        while not stop.wait(self.tick):
            try:
                self.step()
            except OperationalError as exc:
                log.warning("could not renew leases (%s); retrying", type(exc.orig).__name__)

    def step(self) -> None:
        self.release_lost()
        ids = self.hands.ids()
        if ids:
            with session(self.engine) as s:
                renew(s, self.holder, ids)
        for row_id in self.hands.time_limit(self.row_seconds, RowTimeLimit):
            log.warning("inbound %s: past its time limit (%g s); stopping it", row_id,
                        self.row_seconds)
        for row_id in self.hands.stuck(GRACE_SECONDS):
            log.error("inbound %s: its worker did not stop; abandoned, a new one starts",
                      row_id)
            settle(self.engine, self.ctx, row_id, self.holder, Reason.TIME_LIMIT,
                   f"over {self.row_seconds:g} s (the worker did not stop)")
            self.replace()
