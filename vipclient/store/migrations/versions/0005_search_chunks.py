"""The search index can be built in small steps after a first full pull.

Revision 0003 paused the search triggers for the whole first pull and rebuilt both indexes in
the pull's last transaction. On a large book (100,000 tickets) that one transaction held the
database's write lock for a second or two, and a person's action queued meanwhile from the UI
thread waited for it. Now the index is built afterwards in steps of a few thousand rows, each
its own short transaction (``vipclient.store.search.index_step``), and the triggers must know
which rows are already indexed: ``sync_state.clients_fts_upto`` / ``tickets_fts_upto`` hold the
highest rowid indexed so far. While ``bulk_load`` is 1 a trigger keeps the index current only
for rows at or below that mark (the rest will be indexed, with their values of that moment, by a
later step); when ``bulk_load`` is 0 every row is kept current as before. NULL marks mean
nothing is indexed yet, so setting ``bulk_load`` alone still pauses indexing as in 0003.

Revision ID: 0005_search_chunks
Revises: 0004_search_scan
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_search_chunks"
down_revision: str | None = "0004_search_scan"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = {
    "clients_fts": ("clients", ("uid", "display_name", "email")),
    "tickets_fts": ("tickets", ("id", "subject", "client_name")),
}


def _live(fts: str, row: str) -> str:
    """SQL: is the index kept current for ``row`` (``new``/``old``) right now? (No sync_state
    row at all counts as live, like 0003.)"""
    return (
        f"coalesce((SELECT bulk_load IS NOT 1 OR {row}.rowid <= coalesce({fts}_upto, 0) "
        f"FROM sync_state WHERE id = 1), 1)"
    )


def _drop() -> None:
    for fts in _INDEXES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")


def upgrade() -> None:
    with op.batch_alter_table("sync_state") as batch:
        batch.add_column(sa.Column("clients_fts_upto", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("tickets_fts_upto", sa.Integer(), nullable=True))
    _drop()
    for fts, (table, cols) in _INDEXES.items():
        col_list = ", ".join(cols)
        new_vals = ", ".join(f"new.{c}" for c in cols)
        old_vals = ", ".join(f"old.{c}" for c in cols)
        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in cols)
        op.execute(
            f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} WHEN {_live(fts, 'new')} BEGIN "
            f"INSERT INTO {fts}(rowid, {col_list}) VALUES (new.rowid, {new_vals}); END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} WHEN {_live(fts, 'old')} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {col_list}) VALUES ('delete', old.rowid, {old_vals});"
            f" END"
        )
        # An upsert keeps its rowid, so old.rowid is new.rowid.
        op.execute(
            f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {col_list} ON {table} "
            f"WHEN ({changed}) AND {_live(fts, 'old')} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {col_list}) VALUES ('delete', old.rowid, {old_vals});"
            f" INSERT INTO {fts}(rowid, {col_list}) VALUES (new.rowid, {new_vals}); END"
        )


def downgrade() -> None:
    _drop()
    live = "(SELECT bulk_load FROM sync_state WHERE id = 1) IS NOT 1"
    for fts, (table, cols) in _INDEXES.items():
        col_list = ", ".join(cols)
        new_vals = ", ".join(f"new.{c}" for c in cols)
        old_vals = ", ".join(f"old.{c}" for c in cols)
        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in cols)
        op.execute(
            f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} WHEN {live} BEGIN "
            f"INSERT INTO {fts}(rowid, {col_list}) VALUES (new.rowid, {new_vals}); END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} WHEN {live} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {col_list}) VALUES ('delete', old.rowid, {old_vals});"
            f" END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {col_list} ON {table} "
            f"WHEN ({changed}) AND {live} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {col_list}) VALUES ('delete', old.rowid, {old_vals});"
            f" INSERT INTO {fts}(rowid, {col_list}) VALUES (new.rowid, {new_vals}); END"
        )
    for fts in _INDEXES:
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    with op.batch_alter_table("sync_state") as batch:
        batch.drop_column("tickets_fts_upto")
        batch.drop_column("clients_fts_upto")
