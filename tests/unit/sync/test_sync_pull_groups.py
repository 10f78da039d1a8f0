"""A full pull writes the pages already waiting together, never past the last or a failure."""

from __future__ import annotations

import queue

from vipclient.store.apply import PreparedChanges
from vipclient.sync.engine import PULL_PAGES_PER_WRITE, SyncEngine

Item = tuple[PreparedChanges, str, bool] | BaseException


def _page(n: int, more: bool = True) -> tuple[PreparedChanges, str, bool]:
    return PreparedChanges({}, {}, set()), f"c{n}", more


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
