"""Alembic's environment for the store: always given an open connection by store.migrate
(which holds the schema lock around it); there is no offline (--sql) mode."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from store.migrate import include_object, register_models

register_models()
connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations with `vsn db upgrade`, not the alembic command")
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    include_object=include_object,
    # SQLite alters a table by copying it; Alembic's batch mode does that for us.
    render_as_batch=connection.dialect.name == "sqlite",
    # store.migrate opened the transaction (and took the lock): all or nothing, both kinds.
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
