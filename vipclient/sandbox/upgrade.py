"""Bringing a file database made by an earlier sandbox up to this one's contract.

Training servers keep their database (``--db sqlite:///training.db`` or PostgreSQL) across
upgrades of the sandbox. ``create_all`` adds the tables a newer contract brings, but not the
columns it adds to existing tables, and the served policies stay those of the day the book
was seeded. Every addition of the contract so far is additive, so:

* a missing column that may be empty is added (``ALTER TABLE … ADD COLUMN``); one that may
  not is refused with a message naming it (start that training server on a new database);
* the policies are brought up to the defaults when they are exactly an earlier default set
  (a prefix of today's, in order): the rules of a later contract version are appended; rules
  a trainer changed by hand are left alone.
"""

from __future__ import annotations

import logging

from sqlalchemy import inspect, select
from sqlalchemy.schema import CreateColumn

from vipclient.domain.policy import DEFAULT_POLICIES
from vipclient.sandbox.core import Sandbox
from vipclient.sandbox.db import Base, Database, Policy

log = logging.getLogger(__name__)


class CannotUpgrade(RuntimeError):
    pass


def add_missing_columns(db: Database) -> list[str]:
    """Add the columns this sandbox's tables have and the database's lack; their names."""
    added: list[str] = []
    with db.lock, db.engine.begin() as conn:
        present = inspect(conn)
        for table in Base.metadata.sorted_tables:
            if not present.has_table(table.name):
                continue  # create_all made it whole
            have = {c["name"] for c in present.get_columns(table.name)}
            for column in table.columns:
                if column.name in have:
                    continue
                if not column.nullable and column.server_default is None:
                    raise CannotUpgrade(
                        f"The database was made by an earlier sandbox and lacks "
                        f"{table.name}.{column.name}, which cannot be added to existing rows; "
                        "start the sandbox on a new database."
                    )
                ddl = CreateColumn(column).compile(dialect=conn.dialect)
                conn.exec_driver_sql(f"ALTER TABLE {table.name} ADD COLUMN {ddl}")
                added.append(f"{table.name}.{column.name}")
    if added:
        log.info("sandbox database upgraded: added %s", ", ".join(added))
    return added


def append_newer_default_policies(sb: Sandbox) -> bool:
    """Append the contract's newer default rules to a book seeded with an earlier default
    set (in the same order, as changes in the feed); True when it did."""
    from vipclient.sandbox.routes.policies import replace_policies

    defaults = [rule.id for rule in DEFAULT_POLICIES]
    with sb.transaction() as s:
        stored = list(s.scalars(select(Policy.id).order_by(Policy.position, Policy.id)))
        if not stored or stored == defaults or stored != defaults[: len(stored)]:
            return False
        replace_policies(s, DEFAULT_POLICIES)
    log.info("sandbox policies upgraded: added %s", ", ".join(defaults[len(stored):]))
    return True


def upgrade(sb: Sandbox) -> None:
    """Everything above, for a database opened by ``SandboxServer.prepare``."""
    add_missing_columns(sb.db)
    append_newer_default_policies(sb)
