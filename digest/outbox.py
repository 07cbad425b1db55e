"""Putting composed messages in the outbox, in the caller's transaction."""

from __future__ import annotations

from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from store.models import Outbox
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


def enqueue_many(s: Session, items: list[Queued]) -> None:
    """Insert many rows in one statement; a dedupe_key already queued is skipped."""
    if not items:
        return
    now = utcnow()
    rows: list[dict[str, Any]] = [
        {"created_at": now, "next_attempt_at": now, "kind": q.kind, "dedupe_key": q.dedupe_key,
         "mail_from": q.mail_from, "rcpt": q.rcpt.lower(), "raw": q.raw, "status": "queued",
         "attempts": 0} for q in items]
    s.execute(_insert_ignoring_duplicates(s, Outbox.__table__), rows)  # type: ignore[attr-defined]


def _insert_ignoring_duplicates(s: Session, table: Table) -> Any:
    if s.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing(index_elements=["dedupe_key"])
    return sqlite.insert(table).on_conflict_do_nothing(index_elements=["dedupe_key"])
