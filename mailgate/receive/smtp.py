"""The SMTP gateway: check recipients, store the raw message, answer. Nothing else runs here."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP
from aiosmtpd.smtp import Envelope as SmtpEnvelope
from aiosmtpd.smtp import Session as SmtpSession

from mailgate.receive.routes import route
from mailgate.receive.spool import Envelope, Spool
from mailgate.settings import Gateway

log = logging.getLogger(__name__)


class GatewayHandler:
    def __init__(self, gateway: Gateway, spool: Spool) -> None:
        self.gateway = gateway
        self.spool = spool

    async def handle_RCPT(self, server: SMTP, session: SmtpSession, envelope: SmtpEnvelope,
                          address: str, rcpt_options: list[str]) -> str:
        if route(address, self.gateway) is None:
            return "550 5.1.1 Recipient address rejected: not a VSN address"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: SmtpSession,
                          envelope: SmtpEnvelope) -> str:
        raw = envelope.original_content or envelope.content
        if not isinstance(raw, bytes):
            raw = str(raw).encode("utf-8", errors="surrogateescape")
        peer = session.peer[0] if isinstance(session.peer, tuple) else str(session.peer)
        stored = Envelope(mail_from=envelope.mail_from or "", rcpt_tos=tuple(envelope.rcpt_tos),
                          peer=str(peer), raw=raw)
        try:
            row_id = await asyncio.wrap_future(self.spool.submit(stored))
        except Exception as exc:  # any failure to commit must become 451, never 250
            log.error("could not store a message: %s", type(exc).__name__)
            return "451 4.3.0 Could not store the message; try again later"
        return f"250 2.0.0 OK: queued as {row_id}"


def make_controller(gateway: Gateway, spool: Spool) -> Controller:
    kwargs: dict[str, Any] = {
        "hostname": gateway.host,
        "port": gateway.port,
        "data_size_limit": gateway.max_message_size,
        "server_hostname": gateway.domain,
        "ident": "VSN mailgate",
        "decode_data": False,
        "enable_SMTPUTF8": True,
    }
    return Controller(GatewayHandler(gateway, spool), **kwargs)
