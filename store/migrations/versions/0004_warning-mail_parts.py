"""Warning parts: what and advice on an event; what, region and advice set on a held report.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03

Event.region existed but was never set; it is now the warning's "where".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

COLUMNS: tuple[tuple[str, str, sa.types.TypeEngine[str]], ...] = (
    ("event", "what", sa.Text()),
    ("event", "advice", sa.Text()),
    ("report", "what", sa.Text()),
    ("report", "region", sa.String(128)),
    ("report", "advice", sa.Text()),
)


def upgrade() -> None:
    # Plain ALTER TABLE, no batch copy: a copied event table would lose SQLite's search
    # triggers. A server default fills the rows that exist.
    for table, name, kind in COLUMNS:
        op.add_column(table, sa.Column(name, kind, nullable=False, server_default=""))


def downgrade() -> None:
    for table, name, _ in reversed(COLUMNS):
        op.drop_column(table, name)  # SQLite 3.35 and later drop a column in place
