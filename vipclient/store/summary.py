"""What a cache file holds, read with sqlite3 alone: its schema revision and row counts.

For diagnostics that need no ORM (``vipclient --self-test --cache``: a copy of a person's old
cache, before and after this build opens it). Reading leaves the rows as they are.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

COUNTED = ("clients", "tickets", "outbox")


def revision(path: Path) -> str | None:
    """The Alembic revision the file is at; ``None`` for a file no migration has touched."""
    with sqlite3.connect(path) as db:
        try:
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:  # no such table
            return None
    return str(row[0]) if row else None


def row_counts(path: Path, tables: tuple[str, ...] = COUNTED) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        return {table: int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in tables}
