"""A full pull writes the pages already waiting together, never past the last or a failure,
and sets the collector back as it found it."""

from __future__ import annotations

import gc
import queue
from pathlib import Path

import pytest

from vipclient.sync.engine import (
    PULL_PAGES_PER_WRITE,
    FetchedPage,
    PreparedPage,
    SyncEngine,
    _no_collection_during_pull,
)

Item = FetchedPage | BaseException


def _page(n: int, more: bool = True) -> FetchedPage:
    return [], f"c{n}", more


def _queue(*items: Item) -> queue.Queue[Item]:
    q: queue.Queue[Item] = queue.Queue()
    for item in items:
        q.put(item)
    return q


def test_takes_what_is_waiting_up_to_the_limit() -> None:
    q = _queue(*(_page(n) for n in range(1, 10)))
    group, failure = SyncEngine._take_ready_pages(_page(0), q)
    assert [c for _p, c, _m in group] == [f"c{n}" for n in range(PULL_PAGES_PER_WRITE)]
    assert failure is None
    assert q.qsize() == 10 - PULL_PAGES_PER_WRITE


def test_never_waits_for_a_page_not_there_yet() -> None:
    group, failure = SyncEngine._take_ready_pages(_page(0), _queue())
    assert len(group) == 1 and failure is None


def test_stops_at_the_last_page() -> None:
    q = _queue(_page(1, more=False), _page(2))
    group, _failure = SyncEngine._take_ready_pages(_page(0), q)
    assert [c for _p, c, _m in group] == ["c0", "c1"]
    assert q.qsize() == 1


def test_a_failure_ends_the_group_and_the_pages_before_it_are_kept() -> None:
    boom = ConnectionError("server went away")
    group, failure = SyncEngine._take_ready_pages(_page(0), _queue(_page(1), boom, _page(2)))
    assert [c for _p, c, _m in group] == ["c0", "c1"]
    assert failure is boom
    group, failure = SyncEngine._take_ready_pages(boom, _queue())
    assert group == [] and failure is boom


def _pages(n: int) -> list[PreparedPage]:
    from tests.support.sync import client_json
    from vipclient.store.apply import prepare_raw

    pages = []
    for k in range(n):
        raw = [{"entity": "client", "id": f"U{k}", "op": "upsert", "version": 1,
                "data": client_json(f"U{k}", f"Client {k}")}]
        pages.append((prepare_raw(raw)[0], f"cursor-{k}", k < n - 1))
    return pages


def test_a_waiting_write_of_the_person_ends_the_transaction_after_a_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import text

    from vipclient.store.cache import Cache

    cache = Cache.open(tmp_path / "c.sqlite3")
    try:
        engine = SyncEngine(cache, api=None)  # type: ignore[arg-type]
        pages = _pages(3)
        monkeypatch.setattr(cache, "writer_waiting", lambda: True)
        assert engine._apply_pages(pages, full=1) == 1
        with cache.read_session() as s:
            assert s.execute(text("SELECT cursor FROM sync_state")).scalar() == "cursor-0"
            assert s.execute(text("SELECT count(*) FROM clients")).scalar() == 1
        monkeypatch.setattr(cache, "writer_waiting", lambda: False)
        assert engine._apply_pages(pages[1:], full=1) == 2
        with cache.read_session() as s:
            cursor, full = s.execute(text("SELECT cursor, full_sync FROM sync_state")).one()
            assert (cursor, full) == ("cursor-2", 0)  # the last page ends the full pull
            assert s.execute(text("SELECT count(*) FROM clients")).scalar() == 3
    finally:
        cache.close()


@pytest.mark.parametrize("collecting", [True, False])
def test_the_pull_pauses_the_collector_and_sets_it_back(collecting: bool) -> None:
    was = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    try:
        with pytest.raises(RuntimeError), _no_collection_during_pull():
            assert not gc.isenabled()
            raise RuntimeError("a failed pull")
        assert gc.isenabled() is collecting  # a collector someone turned off stays off
    finally:
        (gc.enable if was else gc.disable)()
