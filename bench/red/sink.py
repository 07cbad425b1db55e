"""The relay the service delivers to: an aiosmtpd sink that notes when each message arrives."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session


@dataclass
class Arrival:
    at: float          # time.perf_counter() when DATA was complete at the sink
    rcpt: str
    subject: str


@dataclass
class Sink:
    port: int
    arrivals: list[Arrival] = field(default_factory=list)
    changed: threading.Condition = field(default_factory=threading.Condition)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        at = time.perf_counter()
        raw = envelope.content if isinstance(envelope.content, bytes) else b""
        subject = str(message_from_bytes(raw, policy=policy.default)["Subject"] or "")
        with self.changed:
            self.arrivals += [Arrival(at, r.lower(), subject) for r in envelope.rcpt_tos]
            self.changed.notify_all()
        return "250 OK"

    def wait(self, rcpt: str, subject_part: str, timeout: float = 60.0) -> Arrival:
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                for arrival in self.arrivals:
                    if arrival.rcpt == rcpt and subject_part in arrival.subject:
                        return arrival
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no mail to {rcpt} with {subject_part!r}")
                self.changed.wait(left)

    def start(self) -> Controller:
        # 127.0.0.1 explicitly: the Controller would bind ::1 and the relay client not find it.
        controller = Controller(self, hostname="127.0.0.1", port=self.port)
        controller.start()
        return controller
