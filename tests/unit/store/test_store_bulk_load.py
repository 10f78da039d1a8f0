"""A first pull writes its rows without the secondary indexes, and builds them at the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from tests.support.sync import bulk_rows
from vipclient.store.bulk_load import (
    DEFERRED,
    finish_bulk_load,
    missing_indexes,
    restore_indexes,
)
from vipclient.store.cache import Cache
from vipclient.store.search import index_pending, search_clients, search_tickets


def _indexes(cache: Cache) -> dict[str, str]:
    with cache.read_session() as s:
        return dict(s.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        )).all())


def _bulk(cache: Cache) -> None:
    bulk_rows(cache, 20, 5, name=lambda n: f"王小明 {n}",
              subject=lambda n, k: f"Withdrawal {n}/{k}", defer_indexes=True)


@pytest.fixture
def cache(tmp_path: Path) -> Cache:
    return Cache.open(tmp_path / "c.sqlite3")


def test_deferred_indexes_are_dropped_then_built_exactly_as_migrated(cache: Cache) -> None:
    migrated = _indexes(cache)
    assert {str(i.name) for i in DEFERRED} <= set(migrated)
    # Kept live: the clients' triggers find a client's tickets through it.
    assert "ix_tickets_client" not in {i.name for i in DEFERRED}
    _bulk(cache)
    during = _indexes(cache)
    assert not {str(i.name) for i in DEFERRED} & set(during)
    assert "ix_tickets_client" in during and "ix_messages_ticket" in during
    with cache.read_session() as s:
        # Tickets still got their client's tier and name through the kept index.
        assert s.execute(text(
            "SELECT count(*) FROM tickets WHERE client_tier IS NULL OR client_name IS NULL"
        )).scalar() == 0

    assert finish_bulk_load(cache)
    after = _indexes(cache)
    # The same indexes, defined the same way, as a cache that never bulk loaded.
    assert {k: " ".join(v.split()) for k, v in after.items()} == {
        k: " ".join(v.split()) for k, v in migrated.items()
    }
    with cache.read_session() as s:
        assert not index_pending(s)
        assert missing_indexes(s) == []
        assert len(search_clients(s, "王小", 50)) == 20
        assert len(search_tickets(s, "withdrawal 13/", 50)) == 5


def test_a_stopped_build_carries_on_at_the_next_call(cache: Cache) -> None:
    _bulk(cache)
    calls = 0

    def stop_after_two() -> bool:
        nonlocal calls
        calls += 1
        return calls > 2

    assert not restore_indexes(cache, stop_after_two)
    with cache.read_session() as s:
        left = missing_indexes(s)
        assert 0 < len(left) < len(DEFERRED)
        assert index_pending(s)  # bulk_load stays set until everything is built
    assert finish_bulk_load(cache)
    with cache.read_session() as s:
        assert missing_indexes(s) == [] and not index_pending(s)


def test_search_works_while_the_first_pull_is_written(cache: Cache) -> None:
    _bulk(cache)
    with cache.read_session() as s:
        # Short CJK terms scan the tables (their covering index is not built yet) ...
        assert len(search_clients(s, "王", 50)) == 20
        # ... and longer ones wait for the search index, built at the end.
        assert search_tickets(s, "withdrawal", 50) == []
