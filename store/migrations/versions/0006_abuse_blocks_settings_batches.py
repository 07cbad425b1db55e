"""Abuse defences: blocked senders, settings changes waiting for confirmation, reviews
batched during a flood, and one pending join application per address.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None

PENDING = sa.text("status = 'pending'")


def upgrade() -> None:
    op.create_table(
        "blocked_sender",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pattern", sa.String(length=512), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("pattern"),
    )
    op.create_table(
        "settings_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_settings_request_member_id", "settings_request", ["member_id"])
    op.create_table(
        "batched_review",
        sa.Column("report_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("held_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("listed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["report_id"], ["report.id"]),
        sa.PrimaryKeyConstraint("report_id"),
    )
    op.create_index("ix_batched_review_held_at", "batched_review", ["held_at"])
    op.create_index("ix_batched_review_listed_at", "batched_review", ["listed_at"])
    _close_duplicate_applications()
    op.create_index("uq_application_pending_email", "application", ["email"], unique=True,
                    sqlite_where=PENDING, postgresql_where=PENDING)


def _close_duplicate_applications() -> None:
    """A database from before may hold two pending applications from one address (the
    race this index closes): the newer ones are rejected so the index can be made."""
    op.execute(sa.text(
        "UPDATE application SET status = 'rejected' WHERE status = 'pending' AND id NOT IN "
        "(SELECT min(id) FROM application WHERE status = 'pending' GROUP BY email)"))


def downgrade() -> None:
    op.drop_index("uq_application_pending_email", table_name="application")
    op.drop_table("batched_review")
    op.drop_table("settings_request")
    op.drop_table("blocked_sender")
