"""Small pure parts of the sync engine: back-off with jitter, old-row matching, page shape."""

from __future__ import annotations

import random

from tests.support.sync import feed_change
from vipclient.sync.engine import Backoff, _find_match


def test_full_jitter_stays_under_the_exponential_ceiling() -> None:
    random.seed(3)
    b = Backoff(base=0.5, cap=8.0)
    for attempt in range(12):
        ceiling = min(8.0, 0.5 * 2**attempt)
        waits = [b.delay(attempt) for _ in range(200)]
        assert all(0 <= w <= ceiling for w in waits)
        assert max(waits) > ceiling * 0.8  # spread over the whole range (full jitter)


def test_retry_after_is_a_floor_up_to_its_cap() -> None:
    b = Backoff(base=0.01, cap=0.02)
    assert all(b.delay(3, retry_after=5) == 5 for _ in range(20))
    assert Backoff(0.01, 0.02, retry_after_cap=1.0).delay(0, retry_after=30) == 1.0
    assert b.delay(0, retry_after=None) <= 0.02


def test_find_match_in_objects_and_pages() -> None:
    page = {"items": [{"id": "M1", "body": "a", "author_id": "S1"},
                      {"id": "M2", "body": "b", "author_id": "S1"}], "has_more": False}
    assert _find_match(page, {"body": "b", "author_id": "S1"}) == page["items"][1]
    assert _find_match(page, {"body": "c"}) is None
    assert _find_match({"id": "T1", "status": "open"}, {"status": "open"}) == {
        "id": "T1", "status": "open"}
    assert _find_match("garbage", {"x": 1}) is None


def test_feed_change_shape_check() -> None:
    ok = feed_change({"seq": 1, "entity": "client", "id": "U1", "op": "upsert", "version": 2,
                       "data": {"uid": "U1"}})
    assert ok is not None and (ok.entity, ok.id, ok.version) == ("client", "U1", 2)
    gone = feed_change({"entity": "policy", "id": "p", "op": "delete"})
    assert gone is not None and gone.data is None
    for bad in (None, [], {"entity": "client", "id": 5, "op": "upsert", "data": {}},
                {"entity": "client", "id": "U1", "op": "upsert", "data": "x"},
                {"entity": "client", "id": "U1", "op": "merge", "data": {}}):
        assert feed_change(bad) is None
