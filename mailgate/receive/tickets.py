"""Who waits for a message's commit, and how the spool writer answers them.

A thread waits on a concurrent Future (IMAP, `vsn ingest`). An SMTP session waits on an
asyncio future of its event loop; the writer answers all of one commit's sessions on a
loop with one `call_soon_threadsafe`, where `asyncio.wrap_future` costs a wake-up, a
callback chain and two futures per message.
"""

from __future__ import annotations

import asyncio
import contextlib
from concurrent.futures import Future
from typing import Protocol

Answers = list[tuple["asyncio.Future[int]", int | BaseException]]


class Ticket(Protocol):
    """Who waits for one message's commit: a thread (a concurrent Future) or an event loop."""

    def claim(self) -> bool:
        """False if the waiter is gone (its message is then not stored); after True it stays."""

    def settle(self, result: int | BaseException, batch: Batch) -> None: ...


class Batch:
    """The answers of one commit, handed to each event loop in one call, not one each."""

    def __init__(self) -> None:
        self.loops: dict[asyncio.AbstractEventLoop, Answers] = {}

    def add(self, loop: asyncio.AbstractEventLoop, future: asyncio.Future[int],
            result: int | BaseException) -> None:
        self.loops.setdefault(loop, []).append((future, result))

    def send(self) -> None:
        for loop, answers in self.loops.items():
            with contextlib.suppress(RuntimeError):  # that loop is closed: nobody to tell
                loop.call_soon_threadsafe(_answer, answers)


def _answer(answers: Answers) -> None:
    for future, result in answers:
        if future.done():  # cancelled meanwhile: the client hung up
            continue
        if isinstance(result, BaseException):
            future.set_exception(result)
        else:
            future.set_result(result)


class ThreadTicket:
    def __init__(self) -> None:
        self.future: Future[int] = Future()

    def claim(self) -> bool:
        # Marked running, no cancel can come between commit and answer (set_result on a
        # cancelled future raised and killed the writer thread).
        return self.future.set_running_or_notify_cancel()

    def settle(self, result: int | BaseException, batch: Batch) -> None:
        if isinstance(result, BaseException):
            self.future.set_exception(result)
        else:
            self.future.set_result(result)


class LoopTicket:
    def __init__(self) -> None:
        self.loop = asyncio.get_running_loop()
        self.future: asyncio.Future[int] = self.loop.create_future()

    def claim(self) -> bool:
        return not self.future.done()  # cancelled: the client hung up after its final dot

    def settle(self, result: int | BaseException, batch: Batch) -> None:
        batch.add(self.loop, self.future, result)
