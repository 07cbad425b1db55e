"""Putting a composed message in the outbox, in the caller's transaction."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage

from sqlmodel import Session, col, select

from store.models import Outbox

SMTP_POLICY = policy.SMTP


def enqueue(s: Session, kind: str, mail_from: str, message: EmailMessage,
            *, dedupe_key: str | None = None) -> Outbox | None:
    """Queue one message for its To: address; None when dedupe_key was already queued."""
    if dedupe_key is not None:
        found = s.exec(select(Outbox).where(col(Outbox.dedupe_key) == dedupe_key)).first()
        if found is not None:
            return None
    rcpt = str(message["To"].addresses[0].addr_spec).lower()
    row = Outbox(kind=kind, dedupe_key=dedupe_key, mail_from=mail_from, rcpt=rcpt,
                 raw=message.as_bytes(policy=SMTP_POLICY))
    s.add(row)
    return row
