"""Files on tickets and the help centre (v1.1): the ``attachments``, ``help_articles`` and
``help_uses`` tables, and a re-sync so an existing cache gets the rows it never kept.

The changes feed served ``attachment`` and ``help_article`` before this desk knew them; a
cache synced then skipped those changes and its cursor is past them, so they would never
come. The feed cannot be read for one entity only, so the smallest correct mechanism is the
one a 410 already uses: the stored cursor is dropped and the next pull is a re-sync
(``full_sync = 2``), which reads the whole feed again, writes only what is newer than the
cache (``only_newer``), and removes nothing local. A cache that has not finished its first
pull (no cursor yet) needs nothing: its pull reads everything anyway.

Revision ID: 0009_workspace
Revises: 0007_lane_index
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0009_workspace"
down_revision: str | None = "0007_lane_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _entity_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("server_data", sa.Text(), nullable=True),
        sa.Column("local_outbox_id", sa.Integer(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("ticket_id", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("content_type", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("uploaded_by", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.String(length=24), nullable=True),
        *_entity_columns(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_attachments_ticket", "attachments", ["ticket_id", "created_at"])
    op.create_table(
        "help_articles",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("lang", sa.String(length=16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(length=24), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        *_entity_columns(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_help_articles_lang", "help_articles", ["lang"])
    op.create_table(
        "help_uses",
        sa.Column("staff_id", sa.String(length=64), nullable=False),
        sa.Column("category", sa.String(length=24), nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("uses", sa.Integer(), nullable=False),
        sa.Column("last_used_at", sa.String(length=24), nullable=True),
        sa.PrimaryKeyConstraint("staff_id", "category", "article_id"),
    )
    # The re-sync (see above); resync_seen starts empty, as _start_resync leaves it.
    op.execute("DELETE FROM resync_seen")
    op.execute("UPDATE sync_state SET cursor = NULL, full_sync = 2 WHERE cursor IS NOT NULL")


def downgrade() -> None:
    op.drop_table("help_uses")
    op.drop_index("ix_help_articles_lang", table_name="help_articles")
    op.drop_table("help_articles")
    op.drop_index("ix_attachments_ticket", table_name="attachments")
    op.drop_table("attachments")
