"""A correction that replaces an event's text records the replaced text's hash, not the text.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("event_update") as batch:
        batch.add_column(sa.Column("replaced_sha256", sa.String(length=64), nullable=False,
                                   server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("event_update") as batch:
        batch.drop_column("replaced_sha256")
