"""Alembic environment for frontwire's event store.

Run only through `frontwire.store.migrate.upgrade`, which hands over an open connection in
`config.attributes["connection"]`; there is no alembic.ini, so nothing here reads a URL or the
environment. Batch mode lets later migrations alter tables on SQLite too.
"""

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("frontwire migrations run through frontwire.store.open_store(url)")
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
