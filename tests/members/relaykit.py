"""A real SMTP relay on loopback (aiosmtpd) whose answers a test can script per recipient."""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.controller import Controller


@dataclass
class Script:
    """Per recipient, the answers to give to its next RCPT TO commands; then 250."""

    answers: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    accepted: list[tuple[str, str, bytes]] = field(default_factory=list)
    sessions: int = 0
    pipelining: bool = True     # advertise RFC 2920 (aiosmtpd reads commands line by line)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def refuse(self, rcpt: str, *answers: str) -> None:
        self.answers[rcpt.lower()].extend(answers)

    def to(self, rcpt: str) -> list[bytes]:
        with self.lock:
            return [data for _, r, data in self.accepted if r == rcpt.lower()]

    async def handle_EHLO(self, server: Any, session: Any, envelope: Any, hostname: str,
                          responses: list[str]) -> list[str]:
        with self.lock:
            self.sessions += 1
        session.host_name = hostname
        if self.pipelining:
            responses.insert(1, "250-PIPELINING")
        return responses

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          options: list[str]) -> str:
        with self.lock:
            queue = self.answers.get(address.lower())
            answer = queue.pop(0) if queue else "250 OK"
        if answer.startswith("250"):
            envelope.rcpt_tos.append(address)
        return answer

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            for rcpt in envelope.rcpt_tos:
                self.accepted.append((envelope.mail_from, rcpt.lower(), envelope.content))
        return "250 2.0.0 queued"


class Relay:
    def __init__(self, port: int) -> None:
        self.port = port
        self.script = Script()
        self.controller = Controller(self.script, hostname="127.0.0.1", port=port)

    def __enter__(self) -> Relay:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()
