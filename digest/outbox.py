"""Putting composed messages in the outbox, in the caller's transaction."""

from __future__ import annotations

from dataclasses import dataclass
from email import policy
from email.message import EmailMessage

from sqlmodel import Session, col, select

from store.bulk import insert_many
from store.models import Outbox, OutboxBody
from store.types import utcnow

SMTP_POLICY = policy.SMTP


@dataclass(frozen=True)
class Queued:
    """One ready message for enqueue_many."""

    kind: str
    mail_from: str
    rcpt: str
    raw: bytes
    dedupe_key: str | None = None


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


def enqueue_many(s: Session, items: list[Queued], *, body: bytes | None = None) -> None:
    """Insert many rows in one statement; a dedupe_key already queued is skipped.

    With `body`, every item's raw is only its own header lines, and the shared rest of the
    message is stored once (OutboxBody) instead of once per recipient.
    """
    if not items:
        return
    body_id = _store_body(s, body) if body is not None else None
    now = utcnow()
    t = Outbox.__table__  # type: ignore[attr-defined]
    insert_many(s, t, {"created_at": now, "next_attempt_at": now, "status": "queued",
                       "attempts": 0, "body_id": body_id},
                ("kind", "dedupe_key", "mail_from", "rcpt", "raw"),
                [(q.kind, q.dedupe_key, q.mail_from, q.rcpt.lower(), q.raw) for q in items],
                skip_duplicates_of="dedupe_key")


def _store_body(s: Session, body: bytes) -> int:
    row = OutboxBody(raw=body)
    s.add(row)
    s.flush()
    assert row.id is not None
    return row.id
