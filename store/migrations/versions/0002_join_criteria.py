"""Join applications record the membership criteria as the applicant answers them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

CRITERIA = ("meets_people", "strategic_role", "needs_information")


def upgrade() -> None:
    for name in CRITERIA:
        op.add_column("application", sa.Column(name, sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("application") as batch:
        for name in CRITERIA:
            batch.drop_column(name)
