"""The portal's rows: server-side sessions and the audit of logins.

A session is known to the browser only by a random cookie value; the store keeps its
SHA-256, so a copy of the database lets no one take a session over.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
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
