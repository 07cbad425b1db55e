"""A comment written in the portal becomes the same work as a reply to a notice.

The portal writes an `inbound_mail` row holding the mail the member would have sent: from
their address to vsn+comment-<token>@, the token bound to (comment, event, member) like the
one in a notice's Reply-To. The worker then takes it through the one moderation path there
is (mailgate/comments.py): token and membership checked, text scanned, a held Report with
event_id, review mails, the acknowledgement. Nothing in the portal decides or publishes,
and the portal needs no code of mailgate's; the row's source says "portal".
"""

from __future__ import annotations

import hashlib
from datetime import timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.utils import format_datetime
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, bindparam, func, literal, select
from sqlmodel import Session

from digest.compose.message import Mailing, new_message_id
from portal.site import Site
from store.models import InboundMail, Report
from store.status import InboundStatus, ReportStatus, TokenPurpose
from store.tokens import Grant, issue_many
from store.types import utcnow

SOURCE = "portal"
EVENT_HEADER = "X-VSN-Portal-Event"
TOKEN_LIFETIME = timedelta(days=1)   # the worker takes the row within seconds
MAX_CHARS = 5000


def queue_comment(s: Session, site: Site, event_id: int, reference: str, email: str,
                  text: str) -> int:
    """Store the comment on the event as inbound mail; returns the row's id."""
    (token,) = issue_many(s, [Grant(TokenPurpose.COMMENT, event_id, email)],
                          utcnow() + TOKEN_LIFETIME)
    to = Mailing(site.identity, site.bounce_address).reply(TokenPurpose.COMMENT, token)
    msg = EmailMessage()
    msg["From"] = email
    msg["To"] = to
    msg["Subject"] = f"Kommentar till {reference}"
    msg["Date"] = format_datetime(utcnow())
    msg["Message-ID"] = new_message_id(site.identity.domain)
    msg[EVENT_HEADER] = str(event_id)
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    raw = msg.as_bytes(policy=policy.SMTP)
    row = InboundMail(source=SOURCE, peer=SOURCE, mail_from=email, rcpt_tos=[to], raw=raw,
                      size=len(raw), sha256=hashlib.sha256(raw).hexdigest(),
                      message_id=str(msg["Message-ID"]))
    s.add(row)
    s.flush()
    assert row.id is not None
    return row.id


_REPORT = Report.__table__  # type: ignore[attr-defined]
_INBOUND = InboundMail.__table__  # type: ignore[attr-defined]
# Built once: these run on every event page a member opens. One round trip counts both
# kinds; the queued rows are read (to see which event each is on) only when there are any.
# The fixed values as literals in the SQL, not parameters: PostgreSQL plans a statement
# it has prepared once for any parameters, and not knowing that few rows are waiting it
# read every inbound row (1 ms) where the status index finds them (0.002 ms).
_WAITING = _INBOUND.c.status.in_(bindparam(
    "waiting", [InboundStatus.RECEIVED, InboundStatus.PROCESSING], expanding=True,
    literal_execute=True))
_FROM_PORTAL = _INBOUND.c.source == literal(SOURCE, literal_execute=True)
_QUEUED = (_WAITING, _FROM_PORTAL, _INBOUND.c.mail_from == bindparam("email"))


def counts(event_id: ColumnElement[Any], email: ColumnElement[Any] | None = None
           ) -> tuple[ScalarSelect[Any], ScalarSelect[Any]]:
    """The member's (`email`, else bindparam "email") held reports on the event, and
    their portal comments not taken yet on any event: as columns, so the event page's own
    query can carry them (portal/events.py `published`) and save a round trip."""
    sender = email if email is not None else bindparam("email")
    return (select(func.count()).select_from(_REPORT).where(
                _REPORT.c.event_id == event_id, _REPORT.c.sender == sender,
                _REPORT.c.status == literal(ReportStatus.HELD, literal_execute=True))
            .scalar_subquery(),
            select(func.count()).select_from(_INBOUND).where(
                _WAITING, _FROM_PORTAL, _INBOUND.c.mail_from == sender)
            .scalar_subquery())


_COUNTS = select(*counts(bindparam("event")))
_QUEUED_RAW = select(_INBOUND.c.raw).where(*_QUEUED)


def waiting(s: Session, event_id: int, email: str,
            known: tuple[int, int] | None = None) -> int:
    """How many of this member's comments on the event await review: held reports, and
    portal comments the worker has not taken yet. `known`: the two counts, already read
    with the event."""
    held, queued = known or s.connection().execute(
        _COUNTS, {"event": event_id, "email": email}).one()
    if not queued:
        return int(held or 0)
    rows = s.connection().execute(_QUEUED_RAW, {"email": email}).scalars()
    parser = BytesHeaderParser()
    mine = sum(1 for raw in rows if parser.parsebytes(raw).get(EVENT_HEADER) == str(event_id))
    return int(held or 0) + mine
