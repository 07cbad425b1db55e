"""Outgoing messages: one EmailMessage per recipient, with the headers a list service owes.

Every message carries a Message-ID on our domain, Auto-Submitted, X-Auto-Response-Suppress,
List-Id and List-Help; digests add Precedence: bulk. List-Unsubscribe only on mailings to
members (a Draft with `unsubscribe`): a review mail, a confirmation or an acknowledgement is
not list mail, and an "unsubscribe" button on it would only confuse. Mail to members is
built from a shared Stencil (bulk.py) with the same headers.

Every mailing to members (notices, comment notices, update notices, digests, the paused
notice) carries the member's own unsubscribe token address and, with a portal, its https
one-click URL (RFC 8058): `Mailing.unsubscribe` makes the pair from a token and
`unsubscribe_headers` the header lines, here and in bulk.py alike.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from urllib.parse import quote

from digest.compose.addresses import reply_address, verp_address
from store.status import TokenPurpose
from store.types import utcnow

LOOP_HEADER = "X-VSN-Loop"
_BREAKS = re.compile(r"[\r\n\t]+")
LEAVE_SUBJECT = "AVSLUTA"


@dataclass(frozen=True)
class Identity:
    """Who the service is on the wire."""

    domain: str
    address: str          # From:, e.g. vsn@vsn.example.se
    display_name: str
    requests: str         # vsn-request@..., for List-Help
    portal_url: str = ""  # the portal's base URL; "" when there is none to link to

    @property
    def list_id(self) -> str:
        return f"VSN <vsn.{self.domain}>"

    def event_url(self, reference: str) -> str:
        return f"{self.portal_url}/handelser/{reference}" if self.portal_url else ""

    def unsubscribe_url(self, token: str) -> str:
        """The one-click (RFC 8058) unsubscribe URL for a member's leave or notice token."""
        return f"{self.portal_url}/avregistrera/{token}" if self.portal_url else ""


@dataclass(frozen=True)
class Mailing:
    """Our identity plus the address forms mail to members needs.

    The address forms are built in addresses.py, where routes.py reads them too.
    """

    identity: Identity
    bounces: str          # vsn-bounces@domain

    def reply(self, purpose: str, token: str) -> str:
        return reply_address(self.identity.address, purpose, token)

    def verp(self, token: str) -> str:
        return verp_address(self.bounces, token)

    def unsubscribe(self, token: str) -> tuple[str, str]:
        """A member's unsubscribe token as List-Unsubscribe wants it: the token address
        (mail) and the portal's one-click URL ("" without a portal)."""
        return (self.reply(TokenPurpose.UNSUBSCRIBE, token),
                self.identity.unsubscribe_url(token))


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
    unsubscribe: str | None = None           # member mailings only: List-Unsubscribe address
    unsubscribe_url: str = ""                # the portal's one-click URL for that token
    bulk: bool = False                       # Precedence: bulk (digests)


def one_line(value: str) -> str:
    return _BREAKS.sub(" ", value).strip()


def new_message_id(domain: str) -> str:
    return f"<{uuid.uuid4().hex}@{domain}>"


ONE_CLICK = ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")


def one_click(url: str) -> bool:
    """RFC 8058 one-click needs an https URL; a plain-http portal (a test set-up) gets
    the link in List-Unsubscribe but no List-Unsubscribe-Post."""
    return url.startswith("https://")


def unsubscribe_header(address: str, url: str = "") -> str:
    """The https URL first when there is one: with List-Unsubscribe-Post (RFC 8058) mail
    providers offer their own unsubscribe button and POST to it."""
    mailto = f"<mailto:{address}?subject={LEAVE_SUBJECT}>"
    return f"<{url}>, {mailto}" if url else mailto


def unsubscribe_headers(address: str, url: str = "") -> tuple[tuple[str, str], ...]:
    """The unsubscribe header lines of a member mailing: the one place they are built."""
    line = ("List-Unsubscribe", unsubscribe_header(address, url))
    return (line, ONE_CLICK) if one_click(url) else (line,)


def encoded_subject(subject: str) -> str:
    """The Subject as RFC 2047 words we fold ourselves, spaces inside the words.

    The email package's own folding of a non-ASCII subject can leave a space *between* two
    encoded words, where RFC 2047 says to drop it: "blå tabletter" arrives as
    "blåtabletter" (about one long Swedish subject in eight). The legacy Header encoder
    keeps every space inside a word; set_raw keeps its lines (each under 78 characters).
    """
    subject = one_line(subject)
    if subject.isascii():
        return subject
    return Header(subject, "utf-8", header_name="Subject").encode(linesep="\n")


def list_help(identity: Identity) -> str:
    return f"<mailto:{identity.requests}?subject={quote('HJÄLP')}>"


def shared_headers(identity: Identity, draft: Draft) -> EmailMessage:
    """Everything but To, Message-ID, Reply-To and List-Unsubscribe, with the body."""
    msg = EmailMessage()
    local, _, domain = identity.address.partition("@")
    msg["From"] = Address(identity.display_name, local, domain)
    msg.set_raw("Subject", encoded_subject(draft.subject))
    msg["Date"] = format_datetime(utcnow())
    if draft.in_reply_to:
        msg["In-Reply-To"] = draft.in_reply_to
        msg["References"] = draft.in_reply_to
    # RFC 3834 and Exchange's own header: no out-of-office answers to us, no loops.
    msg["Auto-Submitted"] = draft.auto_submitted
    msg["X-Auto-Response-Suppress"] = "All"
    msg[LOOP_HEADER] = identity.domain
    msg["List-Id"] = identity.list_id
    msg["List-Help"] = list_help(identity)
    if draft.bulk:
        msg["Precedence"] = "bulk"
    for name, value in draft.headers:
        msg[name] = value
    msg.set_content(draft.text, charset="utf-8", cte="quoted-printable")
    if draft.html is not None:
        msg.add_alternative(draft.html, subtype="html", charset="utf-8", cte="quoted-printable")
    return msg


def compose(identity: Identity, draft: Draft) -> EmailMessage:
    msg = shared_headers(identity, draft)
    msg["To"] = draft.to
    msg["Message-ID"] = new_message_id(identity.domain)
    if draft.reply_to:
        msg["Reply-To"] = draft.reply_to
    if draft.unsubscribe:
        for name, value in unsubscribe_headers(draft.unsubscribe, draft.unsubscribe_url):
            msg[name] = value
    return msg
