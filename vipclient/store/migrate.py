"""Run the cache's Alembic migrations programmatically.

The script location is the ``migrations`` folder inside this package (shipped as package data),
so upgrading works the same from a checkout and from an installed wheel; no ini file is read.

Alembic itself (about a tenth of a second to import) is loaded only when a database is not at
``HEAD`` yet: an ordinary start over an up-to-date cache never needs it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

HEAD = "0013_lane_index_condition"
"""The newest revision; a test keeps it equal to what the migration scripts say."""


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at (``None`` for a new, empty database)."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Bring the database on ``connection`` to ``revision`` inside the caller's transaction."""
    if revision == "head" and current_revision(connection) == HEAD:
        return
    from alembic import command

    command.upgrade(alembic_config(connection), revision)


def head_revision() -> str:
    """The head according to the migration scripts themselves (what ``HEAD`` must equal)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head
