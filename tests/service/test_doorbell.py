"""The workers' doorbell: a ring wakes one idle thread, not all of them to race for one row;
a ring while nobody waits is kept for the next thread; shutting down wakes everyone."""

from __future__ import annotations

import threading

from mailgate.service.doorbell import Doorbell

from support import wait_for


def test_a_ring_wakes_one_of_the_waiting_threads() -> None:
    bell = Doorbell()
    closing = threading.Event()
    woke: list[bool] = []
    waiting = threading.Barrier(4)

    def idle() -> None:
        waiting.wait()
        bell.wait(30)
        woke.append(closing.is_set())

    threads = [threading.Thread(target=idle) for _ in range(3)]
    for t in threads:
        t.start()
    waiting.wait()
    wait_for(lambda: len(bell._cond._waiters) == 3, what="three idle threads")  # type: ignore[attr-defined]
    bell.set()
    wait_for(lambda: len(woke) == 1, what="one thread to wake")
    closing.set()
    bell.close()
    for t in threads:
        t.join(10)
    assert sorted(woke) == [False, True, True]   # one by the ring, two by the shutdown


def test_a_ring_nobody_waited_for_is_kept_for_the_next_look() -> None:
    bell = Doorbell()
    bell.set()
    bell.set()                   # rings coalesce
    assert bell.wait(30) is True
    assert bell.wait(0.01) is False
