"""Alembic environment of the cache: runs on the connection :class:`Cache` hands over.

Migrations run programmatically at open (``vipclient.store.migrate``), never from an ini
file, so the same code works from a source checkout and from an installed wheel.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from vipclient.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic` on the command line during development
        url = config.get_main_option("sqlalchemy.url") or "sqlite://"
        with create_engine(url).connect() as conn:
            context.configure(
                connection=conn, target_metadata=target_metadata, render_as_batch=True
            )
            with context.begin_transaction():
                context.run_migrations()
        return
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
