"""PostgreSQL search reads a stored vector: `event.search_vector`, a generated column
holding the Swedish-stemmed title and text, with the GIN index `event_fts_idx` on it
instead of on the expression. Ranking (ts_rank) then reads the stored vector rather than
parsing every matching event's text again. The column holds the very document the
expression index had, so searches find and order the same events. SQLite (FTS5) is
unchanged.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

A migration is a frozen record: the DDL is copied here, not imported from store/search.py.
"""

from __future__ import annotations

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | None = None
depends_on: str | None = None

DOCUMENT = "to_tsvector('swedish', coalesce(title, '') || ' ' || coalesce(text, ''))"


def _postgres() -> bool:
    return bool(op.get_bind().dialect.name == "postgresql")


def upgrade() -> None:
    if not _postgres():
        return
    op.execute(f"ALTER TABLE event ADD COLUMN search_vector tsvector "
               f"GENERATED ALWAYS AS ({DOCUMENT}) STORED")
    op.execute("DROP INDEX IF EXISTS event_fts_idx")
    op.execute("CREATE INDEX event_fts_idx ON event USING GIN (search_vector)")


def downgrade() -> None:
    if not _postgres():
        return
    op.execute("DROP INDEX IF EXISTS event_fts_idx")
    op.execute("ALTER TABLE event DROP COLUMN search_vector")
    op.execute(f"CREATE INDEX event_fts_idx ON event USING GIN ({DOCUMENT})")
