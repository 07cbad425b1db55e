"""The SMTP gateway: check recipients, store the raw message, answer. Nothing else runs here.

A small asyncio Protocol rather than aiosmtpd: a message costs a handful of callbacks
instead of a task, a stream reader and a coroutine per command (docs/intake.md has the
figures).

What it speaks: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, VRFY, HELP, QUIT, with SIZE,
8BITMIME, SMTPUTF8, PIPELINING and ENHANCEDSTATUSCODES. Only <CRLF>.<CRLF> ends a message,
so a bare-LF dot cannot smuggle a second message past the MTA in front.

The promise: 250 only once the spool has committed the message (fsync included); a store
failure answers 451 and leaves nothing; a message over the size limit answers 552.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable
from concurrent.futures import Future

from mailgate.receive.routes import route
from mailgate.receive.spool import Envelope, Spool
from mailgate.settings import Gateway

log = logging.getLogger(__name__)

MAX_COMMAND = 2048       # bytes in a command line; RFC 5321 asks for 512 plus extensions
MAX_RECIPIENTS = 100     # per message, as RFC 5321 asks a server to accept at least
MAX_ERRORS = 20          # bad commands in one session before we hang up
IDLE_SECONDS = 300.0     # RFC 5321's minimum server timeout
END = b"\r\n.\r\n"
MAIL_PARAMS = {("BODY", "7BIT"), ("BODY", "8BITMIME"), ("SMTPUTF8", "")}
ADDRESS = re.compile(r"^\s*(<[^>]*>|[^\s<>]+)(.*)$")


class Intake:
    """What every session shares: the gateway settings, the spool and the EHLO text."""

    def __init__(self, gateway: Gateway, spool: Spool) -> None:
        self.gateway = gateway
        self.spool = spool
        self.greeting = f"220 {gateway.domain} ESMTP VSN mailgate\r\n".encode()
        self.ehlo = "".join(f"250-{line}\r\n" for line in (
            gateway.domain, f"SIZE {gateway.max_message_size}", "8BITMIME", "SMTPUTF8",
            "PIPELINING", "ENHANCEDSTATUSCODES")).encode() + b"250 HELP\r\n"
        self._ours: dict[str, bool] = {}
        self.sessions: set[SmtpSession] = set()
        self.idle_seconds = IDLE_SECONDS

    def close_idle(self, now: float) -> int:
        """Hang up on sessions silent too long (one sweep, not a timer per session)."""
        quiet = [s for s in self.sessions if now - s.last > self.idle_seconds and not s.storing]
        for session in quiet:
            session.hang_up("421 4.4.2 Timeout, closing connection")
        return len(quiet)

    def is_ours(self, address: str) -> bool:
        # Senders use the same few recipients over and over; route() is a handful of regexes.
        known = self._ours.get(address)
        if known is None:
            known = route(address, self.gateway) is not None
            if len(self._ours) < 10_000:
                self._ours[address] = known
        return known


class SmtpSession(asyncio.Protocol):
    """One client connection. Commands are handled as their lines arrive; while a message is
    being committed, reading pauses so pipelined commands wait for its answer."""

    def __init__(self, intake: Intake) -> None:
        self.intake = intake
        self.transport: asyncio.Transport | None = None
        self.peer = ""
        self.buffer = bytearray()
        self.data: bytearray | None = None  # the message while in DATA
        self.storing = False
        self.too_big = False
        self.helo = ""
        self.esmtp = False
        self.errors = 0
        self.last = 0.0
        self._reset()

    def _reset(self) -> None:
        self.mail_from: str | None = None
        self.rcpt_tos: list[str] = []

    # asyncio callbacks

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        peer = transport.get_extra_info("peername")
        self.peer = str(peer[0]) if isinstance(peer, tuple) else str(peer or "")
        self.last = asyncio.get_running_loop().time()
        self.intake.sessions.add(self)
        transport.write(self.intake.greeting)

    def data_received(self, chunk: bytes) -> None:
        self.last = asyncio.get_running_loop().time()
        if self.data is not None:
            self._take_data(chunk)
        else:
            self.buffer += chunk
        self._work()

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None
        self.intake.sessions.discard(self)

    def hang_up(self, text: str) -> None:
        self._answer(text)
        if self.transport is not None:
            self.transport.close()

    # commands

    def _work(self) -> None:
        """Handle every complete line in the buffer, unless waiting for the spool."""
        while not self.storing and self.data is None and self.transport is not None:
            end = self.buffer.find(b"\n")
            if end < 0:
                if len(self.buffer) > MAX_COMMAND:
                    self.buffer.clear()
                    self._error("500 5.5.2 Line too long")
                return
            line = bytes(self.buffer[:end]).rstrip(b"\r")
            del self.buffer[:end + 1]
            self._command(line.decode("utf-8", errors="replace"))

    def _command(self, line: str) -> None:
        verb, _, arg = line.partition(" ")
        verb = verb.upper()
        handler = COMMANDS.get(verb)
        if handler is not None:
            handler(self, arg.strip())
        elif verb in FIXED:
            self._answer(FIXED[verb])
        else:
            self._error("502 5.5.1 Command not implemented" if verb in KNOWN
                        else "500 5.5.1 Command unrecognized")

    def _hello(self, arg: str, esmtp: bool) -> None:
        if not arg:
            self._error("501 5.5.4 Syntax: EHLO hostname")
            return
        self.helo, self.esmtp = arg, esmtp
        self._reset()
        self._write(self.intake.ehlo if esmtp else f"250 {self.intake.gateway.domain}\r\n".encode())

    def _mail(self, arg: str) -> None:
        if not self.helo:
            self._error("503 5.5.1 Send HELO or EHLO first")
        elif self.mail_from is not None:
            self._error("503 5.5.1 Nested MAIL command")
        elif not arg.upper().startswith("FROM:"):
            self._error("501 5.5.4 Syntax: MAIL FROM:<address>")
        else:
            self._sender(arg[5:])

    def _sender(self, text: str) -> None:
        parsed = _address(text)
        if parsed is None:
            self._error("501 5.1.7 Bad sender address syntax")
            return
        address, params = parsed
        problem = self._check_params(params)
        if problem:
            self._error(problem)
            return
        self.mail_from = address
        self._answer("250 2.1.0 OK")

    def _check_params(self, params: list[str]) -> str:
        for param in params:
            key, _, value = param.upper().partition("=")
            if key == "SIZE" and value.isdigit():
                if int(value) > self.intake.gateway.max_message_size:
                    return "552 5.3.4 Message size exceeds fixed maximum message size"
            elif (key, value) not in MAIL_PARAMS or (key == "SMTPUTF8" and not self.esmtp):
                return f"555 5.5.4 MAIL FROM parameter not recognized: {param[:40]}"
        return ""

    def _rcpt(self, arg: str) -> None:
        parsed = _address(arg[3:]) if arg.upper().startswith("TO:") else None
        if self.mail_from is None:
            self._error("503 5.5.1 Need MAIL command")
        elif parsed is None or not parsed[0]:
            self._error("501 5.5.4 Syntax: RCPT TO:<address>")
        elif parsed[1]:
            self._error("555 5.5.4 RCPT TO parameters not recognized")
        elif len(self.rcpt_tos) >= MAX_RECIPIENTS:
            self._answer("452 4.5.3 Too many recipients")
        elif not self.intake.is_ours(parsed[0]):
            self._answer("550 5.1.1 Recipient address rejected: not a VSN address")
        else:
            self.rcpt_tos.append(parsed[0])
            self._answer("250 2.1.5 OK")

    def _data(self, arg: str) -> None:
        if not self.rcpt_tos:
            self._error("503 5.5.1 Need RCPT command")
            return
        # The CRLF that ended the DATA line also starts a possible "\r\n.\r\n" at once.
        self.data = bytearray(b"\r\n")
        self.too_big = False
        self._answer("354 End data with <CR><LF>.<CR><LF>")
        if self.buffer:  # pipelined body bytes already read
            rest = bytes(self.buffer)
            self.buffer.clear()
            self._take_data(rest)

    def _rset(self, arg: str) -> None:
        self._reset()
        self._answer("250 2.0.0 OK")

    def _quit(self, arg: str) -> None:
        self.hang_up("221 2.0.0 Bye")

    # the message

    def _take_data(self, chunk: bytes) -> None:
        assert self.data is not None
        start = max(len(self.data) - 4, 0)  # the end marker may straddle two chunks
        self.data += chunk
        end = self.data.find(END, start)
        if end < 0:
            self._limit()
            return
        message, rest = self.data[:end + 2], self.data[end + 5:]
        self.data = None
        self.buffer += rest
        if self.too_big or len(message) - 2 > self.intake.gateway.max_message_size:
            self._reset()
            self._answer("552 5.3.4 Message too big for system")
            return
        self._store(bytes(message.replace(b"\r\n..", b"\r\n."))[2:])

    def _limit(self) -> None:
        """Past the size limit keep only the tail, to see the end marker, then answer 552."""
        assert self.data is not None
        if len(self.data) > self.intake.gateway.max_message_size + 2:
            self.too_big = True
            del self.data[:-4]

    def _store(self, raw: bytes) -> None:
        assert self.mail_from is not None
        envelope = Envelope(mail_from=self.mail_from, rcpt_tos=tuple(self.rcpt_tos),
                            peer=self.peer, raw=raw)
        self._reset()
        self.storing = True
        if self.transport is not None:
            self.transport.pause_reading()
        loop = asyncio.get_running_loop()
        future = self.intake.spool.submit(envelope)
        future.add_done_callback(lambda done: loop.call_soon_threadsafe(self._stored, done))

    def _stored(self, done: Future[int]) -> None:
        self.storing = False
        try:
            row_id = done.result()
        except Exception as exc:  # any failure to commit must become 451, never 250
            log.error("could not store a message: %s", type(exc).__name__)
            self._answer("451 4.3.0 Could not store the message; try again later")
        else:
            self._answer(f"250 2.0.0 OK: queued as {row_id}")
        if self.transport is not None:
            self.transport.resume_reading()
            self._work()

    # answers

    def _answer(self, text: str) -> None:
        self._write(text.encode() + b"\r\n")

    def _write(self, data: bytes) -> None:
        if self.transport is not None:
            self.transport.write(data)

    def _error(self, text: str) -> None:
        self.errors += 1
        self._answer(text)
        if self.errors >= MAX_ERRORS:
            self.hang_up("421 4.7.0 Too many errors, closing connection")


def _address(text: str) -> tuple[str, list[str]] | None:
    """`<a@b> PARAM=1 ...` -> ("a@b", ["PARAM=1", ...]); a source route is dropped."""
    match = ADDRESS.match(text)
    if match is None:
        return None
    address = match.group(1).strip("<>")
    if address.startswith("@"):
        address = address.partition(":")[2]
    return address, match.group(2).split()


COMMANDS: dict[str, Callable[[SmtpSession, str], None]] = {
    "EHLO": lambda session, arg: session._hello(arg, esmtp=True),
    "HELO": lambda session, arg: session._hello(arg, esmtp=False), "MAIL": SmtpSession._mail,
    "RCPT": SmtpSession._rcpt, "DATA": SmtpSession._data, "RSET": SmtpSession._rset,
    "QUIT": SmtpSession._quit,
}
FIXED = {
    "NOOP": "250 2.0.0 OK",
    "VRFY": "252 2.5.2 Cannot VRFY user, but will accept message",
    "HELP": "250 2.0.0 Commands: EHLO HELO MAIL RCPT DATA RSET NOOP VRFY HELP QUIT",
}
KNOWN = {"EXPN", "TURN", "ETRN", "AUTH", "STARTTLS", "BDAT", "SEND", "SOML", "SAML"}
