"""Drop the indexes no query of the app uses.

Every SELECT the screens and services ran through the GUI and client test suites was traced
and its plan read (EXPLAIN QUERY PLAN over a cache of 10,000 clients and 100,000 tickets):
the three due-time indexes of ``tickets``, ``ix_tickets_team`` and ``ix_clients_name`` were
never chosen (the lane queries compute each ticket's lane and score over the open tickets;
names are searched through the covering search index). Each still cost a write on every
ticket change and a few hundred milliseconds at the end of a first pull. ``IF EXISTS``: a
first pull still under way has dropped them already (``vipclient.store.bulk_load``).

Revision ID: 0006_unused_indexes
Revises: 0005_search_chunks
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006_unused_indexes"
down_revision: str | None = "0005_search_chunks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DROPPED = {
    "ix_tickets_first_due": ("tickets", "first_response_due"),
    "ix_tickets_next_due": ("tickets", "next_response_due"),
    "ix_tickets_resolution_due": ("tickets", "resolution_due"),
    "ix_tickets_team": ("tickets", "team, status"),
    "ix_clients_name": ("clients", "display_name"),
}


def upgrade() -> None:
    for name in _DROPPED:
        op.execute(f"DROP INDEX IF EXISTS {name}")


def downgrade() -> None:
    for name, (table, columns) in _DROPPED.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})")
