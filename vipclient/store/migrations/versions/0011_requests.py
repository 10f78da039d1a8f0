"""API-access requests (v1.1) in the cache, and the server's problem kept with a refused action.

``api_access_requests`` holds the third kind of maker-checker request. The feed served that
entity before this desk knew it and the desk skipped it, so a cache synced before this
revision lacks every such request changed before its cursor. The smallest mechanism that gets
them, with what the sync engine already does: its next pull starts from no cursor as a
re-sync (the one a ``410 Gone`` starts). Rows it already has are not written again (a change
is written only when its version is newer), so the cost is reading the feed once; nothing a
person queued is touched (local rows and the outbox survive a re-sync). A cache whose first
pull is unfinished starts it again from the beginning over its rows, which the engine turns
into the same re-sync.

``outbox.problem`` keeps the problem document of a refusal (its ``errors`` per field), so a
form can be opened again with each of the server's messages beside its field.

Revision ID: 0011_requests
Revises: 0010_dashboard
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_requests"
down_revision: str | None = "0010_dashboard"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = (("ix_api_access_requests_status", "status"),
            ("ix_api_access_requests_client", "client_uid"),
            ("ix_api_access_requests_requester", "requester_id"))


def upgrade() -> None:
    op.create_table(
        "api_access_requests",
        sa.Column("rate_limit_tier", sa.String(length=24), nullable=True),
        sa.Column("ip_whitelist", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("client_uid", sa.String(length=32), nullable=False),
        sa.Column("requester_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("rule_id", sa.String(length=64), nullable=True),
        sa.Column("approvals_required", sa.Integer(), nullable=False),
        sa.Column("approver_role", sa.String(length=24), nullable=True),
        sa.Column("valid_until", sa.String(length=24), nullable=True),
        sa.Column("expires_at", sa.String(length=24), nullable=True),
        sa.Column("created_at", sa.String(length=24), nullable=True),
        sa.Column("updated_at", sa.String(length=24), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("server_data", sa.Text(), nullable=True),
        sa.Column("local_outbox_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    for name, column in _INDEXES:
        op.create_index(name, "api_access_requests", [column], unique=False)
    op.add_column("outbox", sa.Column("problem", sa.Text(), nullable=True))
    # Read the feed again from the start (see the module's doc); a fresh cache (no cursor)
    # reads it whole anyway.
    op.execute("UPDATE sync_state SET cursor = NULL, "
               "full_sync = CASE WHEN full_sync = 0 THEN 2 ELSE full_sync END "
               "WHERE cursor IS NOT NULL")
    op.execute("DELETE FROM resync_seen")


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch_op:
        batch_op.drop_column("problem")
    for name, _column in _INDEXES:
        op.drop_index(name, table_name="api_access_requests")
    op.drop_table("api_access_requests")
