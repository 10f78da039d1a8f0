"""Full-text search over clients and tickets (FTS5, trigram tokenizer).

``clients_fts`` indexes uid, display name and e-mail; ``tickets_fts`` indexes id, subject and
client name. Both are external-content tables over the entity tables (no second copy of the
text), kept current by triggers, and filled from the rows already cached when a database made
by the first revision is upgraded. The trigram tokenizer finds any part of three characters or
more in any script (王小明 by 王小明 or 小明x…); shorter queries are answered by
``vipclient.store.search`` with ``instr`` on the base columns.

Revision ID: 0002_search
Revises: 0001_initial
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002_search"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = {
    # fts table: (base table, indexed columns)
    "clients_fts": ("clients", ("uid", "display_name", "email")),
    "tickets_fts": ("tickets", ("id", "subject", "client_name")),
}


def upgrade() -> None:
    for fts, (table, cols) in _INDEXES.items():
        col_list = ", ".join(cols)
        new_vals = ", ".join(f"new.{c}" for c in cols)
        old_vals = ", ".join(f"old.{c}" for c in cols)
        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in cols)
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({col_list}, content='{table}', "
            f"content_rowid='rowid', tokenize='trigram')"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}(rowid, {col_list}) VALUES (new.rowid, {new_vals}); END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {col_list}) VALUES ('delete', old.rowid, {old_vals});"
            f" END"
        )
        # Only when an indexed column really changed: the feed rewrites rows wholesale.
        op.execute(
            f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {col_list} ON {table} WHEN {changed} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {col_list}) VALUES ('delete', old.rowid, {old_vals});"
            f" INSERT INTO {fts}(rowid, {col_list}) VALUES (new.rowid, {new_vals}); END"
        )
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def downgrade() -> None:
    for fts in _INDEXES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
