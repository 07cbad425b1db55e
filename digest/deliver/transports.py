"""Where outgoing mail goes: a Maildir for development, an SMTP relay in production.

Library errors (smtplib, OSError) are translated here into Temporary/PermanentDeliveryError.
"""

from __future__ import annotations

import os
import smtplib
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from digest.deliver import pipelining
from digest.deliver.pipelining import Envelope
from digest.errors import DeliveryError, PermanentDeliveryError, TemporaryDeliveryError

OnSent = Callable[[int], None]   # index of an envelope the relay has just accepted


def _nothing(index: int) -> None:
    pass


class Connection(Protocol):
    def send(self, mail_from: str, rcpt: str, raw: bytes) -> None: ...

    def send_many(self, envelopes: list[Envelope],
                  on_sent: OnSent = _nothing) -> list[DeliveryError | None]:
        """Results for the envelopes tried, in order; shorter than the list when the
        connection broke (its last result is then a connection error, code None).
        `on_sent(i)` is called as soon as envelope i is accepted, before the next."""
        ...

    def close(self) -> None: ...


def send_each(connection: Connection, envelopes: list[Envelope],
              on_sent: OnSent = _nothing) -> list[DeliveryError | None]:
    """send_many one message at a time, stopping where the connection breaks."""
    results: list[DeliveryError | None] = []
    for i, e in enumerate(envelopes):
        try:
            connection.send(e.mail_from, e.rcpt, e.raw)
            results.append(None)
            on_sent(i)
        except DeliveryError as exc:
            results.append(exc)
            if exc.code is None:
                break
    return results


class Transport(Protocol):
    def connect(self) -> Connection: ...


@dataclass(frozen=True)
class MaildirTransport:
    """Each message becomes a file in <path>/new, its envelope in Delivered-To/Return-Path."""

    path: Path

    def connect(self) -> Connection:
        for sub in ("tmp", "new", "cur"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)
        return _MaildirConnection(self.path)


class _MaildirConnection:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0

    def send(self, mail_from: str, rcpt: str, raw: bytes) -> None:
        self.count += 1
        name = f"{time.time_ns()}.P{os.getpid()}Q{self.count}.{socket.gethostname()}"
        head = f"Return-Path: <{mail_from}>\r\nDelivered-To: {rcpt}\r\n".encode()
        tmp = self.path / "tmp" / name
        try:
            with open(tmp, "wb") as f:
                f.write(head + raw)
                f.flush()
                os.fsync(f.fileno())
            os.rename(tmp, self.path / "new" / name)
        except OSError as exc:
            raise TemporaryDeliveryError(f"maildir write failed: {exc.strerror}") from exc

    def send_many(self, envelopes: list[Envelope],
                  on_sent: OnSent = _nothing) -> list[DeliveryError | None]:
        return send_each(self, envelopes, on_sent)

    def close(self) -> None:
        pass


@dataclass(frozen=True)
class SmtpTransport:
    host: str
    port: int
    starttls: bool = False
    username: str | None = None
    password: str | None = None
    timeout: float = 30.0

    def connect(self) -> Connection:
        try:
            client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            client.ehlo()
            if self.starttls:
                client.starttls(context=ssl.create_default_context())
                client.ehlo()
            if self.username and self.password:
                client.login(self.username, self.password)
        except smtplib.SMTPResponseException as exc:
            raise _translate(exc.smtp_code, exc.smtp_error) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise TemporaryDeliveryError(f"relay {self.host}:{self.port}: {exc}") from exc
        return _SmtpConnection(client)


class _SmtpConnection:
    def __init__(self, client: smtplib.SMTP) -> None:
        self.client = client

    def send_many(self, envelopes: list[Envelope],
                  on_sent: OnSent = _nothing) -> list[DeliveryError | None]:
        if not pipelining.supported(self.client, envelopes):
            return send_each(self, envelopes, on_sent)
        results: list[DeliveryError | None] = []
        for reply in pipelining.send_many(self.client, envelopes, on_sent):
            if reply is pipelining.NOT_TRIED:
                break
            results.append(None if reply is None else _from_reply(reply))
        return results

    def send(self, mail_from: str, rcpt: str, raw: bytes) -> None:
        try:
            refused = self.client.sendmail(mail_from, [rcpt], raw)
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            raise _translate(code, text) from exc
        except smtplib.SMTPResponseException as exc:
            raise _translate(exc.smtp_code, exc.smtp_error) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise TemporaryDeliveryError(f"connection lost: {exc}") from exc
        if refused:
            code, text = next(iter(refused.values()))
            raise _translate(code, text)

    def close(self) -> None:
        try:
            self.client.quit()
        except (OSError, smtplib.SMTPException):
            self.client.close()


def _from_reply(reply: pipelining.Reply) -> DeliveryError:
    if reply.code < 0:
        return TemporaryDeliveryError(reply.text)
    return _translate(reply.code, reply.text)


def _translate(code: int, text: bytes | str) -> TemporaryDeliveryError | PermanentDeliveryError:
    message = text.decode(errors="replace") if isinstance(text, bytes) else str(text)
    if 500 <= code < 600:
        return PermanentDeliveryError(f"{code} {message}", code=code)
    # 421 closes the channel (smtplib has already dropped it): a connection failure, code None.
    return TemporaryDeliveryError(f"{code} {message}", code=None if code == 421 else code)
