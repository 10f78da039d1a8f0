"""Entity tables, outbox and sync state.

The first schema: one table per changes-feed entity, the outbox, the sync state row, and the
triggers that keep ``tickets.client_tier`` / ``tickets.client_name`` equal to the client's.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-25 07:55:12.909373
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "clients",
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("tier", sa.Integer(), nullable=False),
        sa.Column("manager_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("region", sa.Text(), nullable=True),
        sa.Column("languages", sa.Text(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("kyc_level", sa.Integer(), nullable=True),
        sa.Column("preferred_channel", sa.String(length=16), nullable=True),
        sa.Column("volume_30d_usd", sa.Float(), nullable=True),
        sa.Column("assets_usd", sa.Float(), nullable=True),
        sa.Column("created_at", sa.String(length=24), nullable=True),
        sa.Column("updated_at", sa.String(length=24), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("server_data", sa.Text(), nullable=True),
        sa.Column("local_outbox_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("uid"),
    )
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.create_index("ix_clients_manager", ["manager_id", "tier"], unique=False)
        batch_op.create_index("ix_clients_name", ["display_name"], unique=False)
        batch_op.create_index("ix_clients_status", ["status"], unique=False)
        batch_op.create_index("ix_clients_tier", ["tier"], unique=False)

    op.create_table(
        "fee_requests",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("client_uid", sa.String(length=32), nullable=False),
        sa.Column("requester_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("rule_id", sa.String(length=64), nullable=True),
        sa.Column("maker_bps", sa.String(length=16), nullable=True),
        sa.Column("taker_bps", sa.String(length=16), nullable=True),
        sa.Column("scope", sa.String(length=16), nullable=True),
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
    with op.batch_alter_table("fee_requests", schema=None) as batch_op:
        batch_op.create_index("ix_fee_requests_client", ["client_uid"], unique=False)
        batch_op.create_index("ix_fee_requests_requester", ["requester_id"], unique=False)
        batch_op.create_index("ix_fee_requests_status", ["status"], unique=False)

    op.create_table(
        "freezes",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("client_uid", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("scopes", sa.Text(), nullable=False),
        sa.Column("reason_code", sa.String(length=32), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.String(length=24), nullable=True),
        sa.Column("updated_at", sa.String(length=24), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("server_data", sa.Text(), nullable=True),
        sa.Column("local_outbox_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("freezes", schema=None) as batch_op:
        batch_op.create_index("ix_freezes_client", ["client_uid"], unique=False)
        batch_op.create_index("ix_freezes_status", ["status"], unique=False)

    op.create_table(
        "messages",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("ticket_id", sa.String(length=64), nullable=False),
        sa.Column("author_kind", sa.String(length=16), nullable=False),
        sa.Column("author_id", sa.String(length=64), nullable=True),
        sa.Column("internal", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=24), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("server_data", sa.Text(), nullable=True),
        sa.Column("local_outbox_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.create_index("ix_messages_ticket", ["ticket_id", "created_at"], unique=False)

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=48), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("if_match", sa.String(length=32), nullable=True),
        sa.Column("entity", sa.String(length=24), nullable=True),
        sa.Column("entity_id", sa.String(length=64), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.String(length=24), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("error_status", sa.Integer(), nullable=True),
        sa.Column("effect", sa.Text(), nullable=True),
        sa.Column("result_entity", sa.String(length=24), nullable=True),
        sa.Column("result_id", sa.String(length=64), nullable=True),
        sa.Column("verify", sa.Text(), nullable=True),
        sa.Column("first_sent_at", sa.String(length=24), nullable=True),
        sa.Column("created_at", sa.String(length=24), nullable=False),
        sa.Column("updated_at", sa.String(length=24), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_entity", ["entity", "entity_id"], unique=False)
        batch_op.create_index("ix_outbox_state", ["state", "id"], unique=False)

    op.create_table(
        "policies",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("applies_to", sa.String(length=24), nullable=True),
        sa.Column("action", sa.String(length=24), nullable=True),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("server_data", sa.Text(), nullable=True),
        sa.Column("local_outbox_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "resync_seen",
        sa.Column("entity", sa.String(length=24), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("entity", "id"),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=True),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.Column("roles", sa.Text(), nullable=False),
        sa.Column("languages", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("server_data", sa.Text(), nullable=True),
        sa.Column("local_outbox_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cursor", sa.Text(), nullable=True),
        sa.Column("full_sync", sa.Integer(), nullable=False),
        sa.Column("last_full_sync_at", sa.String(length=24), nullable=True),
        sa.Column("last_change_at", sa.String(length=24), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "tickets",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("client_uid", sa.String(length=32), nullable=False),
        sa.Column("client_tier", sa.Integer(), nullable=True),
        sa.Column("client_name", sa.Text(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=24), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column("priority", sa.String(length=16), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("assignee_id", sa.String(length=64), nullable=True),
        sa.Column("team", sa.String(length=24), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("created_at", sa.String(length=24), nullable=True),
        sa.Column("updated_at", sa.String(length=24), nullable=True),
        sa.Column("first_response_due", sa.String(length=24), nullable=True),
        sa.Column("next_response_due", sa.String(length=24), nullable=True),
        sa.Column("resolution_due", sa.String(length=24), nullable=True),
        sa.Column("first_responded_at", sa.String(length=24), nullable=True),
        sa.Column("solved_at", sa.String(length=24), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("server_data", sa.Text(), nullable=True),
        sa.Column("local_outbox_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index("ix_tickets_assignee", ["assignee_id"], unique=False)
        batch_op.create_index("ix_tickets_client", ["client_uid"], unique=False)
        batch_op.create_index("ix_tickets_first_due", ["first_response_due"], unique=False)
        batch_op.create_index("ix_tickets_next_due", ["next_response_due"], unique=False)
        batch_op.create_index("ix_tickets_resolution_due", ["resolution_due"], unique=False)
        batch_op.create_index("ix_tickets_status_assignee", ["status", "assignee_id"], unique=False)
        batch_op.create_index("ix_tickets_team", ["team", "status"], unique=False)
        batch_op.create_index("ix_tickets_updated", ["updated_at"], unique=False)

    op.create_table(
        "unfreeze_requests",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("freeze_id", sa.String(length=64), nullable=False),
        sa.Column("client_uid", sa.String(length=32), nullable=True),
        sa.Column("requester_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.String(length=24), nullable=True),
        sa.Column("updated_at", sa.String(length=24), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("server_data", sa.Text(), nullable=True),
        sa.Column("local_outbox_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("unfreeze_requests", schema=None) as batch_op:
        batch_op.create_index("ix_unfreeze_requests_freeze", ["freeze_id"], unique=False)
        batch_op.create_index("ix_unfreeze_requests_status", ["status"], unique=False)

    op.create_table(
        "withdrawal_requests",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("client_uid", sa.String(length=32), nullable=False),
        sa.Column("requester_id", sa.String(length=64), nullable=True),
        sa.Column("kind", sa.String(length=24), nullable=True),
        sa.Column("asset", sa.String(length=16), nullable=True),
        sa.Column("amount", sa.String(length=48), nullable=True),
        sa.Column("usd_amount", sa.Float(), nullable=True),
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
    with op.batch_alter_table("withdrawal_requests", schema=None) as batch_op:
        batch_op.create_index("ix_withdrawal_requests_client", ["client_uid"], unique=False)
        batch_op.create_index("ix_withdrawal_requests_requester", ["requester_id"], unique=False)
        batch_op.create_index("ix_withdrawal_requests_status", ["status"], unique=False)

    # Tickets carry their client's tier and name so lanes sort and search without a join.
    # A client arriving (or changing) updates its tickets; a ticket arriving copies them in
    # the apply code (the client may come later in the feed, hence the INSERT trigger).
    op.execute(
        "CREATE TRIGGER clients_denorm_insert AFTER INSERT ON clients BEGIN "
        "UPDATE tickets SET client_tier = NEW.tier, client_name = NEW.display_name "
        "WHERE client_uid = NEW.uid; END"
    )
    op.execute(
        "CREATE TRIGGER clients_denorm_update AFTER UPDATE OF tier, display_name ON clients "
        "WHEN OLD.tier IS NOT NEW.tier OR OLD.display_name IS NOT NEW.display_name BEGIN "
        "UPDATE tickets SET client_tier = NEW.tier, client_name = NEW.display_name "
        "WHERE client_uid = NEW.uid; END"
    )
    op.execute("INSERT INTO sync_state (id, cursor, full_sync) VALUES (1, NULL, 1)")


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS clients_denorm_update")
    op.execute("DROP TRIGGER IF EXISTS clients_denorm_insert")
    with op.batch_alter_table("withdrawal_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_withdrawal_requests_status")
        batch_op.drop_index("ix_withdrawal_requests_requester")
        batch_op.drop_index("ix_withdrawal_requests_client")

    op.drop_table("withdrawal_requests")
    with op.batch_alter_table("unfreeze_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_unfreeze_requests_status")
        batch_op.drop_index("ix_unfreeze_requests_freeze")

    op.drop_table("unfreeze_requests")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_tickets_updated")
        batch_op.drop_index("ix_tickets_team")
        batch_op.drop_index("ix_tickets_status_assignee")
        batch_op.drop_index("ix_tickets_resolution_due")
        batch_op.drop_index("ix_tickets_next_due")
        batch_op.drop_index("ix_tickets_first_due")
        batch_op.drop_index("ix_tickets_client")
        batch_op.drop_index("ix_tickets_assignee")

    op.drop_table("tickets")
    op.drop_table("sync_state")
    op.drop_table("staff")
    op.drop_table("resync_seen")
    op.drop_table("policies")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_state")
        batch_op.drop_index("ix_outbox_entity")

    op.drop_table("outbox")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index("ix_messages_ticket")

    op.drop_table("messages")
    with op.batch_alter_table("freezes", schema=None) as batch_op:
        batch_op.drop_index("ix_freezes_status")
        batch_op.drop_index("ix_freezes_client")

    op.drop_table("freezes")
    with op.batch_alter_table("fee_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_fee_requests_status")
        batch_op.drop_index("ix_fee_requests_requester")
        batch_op.drop_index("ix_fee_requests_client")

    op.drop_table("fee_requests")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index("ix_clients_tier")
        batch_op.drop_index("ix_clients_status")
        batch_op.drop_index("ix_clients_name")
        batch_op.drop_index("ix_clients_manager")

    op.drop_table("clients")
