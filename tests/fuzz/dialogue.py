"""The SMTP dialogue as data: random and mutated command sequences, a raw client that
writes them (pipelined, cut at random points, sometimes hanging up early), and the
replies it read, for the dialogue fuzz and the regression tests it produced."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from hypothesis import strategies as st

from mailgate.config.settings import from_mapping
from mailgate.receive.acceptor import GatewayThread
from mailgate.receive.handoff import open_spool
from mailgate.receive.spool import Spool, SqliteFileRows

from .strategies import any_message

DOMAIN = "vsn.example.se"
READ_SECONDS = 10.0
LONG_LINE = 70 * 1024          # past the gateway's 64 KB line limit

# Every way out of a session: answer QUIT; write half-closed; hang up without reading.
ENDINGS = ("quit", "half_close", "hang_up")
# The "quit" ending closes a message the plan left open, then leaves.
QUIT = b"\r\n.\r\nQUIT\r\n"

senders = st.sampled_from([
    "<reporter@kommun-a.example.se>", "<>", "<a@b>", "<no-at-sign>", "reporter@kommun.se",
    "<<x@y.se>>", "<" + "a" * 300 + "@x.se>", "<räksmörgås@kommun.se>", ":<x@y.se>",
])
recipients = st.sampled_from([
    f"<vsn@{DOMAIN}>", f"<vsn-request@{DOMAIN}>", f"<vsn+review-abc123@{DOMAIN}>",
    f"<postmaster@{DOMAIN}>", f"<vsn-bounces+x=y@{DOMAIN}>", "<someone@other.example.org>",
    f"<nobody@{DOMAIN}>", "<>", f"<VSN@{DOMAIN.upper()}>", f"vsn@{DOMAIN}", "<@a,@b:vsn@x>",
])
mail_options = st.sampled_from(["", " SIZE=100", " SIZE=999999999", " SIZE=x", " BODY=8BITMIME",
                                " BODY=BINARYMIME", " SMTPUTF8", " RET=FULL", " AUTH=<>"])
verbs = st.sampled_from([b"EHLO", b"HELO", b"LHLO", b"RSET", b"NOOP", b"VRFY", b"EXPN",
                         b"HELP", b"STARTTLS", b"AUTH PLAIN", b"AUTH LOGIN", b"BDAT 10",
                         b"BDAT 0 LAST", b"TURN", b"ETRN x", b"ehlo", b"MAIL", b"RCPT",
                         b"MAIL FROM", b"RCPT TO:", b"DATA x", b"QUIT x", b"XCLIENT A=B"])
# Bytes that break line-based parsers; none of them spells DATA, so only a DATA step opens
# a message and what a 250 stored can be traced to the bytes of one session.
JUNK = [b"\x00", b"\xff\xfe", b"\r", b"\n", b"\r\r\n", b" ", b"\t", b":", b"<", b">",
        "åäö".encode(), b"\xc3", b"%", b"\x1b[0m", b".", b"..", b"=?utf-8?b?", b"\x7f"]


@dataclass(frozen=True, repr=False)
class Step:
    """Bytes to write, and the message a server that took them as a whole would store."""

    data: bytes
    message: bytes | None = None

    def __repr__(self) -> str:  # a failing example stays readable with 70 KB lines in it
        shown = self.data if len(self.data) <= 300 else self.data[:300] + b"..."
        return f"Step({shown!r}, {len(self.data)} bytes)"


def wire_lines(raw: bytes) -> bytes:
    """Message bytes as SMTP carries them: CRLF lines, dot-stuffed, ending in CRLF."""
    text = re.sub(rb"\r\n|\r|\n", b"\r\n", raw)
    if not text.endswith(b"\r\n"):
        text += b"\r\n"
    return re.sub(rb"(?m)^\.", b"..", text)


@st.composite
def command(draw: st.DrawFn) -> Step:
    verb = draw(verbs)
    arg = draw(st.sampled_from([b"", b" x", b" " + b"y" * 600]) | st.binary(max_size=30))
    return Step(verb + arg + b"\r\n")


@st.composite
def envelope(draw: st.DrawFn) -> Step:
    head = f"MAIL FROM:{draw(senders)}{draw(mail_options)}\r\n"
    rcpts = draw(st.lists(recipients, min_size=0, max_size=3))
    return Step((head + "".join(f"RCPT TO:{r}\r\n" for r in rcpts)).encode())


@st.composite
def message(draw: st.DrawFn) -> Step:
    """DATA and a message: well formed, too large, or ending without its dot."""
    raw = draw(any_message)
    body = wire_lines(raw)
    kind = draw(st.sampled_from(["whole", "whole", "whole", "big", "open"]))
    if kind == "big":
        body += (b"x" * 998 + b"\r\n") * 70
    if kind == "open":
        return Step(b"DATA\r\n" + body)
    return Step(b"DATA\r\n" + body + b".\r\n", body.replace(b"\r\n..", b"\r\n."))


@st.composite
def transaction(draw: st.DrawFn) -> Step:
    """A whole transaction with a recipient of ours, so the fuzz reaches the store."""
    env = f"MAIL FROM:{draw(senders)}\r\nRCPT TO:<vsn@{DOMAIN}>\r\n".encode()
    mail = draw(message())
    return Step(env + mail.data, mail.message)


@st.composite
def junk(draw: st.DrawFn) -> Step:
    parts = draw(st.lists(st.sampled_from(JUNK) | st.binary(max_size=40), max_size=8))
    return Step(b"".join(parts))


long_line = st.sampled_from([Step(b"NOOP " + b"x" * LONG_LINE + b"\r\n"),
                             Step(b"x" * LONG_LINE), Step(b"MAIL FROM:<" + b"a" * LONG_LINE)])
step = st.one_of(transaction(), envelope(), message(), command(), junk(), long_line)


@dataclass(frozen=True)
class Plan:
    """One session: the steps, where the writes are cut, and how it ends."""

    steps: tuple[Step, ...]
    cuts: tuple[int, ...]
    ending: str

    @property
    def data(self) -> bytes:
        return b"".join(s.data for s in self.steps)

    @property
    def sent(self) -> bytes:
        """Every byte the session writes, the ending included."""
        return self.data + (QUIT if self.ending == "quit" else b"")

    def chunks(self) -> list[bytes]:
        data, edges = self.data, sorted({c % (len(self.data) + 1) for c in self.cuts})
        bounds = [0, *edges, len(data)]
        return [data[a:b] for a, b in pairwise(bounds) if b > a]


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    greeting = draw(st.sampled_from([Step(b"EHLO fuzz.example\r\n"), Step(b"HELO fuzz\r\n"),
                                     Step(b"")]))
    steps = draw(st.lists(step, min_size=1, max_size=8))
    if draw(st.booleans()):  # half begin with a whole transaction: the fuzz reaches the store
        steps.insert(0, draw(transaction()))
    if draw(st.booleans()):  # a mutation of the whole: a step repeated out of place
        steps.insert(draw(st.integers(0, len(steps))), draw(st.sampled_from(steps)))
    cuts = draw(st.lists(st.integers(0, 1 << 20), max_size=6))
    return Plan((greeting, *steps), tuple(cuts), draw(st.sampled_from(ENDINGS)))


@dataclass
class Replies:
    codes: list[int] = field(default_factory=list)
    queued: list[int] = field(default_factory=list)   # ids from "250 ... queued as N"
    crashes: list[bytes] = field(default_factory=list)  # aiosmtpd's "500 Error: (Exception)"
    reset: bool = False    # the server hung up on unread bytes: the last replies may be lost


QUEUED = re.compile(rb"^250[ -].*queued as (\d+)", re.MULTILINE)
# What aiosmtpd answers when a command's code raised: the session survives, the bug not.
CRASHED = re.compile(rb"^\d{3}[ -].*Error: \(.*$", re.MULTILINE)


def parse_replies(data: bytes) -> Replies:
    replies = Replies()
    for line in data.split(b"\r\n"):
        if len(line) >= 3 and line[3:4] in (b" ", b""):
            replies.codes.append(int(line[:3]))
    replies.queued = [int(n) for n in QUEUED.findall(data)]
    replies.crashes = CRASHED.findall(data)
    return replies


class RawClient:
    """Writes a plan's chunks as they are; reads what the server says until it hangs up."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=READ_SECONDS)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def write(self, plan: Plan) -> None:
        for chunk in plan.chunks():
            try:
                self.sock.sendall(chunk)
            except OSError:  # the server may hang up on junk (e.g. too many bad commands)
                return

    def finish(self, ending: str) -> Replies | None:
        """End as planned; the replies when the session was read to its end."""
        try:
            if ending == "hang_up":
                return None
            try:
                if ending == "quit":
                    self.sock.sendall(QUIT)
                else:
                    self.sock.shutdown(socket.SHUT_WR)
            except OSError:  # the server hung up first; what it said is still to be read
                pass
            return self._read_all()
        finally:
            self.sock.close()

    def _read_all(self) -> Replies:
        data, reset = b"", False
        while True:
            try:
                chunk = self.sock.recv(65536)
            except ConnectionResetError:
                reset = True
                break
            except TimeoutError:
                raise AssertionError("the server left the session hanging") from None
            if not chunk:
                break
            data += chunk
        replies = parse_replies(data)
        replies.reset = reset
        return replies


@contextmanager
def spool_file_gateway(folder: Path, port: int, **gateway: object) -> Iterator[Path]:
    """The acceptor's parts as `vsn serve` runs them on SQLite (aiosmtpd in a thread, a
    spool file); yields the spool file's path."""
    config = from_mapping({"gateway": {"listen": f"127.0.0.1:{port}", **gateway}},
                          source="test", base_dir=folder)
    path = folder / "vsn-intake.sqlite3"
    engine = open_spool(f"sqlite:///{path}")
    spool = Spool(engine, rows=SqliteFileRows(str(path)))
    spool.start()
    thread = GatewayThread(config.gateway, spool)
    thread.start()
    try:
        yield path
    finally:
        thread.stop()
        spool.close()
        engine.dispose()
