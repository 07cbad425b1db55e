"""The SMTP gateway on aiosmtpd: check the sender's rate and the recipients, store the raw
message, answer.

Nothing else runs here. A sender, or a client address, over its flood limit is answered
451 4.7.1 at MAIL (flood.py); a recipient that is not one of ours 550; recipients past
`[intake] max_recipients` in one transaction 452 4.5.3 (RFC 5321 4.5.3.1.8: the client
sends the message to those accepted and retries the rest in another transaction). The
handler hands the bytes to the spool and answers 250 only once the spool has committed
them (fsync included); a store
failure answers 451 and leaves nothing; aiosmtpd itself answers 552 for a message over
the size limit (at `MAIL … SIZE=` when declared, else after the data). aiosmtpd ends a
message only at <CRLF>.<CRLF>, so a bare-LF dot cannot smuggle a second message past the
MTA in front.
"""

from __future__ import annotations

import asyncio
import logging

from aiosmtpd.smtp import SMTP
from aiosmtpd.smtp import Envelope as SmtpEnvelope
from aiosmtpd.smtp import Session as SmtpSession

from mailgate.config.settings import Gateway
from mailgate.receive.flood import SenderLimit
from mailgate.receive.protocol import GatewaySMTP
from mailgate.receive.routes import route
from mailgate.receive.spool import Envelope, Spool

log = logging.getLogger(__name__)

IDLE_SECONDS = 300    # RFC 5321's minimum server timeout
FLOODING = "451 4.7.1 Too many messages from this sender; try again later"
CLIENT_FLOODING = "451 4.7.1 Too many messages from this client address; try again later"
TOO_MANY_RECIPIENTS = "452 4.5.3 Too many recipients in this transaction"
MAX_RECIPIENTS = 50   # [intake] max_recipients


class GatewayHandler:
    """aiosmtpd handler hooks; `in_flight` counts messages waiting for their commit.

    `limit`, when given, is the per-sender flood limit of this process and `clients` the
    per-client-address one (flood.py); `max_recipients` caps RCPT TO per transaction.
    """

    def __init__(self, gateway: Gateway, spool: Spool, limit: SenderLimit | None = None, *,
                 clients: SenderLimit | None = None,
                 max_recipients: int = MAX_RECIPIENTS) -> None:
        self.gateway = gateway
        self.spool = spool
        self.limit = limit
        self.clients = clients
        self.max_recipients = max_recipients
        self.in_flight = 0
        self._ours: dict[str, bool] = {}
        self._prototype: GatewaySMTP | None = None

    def is_ours(self, address: str) -> bool:
        # Senders use the same few recipients over and over; route() is a handful of regexes.
        known = self._ours.get(address)
        if known is None:
            known = route(address, self.gateway) is not None
            if len(self._ours) < 10_000:
                self._ours[address] = known
        return known

    async def handle_EHLO(self, server: SMTP, session: SmtpSession, envelope: SmtpEnvelope,
                          hostname: str, responses: list[str]) -> list[str]:
        # aiosmtpd reads commands one line at a time from a stream, so pipelined commands
        # are answered in order; saying so saves the MTA in front a round trip per command.
        session.host_name = hostname
        last = responses.pop()
        return [*responses, "250-PIPELINING", "250-ENHANCEDSTATUSCODES", last]

    async def handle_MAIL(self, server: SMTP, session: SmtpSession, envelope: SmtpEnvelope,
                          address: str, mail_options: list[str]) -> str:
        now = server.loop.time()
        if self.clients is not None and not self.clients.allow(_peer(session), now):
            return CLIENT_FLOODING
        if self.limit is not None and not self.limit.allow(address, now):
            return FLOODING
        # A MAIL hook sets the envelope itself (aiosmtpd does so only without one).
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 OK"

    async def handle_RCPT(self, server: SMTP, session: SmtpSession, envelope: SmtpEnvelope,
                          address: str, rcpt_options: list[str]) -> str:
        # Counted before anything else, so 10,000 RCPT TO cost no routing and no memory.
        if len(envelope.rcpt_tos) >= self.max_recipients:
            return TOO_MANY_RECIPIENTS
        if not self.is_ours(address):
            return "550 5.1.1 Recipient address rejected: not a VSN address"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: SmtpSession,
                          envelope: SmtpEnvelope) -> str:
        raw = envelope.original_content or envelope.content or b""
        if not isinstance(raw, bytes):
            raw = str(raw).encode("utf-8", errors="surrogateescape")
        peer = _peer(session)
        sender = "" if envelope.mail_from in (None, "<>") else str(envelope.mail_from)
        stored = Envelope(mail_from=sender, rcpt_tos=tuple(envelope.rcpt_tos),
                          peer=str(peer), raw=raw)
        self.in_flight += 1
        try:
            row_id = await self.spool.wait(stored)
        except Exception as exc:  # any failure to commit must become 451, never 250
            log.error("could not store a message: %s", type(exc).__name__)
            return "451 4.3.0 Could not store the message; try again later"
        finally:
            self.in_flight -= 1
        return f"250 2.0.0 OK: queued as {row_id}"


def _peer(session: SmtpSession) -> str:
    """The client's address without its port: the key of the per-client limit."""
    return str(session.peer[0] if isinstance(session.peer, tuple) else session.peer)


def make_session(handler: GatewayHandler) -> SMTP:
    """One aiosmtpd protocol instance per connection, on the running loop: a copy of one
    built by aiosmtpd for the first connection (protocol.py says why)."""
    if handler._prototype is None:
        g = handler.gateway
        handler._prototype = GatewaySMTP(
            handler, data_size_limit=g.max_message_size, enable_SMTPUTF8=True,
            decode_data=False, hostname=g.domain, ident="VSN mailgate", timeout=IDLE_SECONDS,
            loop=asyncio.get_running_loop())
    return handler._prototype.clone()
