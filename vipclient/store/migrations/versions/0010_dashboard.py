"""The dashboard's facts: ``tickets.sla_settled``, ``dashboard_facts`` and its triggers.

Why a table: reading the SLA events out of 100,000 tickets' JSON cost 250–660 ms for a bare
scan, more than the dashboard's whole budget (see ``vipclient/store/dashboard_facts.py``).

A cache made before this revision already holds every ticket's full JSON in ``data``, so it
is filled here from that, without the network: the new column from each ticket's JSON (the
same ``columns_for`` the sync writes it with), then the facts in one pass, then the triggers
that keep them current from now on. No re-sync is needed: the feed has nothing the cache
lacks. 100,000 tickets take a few seconds, once.

Revision ID: 0010_dashboard
Revises: 0009_workspace
"""

from __future__ import annotations

from collections.abc import Sequence

import orjson
import sqlalchemy as sa
from alembic import op

from vipclient.store.apply import columns_for
from vipclient.store.dashboard_facts import (
    ALL_ROWS,
    INDEX,
    INDEX_COLUMNS,
    MARK,
    TABLE,
    TRIGGERS,
    range_statements,
    trigger_statements,
)

revision: str = "0010_dashboard"
down_revision: str | None = "0009_workspace"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 2000


def _fill_settled() -> None:
    """``tickets.sla_settled`` from each ticket's JSON, a batch at a time."""
    conn = op.get_bind()
    last = ""
    while True:
        rows = conn.exec_driver_sql(
            "SELECT id, data FROM tickets WHERE id > ? ORDER BY id LIMIT ?", (last, _BATCH)
        ).fetchall()
        if not rows:
            return
        updates = []
        for ticket_id, data in rows:
            try:
                parsed = orjson.loads(data)
            except orjson.JSONDecodeError:
                continue
            if isinstance(parsed, dict):
                settled = columns_for("ticket", parsed)["sla_settled"]
                if settled is not None:
                    updates.append((settled, ticket_id))
        if updates:
            conn.exec_driver_sql("UPDATE tickets SET sla_settled = ? WHERE id = ?", updates)
        last = rows[-1][0]


def upgrade() -> None:
    op.add_column("tickets", sa.Column("sla_settled", sa.Text(), nullable=True))
    with op.batch_alter_table("sync_state") as batch:
        batch.add_column(sa.Column(MARK, sa.Integer(), nullable=True))
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=24), nullable=False),
        sa.Column("ticket_id", sa.String(length=64), nullable=False),
        sa.Column("met", sa.Integer(), nullable=True),
        sa.Column("secs", sa.Integer(), nullable=True),
        sa.Column("tier", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=24), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column("assignee_id", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    _fill_settled()
    conn = op.get_bind()
    for statement in range_statements():
        conn.execute(sa.text(statement), {"upto": -ALL_ROWS - 1, "end": ALL_ROWS})
    # Every ticket there is has its facts: the triggers keep them all, even if a first pull
    # was under way when this ran.
    conn.execute(sa.text(f"UPDATE sync_state SET {MARK} = :all"), {"all": ALL_ROWS})
    # Sorted once after the rows, not kept up row by row; IF NOT EXISTS: a first pull under
    # way when this ran would create it at its end too.
    op.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} ({', '.join(INDEX_COLUMNS)})")
    for statement in trigger_statements():
        op.execute(statement)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    op.drop_table(TABLE)
    # Plain ALTER TABLE (SQLite 3.35+): a batch copy of tickets would lose the triggers other
    # revisions put on it.
    op.execute(f"ALTER TABLE sync_state DROP COLUMN {MARK}")
    op.execute("ALTER TABLE tickets DROP COLUMN sla_settled")
