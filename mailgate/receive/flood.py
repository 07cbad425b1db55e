"""Flood limits: at most N messages from one envelope sender, or from one client address
(SenderLimit keyed by the peer's IP), in any minute.

A sender over the limit is answered `451 4.7.1` at MAIL FROM: temporary, so nothing is
lost (its MTA retries later), and nothing of the message is read. Other senders are served
as usual. The null sender `<>` (bounces, auto-replies) is one sender of its own.

Counted per acceptor process: with N acceptors sharing the port each allows
ceil(limit / N) (`per_process`). The kernel spreads connections over the acceptors, so a
sender that opens many connections meets about the configured limit in all; one that
keeps a single connection open meets a single acceptor's share.
"""

from __future__ import annotations

import math
from collections import deque

WINDOW_SECONDS = 60.0
NULL_SENDER = "<>"


def per_process(limit: int, acceptors: int) -> int:
    return max(1, math.ceil(limit / max(1, acceptors)))


class SenderLimit:
    """A sliding window per sender: the times of its messages accepted in the last minute."""

    def __init__(self, limit: int, window: float = WINDOW_SECONDS) -> None:
        self.limit = limit
        self.window = window
        self._seen: dict[str, deque[float]] = {}
        self._swept_at = 0.0

    def allow(self, sender: str, now: float) -> bool:
        """True, and counted, if `sender` is under its limit at `now` (monotonic seconds)."""
        self._sweep(now)
        key = sender.strip().lower() or NULL_SENDER
        times = self._seen.setdefault(key, deque())
        while times and now - times[0] >= self.window:
            times.popleft()
        if len(times) >= self.limit:
            return False  # refused attempts are not counted: the sender gets back in on time
        times.append(now)
        return True

    def _sweep(self, now: float) -> None:
        """Forget senders quiet for a whole window, once a window, so the table stays small."""
        if now - self._swept_at < self.window:
            return
        self._swept_at = now
        stale = [k for k, times in self._seen.items()
                 if not times or now - times[-1] >= self.window]
        for key in stale:
            del self._seen[key]
