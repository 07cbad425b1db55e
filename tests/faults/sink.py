"""The outgoing relay in fault tests: a real SMTP server on loopback (aiosmtpd) that keeps
every message it accepted, and can stop answering mid-way.

`hold(after=n)`: once n messages are accepted, each further DATA waits, unanswered, until
`release()`. A test waits for `holding`, knows that `vsn serve` is in the middle of sending
(some messages delivered, one in flight, the rest queued), and kills it right there. A
message whose sender died while it was held is never counted: aiosmtpd cancels the handler
of a connection that closes, as a real relay forgets a message it did not answer.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import default
from typing import Any

from aiosmtpd.controller import Controller


@dataclass(frozen=True)
class Delivered:
    rcpt: str
    subject: str
    raw: bytes


class Sink:
    def __init__(self, port: int) -> None:
        self.port = port
        self.delivered: list[Delivered] = []
        self.holding = threading.Event()   # a DATA is waiting for release()
        self._hold_after: int | None = None
        self._release: asyncio.Event | None = None
        self._unanswered = 0  # DATA commands waiting for release(), their senders alive
        self._lock = threading.Lock()
        self._controller: Controller | None = None
        self._transports: set[asyncio.BaseTransport] = set()

    # -- running ---------------------------------------------------------------------
    def start(self) -> Sink:
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self._controller.start()
        self._release = None
        return self

    def stop(self) -> None:
        """The relay goes away as a dead process does: open connections are cut, new ones
        refused until start() again."""
        if self._controller is not None:
            asyncio.run_coroutine_threadsafe(self._cut(), self._controller.loop).result(10)
            with self._lock:  # a held message dies unanswered with its connection
                self._hold_after, self._release = None, None
            self._controller.stop()
            self._controller = None

    async def _cut(self) -> None:
        for transport in self._transports:
            transport.abort()
        self._transports.clear()

    def __enter__(self) -> Sink:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- holding ---------------------------------------------------------------------
    def hold(self, after: int) -> None:
        """Answer `after` messages in all (counting those already delivered), then wait."""
        with self._lock:
            self._hold_after = after
            self.holding.clear()

    def unanswered(self) -> int:
        """DATA commands held and not yet dropped. A killed sender's count reaches 0 only
        once the relay has seen its connections close: released before that, a held
        message would be counted (and the sender, dead, would send it again at restart),
        which no relay that forgets unanswered messages does."""
        with self._lock:
            return self._unanswered

    def release(self) -> None:
        with self._lock:
            self._hold_after = None
            event, self._release = self._release, None
        if event is not None and self._controller is not None:
            self._controller.loop.call_soon_threadsafe(event.set)

    # -- what arrived ----------------------------------------------------------------
    def to(self, rcpt: str, subject: str = "") -> list[Delivered]:
        """What arrived for `rcpt` with a subject starting with `subject`."""
        with self._lock:
            return [d for d in self.delivered
                    if d.rcpt == rcpt.lower() and d.subject.startswith(subject)]

    def count(self, subject: str) -> Counter[str]:
        """Per recipient, how many messages with a subject starting so arrived."""
        with self._lock:
            return Counter(d.rcpt for d in self.delivered if d.subject.startswith(subject))

    def total(self) -> int:
        with self._lock:
            return len(self.delivered)

    # -- aiosmtpd handler hooks ------------------------------------------------------
    async def handle_EHLO(self, server: Any, session: Any, envelope: Any, hostname: str,
                          responses: list[str]) -> list[str]:
        session.host_name = hostname
        self._transports.add(server.transport)
        responses.insert(1, "250-PIPELINING")   # as a real relay; couriers pipeline
        return responses

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        event = self._must_wait()
        if event is not None:
            self.holding.set()
            with self._lock:
                self._unanswered += 1
            try:
                await event.wait()   # cancelled, uncounted, if the sender dies meanwhile
            finally:
                with self._lock:
                    self._unanswered -= 1
        headers = BytesHeaderParser(policy=default).parsebytes(envelope.content)
        subject = str(headers.get("Subject", ""))
        with self._lock:
            for rcpt in envelope.rcpt_tos:
                self.delivered.append(Delivered(rcpt.lower(), subject, envelope.content))
        return "250 2.0.0 queued"

    def _must_wait(self) -> asyncio.Event | None:
        with self._lock:
            if self._hold_after is None or len(self.delivered) < self._hold_after:
                return None
            if self._release is None:
                self._release = asyncio.Event()
            return self._release
