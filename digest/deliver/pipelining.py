"""SMTP PIPELINING (RFC 2920) for a batch of messages over one connection.

Each group the client writes is: the content of message k (allowed as the first
"command" of a group), then RSET if k was refused, then MAIL FROM, RCPT TO and DATA of
message k+1. So a message costs one round trip instead of smtplib's four; a red warning to
every member is mostly round trips.

Replies come back in the order of the commands, so they are read in that order. When the
connection breaks, the message in flight gets a connection error and the ones after it
were never tried.
"""

from __future__ import annotations

import smtplib
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

_OK_RCPT = (250, 251)


@dataclass(frozen=True)
class Reply:
    code: int
    text: str


@dataclass(frozen=True)
class Envelope:
    mail_from: str
    rcpt: str
    raw: bytes


NOT_TRIED = Reply(0, "not tried: the connection broke before it")
Result = Reply | None   # None: accepted with 250


def supported(client: smtplib.SMTP, envelopes: list[Envelope]) -> bool:
    return client.has_extn("pipelining") and all(
        (e.mail_from + e.rcpt).isascii() for e in envelopes)


def send_many(client: smtplib.SMTP, envelopes: list[Envelope],
              on_sent: Callable[[int], None] = lambda index: None) -> list[Result]:
    """Per envelope: None (accepted), a refusal Reply, or NOT_TRIED after a broken link.
    `on_sent(i)` is called the moment envelope i's 250 is read (deliver.py journals it)."""
    results: list[Result] = [NOT_TRIED] * len(envelopes)
    if client.sock is None:
        return [Reply(-1, "connection lost: not connected"), *results[1:]]
    if client.file is None:
        client.file = client.sock.makefile("rb")
    try:
        _run(client, envelopes, results, on_sent)
    except (OSError, smtplib.SMTPServerDisconnected, ValueError) as exc:
        current = next((i for i, r in enumerate(results) if r is NOT_TRIED), None)
        if current is not None:
            results[current] = Reply(-1, f"connection lost: {exc}")
    return results


def _run(client: smtplib.SMTP, envelopes: list[Envelope], results: list[Result],
         on_sent: Callable[[int], None]) -> None:
    sock, file = client.sock, client.file
    assert sock is not None and file is not None
    sock.sendall(_commands(envelopes[0]))
    for i, envelope in enumerate(envelopes):
        mail, rcpt, data = _reply(file), _reply(file), _reply(file)
        accepted = mail.code == 250 and rcpt.code in _OK_RCPT and data.code == 354
        group = _content(envelope.raw) if accepted else _abandon(data)
        if i + 1 < len(envelopes):
            group += _commands(envelopes[i + 1])
        sock.sendall(group)
        if accepted:
            end = _reply(file)
            results[i] = None if end.code == 250 else end
            if end.code == 250:
                on_sent(i)
            continue
        if data.code == 354:
            _reply(file)  # the empty message we ended a wrongly opened DATA with
        _reply(file)      # RSET
        results[i] = next(r for r in (mail, rcpt, data) if r.code not in (250, 251, 354))


def _commands(e: Envelope) -> bytes:
    return f"MAIL FROM:<{e.mail_from}>\r\nRCPT TO:<{e.rcpt}>\r\nDATA\r\n".encode("ascii")


def _abandon(data: Reply) -> bytes:
    # A server that took DATA after refusing the recipient gets an empty message ended.
    return (b".\r\n" if data.code == 354 else b"") + b"RSET\r\n"


def _content(raw: bytes) -> bytes:
    quoted = raw.replace(b"\r\n.", b"\r\n..")
    if quoted.startswith(b"."):
        quoted = b"." + quoted
    if not quoted.endswith(b"\r\n"):
        quoted += b"\r\n"
    return quoted + b".\r\n"


def _reply(file: BinaryIO) -> Reply:
    lines = []
    while True:
        line = file.readline(8192)
        if not line:
            raise smtplib.SMTPServerDisconnected("connection closed by the relay")
        lines.append(line[4:].strip().decode("utf-8", "replace"))
        if line[3:4] != b"-":
            return Reply(int(line[:3]), " ".join(lines))
