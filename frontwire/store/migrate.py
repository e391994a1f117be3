"""Schema migrations: brings a store's database to the newest schema shipped in the package.

Reads the alembic scripts in `frontwire/migrations` (package data); writes the schema changes and
alembic's version row through the given connection, in its transaction. Fails with `StoreError`
when the database is newer than this frontwire or a migration cannot be applied.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

__all__ = ["head_revision", "upgrade"]


@lru_cache(maxsize=1)
def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("frontwire").joinpath("migrations")))
    return config


@lru_cache(maxsize=1)
def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "frontwire ships at least one migration"
    return head


def upgrade(connection: Connection) -> None:
    """Apply every migration the database lacks; a no-op (one query) when it is current."""
    if MigrationContext.configure(connection).get_current_revision() == head_revision():
        return
    config = _config()
    config.attributes["connection"] = connection
    try:
        command.upgrade(config, "head")
    finally:
        config.attributes.pop("connection", None)
