"""A wake-up for a pool of worker threads that wakes one of them, not all.

With a threading.Event every idle thread woke at each new row and raced the others to claim
it: one got it, the rest ran a claim transaction for nothing (for four couriers, three
wasted transactions per processed report). A ring here wakes one waiting thread; rings that
come while nobody waits are kept (as one) for the next thread that looks. A thread that
finds more work than it can take rings again, so helpers join as the queue grows.
"""

from __future__ import annotations

import threading


class Doorbell:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._rung = False
        self._closed = False

    def set(self) -> None:
        """Ring: wake one waiting thread (the name keeps Event's, for callers' hooks)."""
        with self._cond:
            self._rung = True
            self._cond.notify()

    def wait(self, timeout: float) -> bool:
        """Until rung or `timeout`; True when this thread took a ring."""
        with self._cond:
            if not (self._rung or self._closed):
                self._cond.wait(timeout)
            took = self._rung or self._closed
            if not self._closed:
                self._rung = False
            return took

    def close(self) -> None:
        """Wake every thread, now and from now on (shutting down)."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
