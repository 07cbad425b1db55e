"""Outgoing messages: one EmailMessage per recipient, with the headers a list service owes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from store.types import utcnow

LOOP_HEADER = "X-VSN-Loop"


@dataclass(frozen=True)
class Identity:
    """Who the service is on the wire."""

    domain: str
    address: str          # From:, e.g. vsn@vsn.example.se
    display_name: str
    requests: str         # vsn-request@..., for List-Help

    @property
    def list_id(self) -> str:
        return f"VSN <vsn.{self.domain}>"


@dataclass(frozen=True)
class Draft:
    to: str
    subject: str
    text: str
    html: str | None = None
    reply_to: str | None = None
    auto_submitted: str = "auto-generated"   # "auto-replied" for answers to a person
    in_reply_to: str | None = None
    headers: tuple[tuple[str, str], ...] = field(default=())


def new_message_id(domain: str) -> str:
    return f"<{uuid.uuid4().hex}@{domain}>"


def compose(identity: Identity, draft: Draft) -> EmailMessage:
    msg = EmailMessage()
    local, _, domain = identity.address.partition("@")
    msg["From"] = Address(identity.display_name, local, domain)
    msg["To"] = draft.to
    msg["Subject"] = draft.subject
    msg["Date"] = format_datetime(utcnow())
    msg["Message-ID"] = new_message_id(identity.domain)
    if draft.reply_to:
        msg["Reply-To"] = draft.reply_to
    if draft.in_reply_to:
        msg["In-Reply-To"] = draft.in_reply_to
        msg["References"] = draft.in_reply_to
    # RFC 3834 and Exchange's own header: no out-of-office answers to us, no loops.
    msg["Auto-Submitted"] = draft.auto_submitted
    msg["X-Auto-Response-Suppress"] = "All"
    msg[LOOP_HEADER] = identity.domain
    msg["List-Id"] = identity.list_id
    msg["List-Help"] = f"<mailto:{identity.requests}?subject=hj%C3%A4lp>"
    for name, value in draft.headers:
        msg[name] = value
    msg.set_content(draft.text, charset="utf-8", cte="quoted-printable")
    if draft.html is not None:
        msg.add_alternative(draft.html, subtype="html", charset="utf-8", cte="quoted-printable")
    return msg
