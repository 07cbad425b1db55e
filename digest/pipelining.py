"""SMTP PIPELINING (RFC 2920) over smtplib's connection: MAIL FROM, RCPT TO and DATA go out
in one write, so a message costs two round trips instead of smtplib's four. A red warning
to every member is mostly round trips; this halves them.

Errors are raised as the smtplib exceptions sendmail() would raise, so the transport maps
them the same way.
"""

from __future__ import annotations

import contextlib
import re
import smtplib

_LEADING_DOT = re.compile(rb"(?m)^\.")
_OK_RCPT = (250, 251)


def supported(client: smtplib.SMTP, mail_from: str, rcpt: str) -> bool:
    return client.has_extn("pipelining") and (mail_from + rcpt).isascii()


def send(client: smtplib.SMTP, mail_from: str, rcpt: str, raw: bytes) -> None:
    client.send(f"MAIL FROM:<{mail_from}>\r\nRCPT TO:<{rcpt}>\r\nDATA\r\n".encode("ascii"))
    (mail_code, mail_text), (rcpt_code, rcpt_text), (data_code, data_text) = (
        client.getreply(), client.getreply(), client.getreply())
    accepted = mail_code == 250 and rcpt_code in _OK_RCPT
    if data_code == 354 and accepted:
        client.send(_content(raw))
        code, text = client.getreply()
        if code != 250:
            raise smtplib.SMTPDataError(code, text)
        return
    if data_code == 354:  # a server that took DATA after refusing: end it empty
        client.send(b".\r\n")
        client.getreply()
    _reset(client)
    if mail_code != 250:
        raise smtplib.SMTPSenderRefused(mail_code, mail_text, mail_from)
    if rcpt_code not in _OK_RCPT:
        raise smtplib.SMTPRecipientsRefused({rcpt: (rcpt_code, rcpt_text)})
    raise smtplib.SMTPDataError(data_code, data_text)


def _content(raw: bytes) -> bytes:
    quoted = _LEADING_DOT.sub(b"..", raw)
    if not quoted.endswith(b"\r\n"):
        quoted += b"\r\n"
    return quoted + b".\r\n"


def _reset(client: smtplib.SMTP) -> None:
    # After a refusal the session must be clean for the next message; a server that has
    # closed (421) makes this fail, and the caller's error says so.
    with contextlib.suppress(smtplib.SMTPServerDisconnected):
        client.rset()
