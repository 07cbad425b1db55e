"""The portal: server-side sessions, the login audit, and indexes for its events list.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "portal_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("email", sa.String(length=512), nullable=False),
        sa.Column("csrf", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_portal_session_digest", "portal_session", ["digest"], unique=True)
    op.create_index("ix_portal_session_email", "portal_session", ["email"])
    op.create_index("ix_portal_session_ended_at", "portal_session", ["ended_at"])
    op.create_table(
        "portal_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_portal_audit_at", "portal_audit", ["at"])
    op.create_index("ix_portal_audit_actor", "portal_audit", ["actor"])
    op.create_index("ix_portal_audit_client", "portal_audit", ["client"])
    op.create_index("ix_event_status_published_at", "event", ["status", "published_at"])
    op.create_index("ix_event_status_region", "event", ["status", "region"])


def downgrade() -> None:
    op.drop_index("ix_event_status_region", "event")
    op.drop_index("ix_event_status_published_at", "event")
    op.drop_table("portal_audit")
    op.drop_table("portal_session")
