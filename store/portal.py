"""The portal's rows: server-side sessions, the audit of logins, the key that hashes
clients, and which moderator has a held report open.

A session is known to the browser only by a random cookie value; the store keeps its
SHA-256, so a copy of the database lets no one take a session over.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, UniqueConstraint
from sqlmodel import Field, SQLModel

from store.types import UTCDateTime, utcnow


class PortalSession(SQLModel, table=True):
    __tablename__ = "portal_session"
    id: int | None = Field(default=None, primary_key=True)
    digest: str = Field(sa_type=String(64), unique=True, index=True)
    email: str = Field(sa_type=String(512), index=True)
    # Per-session secret for the forms' CSRF field.
    csrf: str = Field(sa_type=String(64))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    seen_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True,
                                      index=True)


class PortalAudit(SQLModel, table=True):
    """One row per login request, per use of a login link (refused ones included) and per
    logout.

    `actor` is the reference for the address (ref:<hash>, as in every audit row and log
    line), `client` a keyed hash of the client's address: enough to rate-limit and to see
    that requests came from one place, without keeping either address."""

    __tablename__ = "portal_audit"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    action: str = Field(sa_type=String(16))        # "request", "login", "logout"
    actor: str = Field(default="", sa_type=String(64), index=True)
    client: str = Field(default="", sa_type=String(64), index=True)
    outcome: str = Field(default="", sa_type=String(32))


class PortalSecret(SQLModel, table=True):
    """A random key every portal process sharing the store uses alike (today: the one that
    hashes clients' addresses in the audit, so the per-client limit counts across
    processes). Made once, by whichever process needs it first."""

    __tablename__ = "portal_secret"
    name: str = Field(sa_type=String(32), primary_key=True)
    value: str = Field(sa_type=String(64))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ReviewOpen(SQLModel, table=True):
    """A moderator has this held report open: they asked in the portal for its review mail
    (again), so the other moderators see who works on it. One row per report and
    moderator; `requested_at` after `sent_at` (or no `sent_at`) is a review mail the
    service still owes (mailgate/hold/requested.py). Rows of decided reports are cleared."""

    __tablename__ = "review_open"
    __table_args__ = (UniqueConstraint("report_id", "moderator"),)
    id: int | None = Field(default=None, primary_key=True)
    report_id: int = Field(foreign_key="report.id", index=True)
    moderator: str = Field(sa_type=String(512))
    opened_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    requested_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
