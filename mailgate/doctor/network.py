"""`vsn doctor` checks that talk to the network: the relay, the IMAP mailbox, our port.

Nothing is sent and nothing is moved: the relay gets EHLO, STARTTLS, AUTH and NOOP; the
mailbox is opened read-only.
"""

from __future__ import annotations

import errno
import smtplib
import socket
import ssl

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from mailgate.config.settings import Delivery, Imap, Settings
from mailgate.doctor.result import Result

TIMEOUT = 10.0
BANNER = "VSN mailgate"   # receive/smtp.py's ident, after our domain in the 220 greeting


def check_relay(settings: Settings) -> Result:
    d = settings.delivery
    if d.kind != "smtp":
        return Result.good("relay", f"none: outgoing mail is written to the Maildir "
                                    f"{d.maildir}")
    where = f"{d.host}:{d.port}"
    if d.username and not d.password:
        return Result.bad("relay", f"a user name for {where} but no password: set the "
                                   "environment variable named by [delivery] password_env")
    try:
        done = _talk_to_relay(d)
    except smtplib.SMTPAuthenticationError as exc:
        return Result.bad("relay", f"{where} refused the login ({exc.smtp_code}): check the "
                                   "credentials in the variables named by [delivery] "
                                   "username_env and password_env")
    except smtplib.SMTPNotSupportedError:
        return Result.bad("relay", f"{where} does not offer STARTTLS, but [delivery] "
                                   "starttls = true: turn TLS on at the relay or set it false")
    except (smtplib.SMTPException, OSError) as exc:
        return Result.bad("relay", f"{_why(exc, where)}: is the relay running, and is "
                                   "[delivery] url right? Mail waits in the outbox meanwhile")
    return Result.good("relay", f"{where} answers ({', '.join(done)})")


def _talk_to_relay(d: Delivery) -> list[str]:
    with smtplib.SMTP(d.host, d.port, timeout=min(d.timeout_seconds, TIMEOUT)) as smtp:
        _expect(smtp.ehlo(), "EHLO")
        done = ["EHLO"]
        if d.starttls:
            smtp.starttls(context=ssl.create_default_context())
            _expect(smtp.ehlo(), "EHLO after STARTTLS")
            done.append("STARTTLS")
        if d.username and d.password:
            smtp.login(d.username, d.password)
            done.append("login")
        _expect(smtp.noop(), "NOOP")
        return [*done, "NOOP"]


def _expect(reply: tuple[int, bytes], what: str) -> None:
    if reply[0] != 250:
        raise smtplib.SMTPResponseException(reply[0], f"{what} answered {reply[0]}".encode())


def _why(exc: BaseException, where: str) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return f"cannot connect to {where} (connection refused)"
    if isinstance(exc, TimeoutError):
        return f"no answer from {where} within {TIMEOUT:.0f} s"
    if isinstance(exc, ssl.SSLError):
        return f"TLS with {where} failed ({exc.reason or 'handshake'}); check its certificate"
    if isinstance(exc, smtplib.SMTPResponseException):
        said = exc.smtp_error
        text = said.decode(errors="replace") if isinstance(said, bytes) else str(said)
        return f"{where} answered {exc.smtp_code} {text}"
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot reach {where} ({exc.strerror})"
    return f"cannot talk to {where} ({type(exc).__name__})"


def check_mailbox(settings: Settings) -> Result:
    imap = settings.imap
    if imap is None:
        return Result.good("mailbox", "no [imap] section: reports arrive by SMTP only")
    where = f"{imap.user} on {imap.host}:{imap.port}"
    if not imap.password:
        return Result.bad("mailbox", f"no password for {where}: set the environment "
                                     "variable named by [imap] password_env")
    try:
        return _open_mailbox(imap, where)
    except LoginError:
        return Result.bad("mailbox", f"login refused for {where}: check the password (the "
                                     "variable named by [imap] password_env) and [imap] user")
    except (IMAPClientError, OSError) as exc:
        return Result.bad("mailbox", f"{_why(exc, f'{imap.host}:{imap.port}')}: is the "
                                     "IMAP server running, and are [imap] host, port and "
                                     "tls right?")


def _open_mailbox(imap: Imap, where: str) -> Result:
    with IMAPClient(imap.host, port=imap.port, ssl=imap.tls, timeout=TIMEOUT) as client:
        client.login(imap.user, imap.password)
        if not client.folder_exists(imap.folder):
            return Result.bad("mailbox", f"{where}: no folder {imap.folder!r}: create it or "
                                         "correct [imap] folder")
        client.select_folder(imap.folder, readonly=True)
        if not client.folder_exists(imap.processed_folder):
            return Result.good("mailbox", f"{where}, folder {imap.folder!r} opens; "
                                          f"{imap.processed_folder!r} does not exist yet "
                                          "(vsn serve creates it)")
        return Result.good("mailbox", f"{where}, folders {imap.folder!r} and "
                                      f"{imap.processed_folder!r} open")


def check_port(settings: Settings) -> Result:
    g = settings.gateway
    where = f"{g.host}:{g.port}"
    family, kind, proto, _, address = socket.getaddrinfo(g.host, g.port,
                                                         type=socket.SOCK_STREAM)[0]
    with socket.socket(family, kind, proto) as sock:
        # As asyncio's server does: connections of a stopped server must not count.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
            return Result.good("port", f"{where} is free for vsn serve")
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                return Result.bad("port", f"cannot listen on {where} ({exc.strerror}): "
                                          "change [gateway] listen")
    banner = _banner(g.host, g.port)
    if BANNER in banner and g.domain in banner:
        return Result.good("port", f"{where} is held by a running vsn serve")
    shown = f" (it greets {banner!r})" if banner else ""
    return Result.bad("port", f"{where} is taken by another program{shown}: stop it or "
                              "change [gateway] listen")


def _banner(host: str, port: int) -> str:
    try:
        with socket.create_connection((host, port), timeout=3) as sock:
            line = sock.makefile("rb").readline(512).decode(errors="replace").strip()
            sock.sendall(b"QUIT\r\n")
            return line
    except OSError:
        return ""
