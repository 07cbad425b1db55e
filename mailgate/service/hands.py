"""The inbound rows a process's worker threads hold, with which thread and since when.

The watch renews these rows' leases, interrupts a thread whose row has run past its time
and abandons one that does not stop; at shutdown every holder is interrupted. An interrupt
is raised only while the row is still registered, under the same lock the worker takes to
drop it, so it never lands in a thread that has moved on to another row.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass

from mailgate.service.interrupt import Interrupt, interrupt


@dataclass
class Held:
    row_id: int
    thread: int                       # threading.get_ident() of the worker
    started: float                    # time.monotonic()
    interrupted: float | None = None  # when the time limit was raised in it


class Hands:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rows: dict[int, Held] = {}
        self._abandoned: set[int] = set()   # threads to end once their row returns

    def take(self, ids: Iterable[int]) -> None:
        me, now = threading.get_ident(), time.monotonic()
        with self._lock:
            self._rows.update((i, Held(i, me, now)) for i in ids)

    def drop(self, row_id: int) -> None:
        with self._lock:
            self._rows.pop(row_id, None)

    def ids(self) -> set[int]:
        with self._lock:
            return set(self._rows)

    def time_limit(self, seconds: float, exc: type[Interrupt]) -> list[int]:
        """Interrupt the threads whose row started more than `seconds` ago (once each)."""
        now, hit = time.monotonic(), []
        with self._lock:
            for held in self._rows.values():
                if held.interrupted is None and now - held.started > seconds:
                    held.interrupted = now
                    interrupt(held.thread, exc)
                    hit.append(held.row_id)
        return hit

    def stuck(self, grace: float) -> list[int]:
        """Rows interrupted more than `grace` seconds ago and still held: their threads are
        blocked in a call. The rows are dropped and the threads marked to end."""
        now = time.monotonic()
        with self._lock:
            gone = [h for h in self._rows.values()
                    if h.interrupted is not None and now - h.interrupted > grace]
            for held in gone:
                del self._rows[held.row_id]
                self._abandoned.add(held.thread)
        return [held.row_id for held in gone]

    def abandoned(self) -> bool:
        """Whether the calling thread was given up on (then it ends after its row)."""
        with self._lock:
            return threading.get_ident() in self._abandoned

    def interrupt_all(self, exc: type[Interrupt]) -> int:
        with self._lock:
            return sum(interrupt(h.thread, exc) for h in self._rows.values())
