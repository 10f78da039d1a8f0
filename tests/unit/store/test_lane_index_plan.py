"""The lanes are read from their partial covering index in every process.

SQLite reads a partial index only for a query whose ``WHERE`` repeats the index's condition
word for word. The condition was written from a set, whose order changes with the process's
hash seed: an index made by one start (seed 4 wrote ``('solved', 'closed')``) and a query made
by another (seed 0: ``('closed', 'solved')``) disagreed, and the lanes scanned the whole table.
These tests make and read the cache in processes with different seeds, as starts do.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from vipclient.store.cache import Cache
from vipclient.store.lane_queries import LaneFilter, Scope, lane_index_query
from vipclient.store.lane_sql import LANE_COLUMNS, OPEN
from vipclient.store.reader import CacheReader

# Under the set's order, seeds 0–3 and 4–7 wrote the two closed statuses in opposite orders.
SEEDS = ("0", "4")

_TEXTS = """
from datetime import UTC, datetime
from vipclient.store.lane_queries import LaneFilter, lane_index_query
from vipclient.store.lane_sql import OPEN, lane, sla_state
print(OPEN, lane(), sla_state(), lane_index_query(LaneFilter(), datetime(2026, 1, 1, tzinfo=UTC)))
"""

_MAKE = """
import sys
from pathlib import Path
from sqlalchemy import text
from vipclient.store import bulk_load
from vipclient.store.cache import Cache
cache = Cache.open(Path(sys.argv[1]))
if sys.argv[2] == "bulk_load":  # the way a first pull's end makes it
    with cache.session() as s:
        s.execute(text("DROP INDEX ix_tickets_lanes"))
    assert bulk_load.restore_indexes(cache)
cache.close()
"""

_PLAN = """
import sys
from datetime import UTC, datetime
from vipclient.store.lane_queries import LaneFilter, Scope, lane_index_query
from vipclient.store.reader import CacheReader
reader = CacheReader(sys.argv[1])
for filt in (LaneFilter(Scope.ALL), LaneFilter(Scope.ALL, None, "en", "chat"),
             LaneFilter(Scope.MINE, "S1"), LaneFilter(Scope.UNASSIGNED)):
    sql, values = lane_index_query(filt, datetime.now(UTC))
    with reader.read() as conn:
        print(" / ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, values)))
reader.close()
"""


def _run(script: str, seed: str, *args: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", script, *args], env=env, check=True,
                          capture_output=True, text=True, timeout=120)
    return done.stdout


def test_the_lane_sql_is_the_same_text_whatever_the_hash_seed() -> None:
    texts = {seed: _run(_TEXTS, seed) for seed in SEEDS}
    assert texts[SEEDS[0]] == texts[SEEDS[1]]


@pytest.mark.parametrize("made_by", ["migrations", "bulk_load"])
def test_a_start_reads_the_index_another_start_made(tmp_path: Path, made_by: str) -> None:
    path = tmp_path / "c.sqlite3"
    _run(_MAKE, SEEDS[1], str(path), made_by)
    plans = _run(_PLAN, SEEDS[0], str(path)).splitlines()
    assert len(plans) == 4
    # Everyone's lanes (the first paint's): the index alone. A person's own or the unassigned
    # ones may start from the assignee's index instead; never from the whole table.
    for plan in plans[:2]:
        assert "COVERING INDEX ix_tickets_lanes" in plan, plans
    for plan in plans[2:]:
        assert "USING" in plan and "INDEX" in plan, plans


def _index_sql(cache: Cache) -> str | None:
    with cache.read_session() as s:
        found = s.execute(text(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'ix_tickets_lanes'"
        )).scalar()
    return None if found is None else str(found)


def _plan(path: Path) -> str:
    reader = CacheReader(path)
    sql, values = lane_index_query(LaneFilter(Scope.ALL), datetime.now(UTC))
    try:
        with reader.read() as conn:
            return " / ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, values))
    finally:
        reader.close()


def test_upgrade_makes_an_index_written_in_the_other_order_again(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = Cache.open(path)
    other = "status NOT IN ('solved', 'closed')"
    assert other != OPEN
    with cache.session() as s:
        s.execute(text("DROP INDEX ix_tickets_lanes"))
        s.execute(text(
            f"CREATE INDEX ix_tickets_lanes ON tickets ({', '.join(LANE_COLUMNS)}) WHERE {other}"
        ))
        s.execute(text("UPDATE alembic_version SET version_num = '0012_security'"))
    cache.close()
    assert "ix_tickets_lanes" not in _plan(path)  # the defect: the table is scanned

    cache = Cache.open(path)  # runs 0013
    try:
        written = _index_sql(cache)
        assert written is not None and written.endswith(f"WHERE {OPEN}")
    finally:
        cache.close()
    assert "COVERING INDEX ix_tickets_lanes" in _plan(path)


def test_upgrade_leaves_a_cache_whose_first_pull_has_not_made_the_index(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = Cache.open(path)
    with cache.session() as s:
        s.execute(text("DROP INDEX ix_tickets_lanes"))
        s.execute(text("UPDATE alembic_version SET version_num = '0012_security'"))
    cache.close()
    cache = Cache.open(path)
    try:
        assert _index_sql(cache) is None  # made at the pull's end, not by the migration
    finally:
        cache.close()
