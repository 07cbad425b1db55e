"""The member, digest and delivery tests' kit: a real store on a temporary SQLite file, the
real flow, the outbox read back as parsed messages, and a real SMTP relay on loopback
(aiosmtpd) whose answers a test scripts per recipient. Synthetic data only."""

from __future__ import annotations

import email
import hashlib
import threading
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from digest.compose.message import Mailing
from mailgate.config.mailing import mailing
from mailgate.config.settings import from_mapping
from mailgate.context import Context
from store.db import open_store, session
from store.models import Event, InboundMail, Member, Outbox, Report
from store.queries import outbox_bytes
from store.status import InboundStatus
from store.types import utcnow

DOMAIN = "vsn.example.se"
MODERATORS = ("mod1@fhm.example.se", "mod2@fhm.example.se")
ADMIN = "admin@fhm.example.se"


class Kit:
    def __init__(self, folder: Path, **sections: dict[str, Any]) -> None:
        data: dict[str, Any] = {
            "gateway": {"domain": DOMAIN},
            "store": {"url": f"sqlite:///{folder / 'vsn.sqlite3'}"},
            "delivery": {"url": f"maildir://{folder / 'outbox'}"},
            "moderation": {"moderators": list(MODERATORS), "admins": [ADMIN]},
        }
        for name, values in sections.items():
            data[name] = {**data.get(name, {}), **values}
        self.ctx = Context(from_mapping(data, source="<test>", base_dir=folder))
        self.engine: Engine = open_store(self.ctx.settings.store.url)

    @property
    def mailing(self) -> Mailing:
        return mailing(self.ctx)

    def members(self, count: int, **fields: Any) -> list[int]:
        with session(self.engine) as s:
            rows = [Member(email=f"medlem{i}@kommun{i % 7}.example.se", **fields)
                    for i in range(count)]
            s.add_all(rows)
            s.flush()
            return [m.id or 0 for m in rows]

    def event(self, urgency: str, title: str = "", *, text: str = "Blå tabletter märkta M30.",
              at: datetime | None = None, region: str = "Skåne") -> int:
        with session(self.engine) as s:
            return add_event(s, urgency, title, text=text, at=at, region=region).id or 0

    def outbox(self, kind: str | None = None, rcpt: str | None = None) -> list[Outbox]:
        with session(self.engine) as s:
            stmt = select(Outbox).order_by(col(Outbox.id))
            if kind:
                stmt = stmt.where(col(Outbox.kind) == kind)
            if rcpt:
                stmt = stmt.where(col(Outbox.rcpt) == rcpt)
            rows = list(s.exec(stmt))
            whole = [outbox_bytes(s, r) for r in rows]
        for row, raw in zip(rows, whole, strict=True):  # detached now: nothing is written back
            row.raw = raw
        return rows

    def deliver(self, msg: EmailMessage, rcpt: str | None = None,
                mail_from: str | None = None) -> str | None:
        """Store and process one inbound message as the gateway and a worker would."""
        from mailgate.flow import process  # the scanner loads with the flow: only when needed

        raw = msg.as_bytes(policy=policy.SMTP)
        sender = mail_from if mail_from is not None else msg["From"].addresses[0].addr_spec
        with session(self.engine) as s:
            row = InboundMail(raw=raw, size=len(raw), sha256=hashlib.sha256(raw).hexdigest(),
                              mail_from=sender, rcpt_tos=[rcpt or str(msg["To"])],
                              status=InboundStatus.PROCESSING)
            s.add(row)
            s.flush()
            row_id = row.id or 0
        kind = process(self.engine, self.ctx, row_id)
        return str(kind) if kind else None


def add_event(s: Session, urgency: str, title: str = "", *,
              text: str = "Blå tabletter märkta M30.", at: datetime | None = None,
              region: str = "Skåne", status: str = "published") -> Event:
    """A published event with the inbound mail and report it came from."""
    raw = f"{title}{urgency}{uuid.uuid4().hex}".encode()
    inbound = InboundMail(raw=raw, sha256=hashlib.sha256(raw).hexdigest(),
                          status=InboundStatus.DONE)
    s.add(inbound)
    s.flush()
    n = inbound.id or 0
    report = Report(reference=f"T-{n:04d}", inbound_id=n, sender="a@b.example.se",
                    urgency=urgency, status="published")
    s.add(report)
    s.flush()
    event = Event(report_id=report.id or 0, reference=report.reference,
                  title=title or f"Varning {n}", text=text, urgency=urgency, region=region,
                  status=status, published_at=at or utcnow())
    s.add(event)
    s.flush()
    return event


def parsed(row: Outbox) -> EmailMessage:
    msg = email.message_from_bytes(row.raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def text_of(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def html_of(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("html",))
    assert part is not None
    return str(part.get_content())


def mail(sender: str, to: str, subject: str, text: str, **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@x.example.se>"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(text)
    return msg


def days_ago(n: float) -> datetime:
    return utcnow() - timedelta(days=n)


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
