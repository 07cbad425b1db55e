"""The moderation tests' kit: an in-process desk (the real store, flow and templates, no
server; what the service sends read back from the outbox) and the mail real clients send."""

from __future__ import annotations

import email
import hashlib
from collections.abc import Callable
from datetime import timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from mailgate.config.settings import from_mapping
from mailgate.context import Context
from mailgate.flow import process
from store.db import open_store, session
from store.models import InboundMail, Outbox, Report
from store.status import InboundStatus
from store.types import utcnow

from synthetic import FICTIONAL_MOBILE, personnummer

MODERATORS = ("mod1@fhm.example.se", "mod2@fhm.example.se")
ADMIN = "admin@fhm.example.se"
REPORTER = "handlaggare@kommun-a.example.se"
DOMAIN = "vsn.example.se"


class Desk:
    def __init__(self, folder: Path, *, intake: dict[str, Any] | None = None,
                 store_url: str | None = None, **moderation: Any) -> None:
        data: dict[str, Any] = {
            "gateway": {"domain": DOMAIN},
            "store": {"url": store_url or f"sqlite:///{folder / 'vsn.sqlite3'}"},
            "delivery": {"url": f"maildir://{folder / 'outbox'}"},
            "moderation": {"moderators": list(MODERATORS), "admins": [ADMIN], **moderation},
            "intake": intake or {},
        }
        self.ctx = Context(from_mapping(data, source="<test>", base_dir=folder))
        self.engine = open_store(self.ctx.settings.store.url)

    def deliver(self, msg: EmailMessage, rcpt: str | None = None) -> str | None:
        """Store and process one message as the SMTP gateway and a worker would."""
        raw = msg.as_bytes(policy=policy.SMTP)
        to = rcpt or str(msg["To"])
        with session(self.engine) as s:
            row = InboundMail(raw=raw, size=len(raw), sha256=hashlib.sha256(raw).hexdigest(),
                              mail_from=str(msg["From"].addresses[0].addr_spec),
                              rcpt_tos=[to], status=InboundStatus.PROCESSING)
            s.add(row)
            s.flush()
            row_id = row.id
        assert row_id is not None
        kind = process(self.engine, self.ctx, row_id)
        with session(self.engine) as s:
            stored = s.get(InboundMail, row_id)
            assert stored is not None
            assert stored.status == InboundStatus.DONE, stored.error
        return kind

    def sent(self, rcpt: str | None = None, subject_part: str = "") -> list[EmailMessage]:
        with session(self.engine) as s:
            stmt = select(Outbox).order_by(col(Outbox.id))
            if rcpt is not None:
                stmt = stmt.where(col(Outbox.rcpt) == rcpt.lower())
            rows = list(s.exec(stmt))
        found = [_parse(r.raw) for r in rows]
        return [m for m in found if subject_part in str(m["Subject"])]

    def one(self, rcpt: str, subject_part: str = "") -> EmailMessage:
        found = self.sent(rcpt, subject_part)
        assert found, f"no mail to {rcpt} with {subject_part!r}: " + repr(
            [str(m["Subject"]) for m in self.sent(rcpt)])
        return found[-1]

    def s(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def report(self, reference: str | None = None) -> Report:
        with self.s() as s:
            stmt = select(Report).order_by(col(Report.id).desc())
            if reference:
                stmt = stmt.where(col(Report.reference) == reference)
            found = s.exec(stmt).first()
            assert found is not None
            return found

    def age(self, reference: str, **delta: float) -> None:
        """Move a report's clock back, as if it had arrived `delta` ago."""
        with session(self.engine) as s:
            report = s.exec(select(Report).where(col(Report.reference) == reference)).one()
            report.created_at = utcnow() - timedelta(**delta)
            if report.expires_at is not None:
                report.expires_at -= timedelta(**delta)
            s.add(report)


def body(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def _parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


PNR = personnummer("850412", "123")
REPORT_TEXT = (
    "Hej,\n\nIgår kväll hittades Kalle Svensson medvetslös efter att ha tagit blå tabletter "
    f"märkta M30. Hans personnummer är {PNR}. Ring mig på {FICTIONAL_MOBILE}.\n\nMvh\n"
    "Handläggare A\n")
CLEAN_TEXT = ("Blå tabletter märkta M30 som säljs som oxykodon innehåller fentanyl. "
              "Flera förgiftningar i veckan.")


def report(subject: str = "RÖD: fentanyl i falska oxykodontabletter",
           text: str = REPORT_TEXT, sender: str = REPORTER) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"Handläggare A <{sender}>"
    msg["To"] = "vsn@vsn.example.se"
    msg["Subject"] = subject
    msg.set_content(text)
    return msg


def reply(to_mail: EmailMessage, sender: str, text: str, *, subject: str | None = None,
          headers: tuple[tuple[str, str], ...] = (), style: str = "kit") -> EmailMessage:
    """A top-posted reply to one of our mails, quoting it as STYLES[style] does."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = str(to_mail["Reply-To"])
    msg["Subject"] = subject or "SV: " + str(to_mail["Subject"])
    msg["In-Reply-To"] = str(to_mail["Message-ID"])
    for name, value in headers:
        msg[name] = value
    original = to_mail.get_body(preferencelist=("plain",))
    assert original is not None
    msg.set_content(STYLES[style](text, str(original.get_content()), str(to_mail["Subject"])))
    return msg


def _quoted(text: str) -> str:
    return "\n".join(("> " + line).rstrip() for line in text.splitlines())


_OUR_ADDRESS = "VSN <vsn@vsn.example.se>"
# How clients lay out a top-posted reply: (own text, our mail's text, its subject) -> body.
STYLES: dict[str, Callable[[str, str, str], str]] = {
    "kit": lambda own, mail, subject: (
        f"{own}\n\nDen 23 nov. 2026 kl. 10:02 skrev {_OUR_ADDRESS}:\n"
        + "\n".join("> " + line for line in mail.splitlines()) + "\n"),
    "gmail": lambda own, mail, subject: (
        f"{own}\n\nDen tors 3 dec. 2026 kl 14:02 skrev {_OUR_ADDRESS}:\n\n{_quoted(mail)}\n"),
    "gmail wrapped": lambda own, mail, subject: (   # a long attribution over two lines
        f"{own}\n\nDen tors 3 dec. 2026 kl 14:02 skrev VSN Varningssystem Narkotika <\n"
        f"vsn@vsn.example.se>:\n\n{_quoted(mail)}\n"),
    "outlook": lambda own, mail, subject: (   # desktop: unquoted below a header block
        f"{own}\n\n-----Ursprungligt meddelande-----\nFrån: {_OUR_ADDRESS}\n"
        f"Skickat: den 3 december 2026 14:02\nTill: {MODERATORS[0]}\nÄmne: {subject}\n\n"
        f"{mail}\n"),
    "outlook web": lambda own, mail, subject: (
        f"{own}\n\n________________________________\nFrån: {_OUR_ADDRESS}\n"
        f"Skickat: den 3 december 2026 14:02\nTill: {MODERATORS[0]}\nÄmne: {subject}\n\n"
        f"{mail}\n"),
    "apple mail": lambda own, mail, subject: (
        f"{own}\n\nSkickat från min iPhone\n\n3 dec. 2026 kl. 14:02 skrev {_OUR_ADDRESS}:"
        f"\n\n{_quoted(mail)}\n"),
    "alone": lambda own, mail, subject: f"{own}\n",   # the quote deleted before sending
}
