"""Makes a cache as VIP Desk's first release left it: the schema of migration 0001 and one
client, for checking that a newer build opens a person's old data (make package-test).

    PYTHONPATH=. python scripts/make_old_cache.py OUT.sqlite3
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from sqlalchemy import create_engine

from vipclient.store.migrate import upgrade


def make(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        upgrade(connection, "0001_initial")
    engine.dispose()
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO clients (uid, display_name, email, tier, status, languages, tags, "
            "data, version) VALUES ('U-OLD-1', '王小明', 'w@example.com', 5, 'active', 'zh', "
            "'', '{}', 1)"
        )


if __name__ == "__main__":
    make(Path(sys.argv[1]))
