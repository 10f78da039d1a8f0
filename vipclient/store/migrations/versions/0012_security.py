"""The security desk: risk alerts from the feed, the audit log paged in by the Audit screen,
and a re-sync so an existing cache gets the alerts it skipped.

The changes feed served ``risk_alert`` before this desk knew it; a cache synced then skipped
those changes and its cursor is past them. The feed cannot be read for one entity, and
``GET /risk-alerts`` would bring the alerts but not the feed's order with the freezes that
action them, so the smallest correct mechanism is the one a 410 already uses: the stored
cursor is dropped and the next pull is a re-sync (``full_sync = 2``), which reads the whole
feed again, writes only what is newer than the cache (``only_newer``) and keeps everything
local (the outbox, rows of actions not yet sent). A cache that never finished its first pull
(no cursor) needs nothing: that pull reads everything anyway. The audit table starts empty:
the screen pages the log from the server on first use.

Revision ID: 0012_security
Revises: 0011_requests
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_security"
down_revision: str | None = "0011_requests"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "risk_alerts",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("client_uid", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=True),
        sa.Column("severity", sa.String(length=16), nullable=True),
        sa.Column("severity_rank", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.String(length=24), nullable=True),
        sa.Column("handled_by", sa.String(length=64), nullable=True),
        sa.Column("handled_at", sa.String(length=24), nullable=True),
        sa.Column("freeze_id", sa.String(length=64), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("server_data", sa.Text(), nullable=True),
        sa.Column("local_outbox_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_risk_alerts_queue", "risk_alerts",
                    ["status", "severity_rank", "created_at"])
    op.create_index("ix_risk_alerts_client", "risk_alerts", ["client_uid", "created_at"])
    op.create_table(
        "audit_entries",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(length=24), nullable=False),
        sa.Column("actor_id", sa.String(length=64), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("target", sa.String(length=128), nullable=True),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    for column in ("actor_id", "target", "action", "at"):
        name = "actor" if column == "actor_id" else column
        op.create_index(f"ix_audit_entries_{name}", "audit_entries", [column])
    # The re-sync (see above); resync_seen starts empty, as the engine's own re-sync leaves it.
    op.execute("DELETE FROM resync_seen")
    op.execute("UPDATE sync_state SET cursor = NULL, full_sync = 2 WHERE cursor IS NOT NULL")


def downgrade() -> None:
    for name in ("actor", "target", "action", "at"):
        op.drop_index(f"ix_audit_entries_{name}", table_name="audit_entries")
    op.drop_table("audit_entries")
    op.drop_index("ix_risk_alerts_client", table_name="risk_alerts")
    op.drop_index("ix_risk_alerts_queue", table_name="risk_alerts")
    op.drop_table("risk_alerts")
