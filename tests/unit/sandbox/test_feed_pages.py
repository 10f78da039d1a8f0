"""A changes page assembled by SQLite is byte for byte the page rendered in Python."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from vipclient.sandbox import feed
from vipclient.sandbox.core import emit_change
from vipclient.sandbox.db import Database

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _emit(db: Database, entity: str, entity_id: str, op: str, data: dict[str, Any] | None
          ) -> None:
    # Through the same write path as every route (seq counting, upsert of the feed row).
    with db.transaction() as s:
        s.info["now"] = NOW
        emit_change(s, entity, entity_id, op, 3, data)


@pytest.fixture(params=["memory", "file"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    url = "sqlite://" if request.param == "memory" else f"sqlite:///{tmp_path / 'feed.db'}"
    database = Database(url)
    database.create_all()
    yield database
    database.dispose()


def _python_page(s: Session, after: int, limit: int) -> tuple[bytes, int, int, bool]:
    rows = feed._page_rows(s, after, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    return feed._render_rows(rows), len(rows), rows[-1][0] if rows else after, more


def _check_all_pages(db: Database, limit: int) -> list[dict[str, object]]:
    served: list[dict[str, object]] = []
    after = 0
    with db.read() as s:
        while True:
            page = feed.read_page(s, after, limit, 0)
            body, count, last, more = _python_page(s, after, limit)
            assert (page.body, page.count, page.next_cursor.seq, page.has_more) == (
                body, count, last, more
            )
            served += json.loads(feed.render_page(page))["changes"]
            if not page.has_more:
                return served
            after = page.next_cursor.seq


def test_sqlite_pages_equal_python_pages(db: Database) -> None:
    for n in range(7):
        _emit(db, "client", f"C{n:03d}", "upsert",
              {"uid": f"C{n:03d}", "name": "李小龙 ü", "n": n})
    _emit(db, "ticket", "T1", "upsert", {"id": "T1", "text": 'quote " and \\ backslash'})
    _emit(db, "ticket", "T2", "delete", None)
    _emit(db, "client", "C001", "upsert", {"uid": "C001", "moved": True})  # moves to the end
    for limit in (1, 3, 4, 10, 11, 1000):
        served = _check_all_pages(db, limit)
        assert [c["seq"] for c in served] == [1, *range(3, 11)]
        assert served[-1] == {"seq": 10, "entity": "client", "id": "C001", "op": "upsert",
                              "version": 3, "data": {"uid": "C001", "moved": True}}
        tombstone = next(c for c in served if c["id"] == "T2")
        assert "data" not in tombstone and tombstone["op"] == "delete"


@pytest.mark.parametrize("odd_id", ['a"b', "a\\b", "é", "tab\there", "中文"])
def test_an_id_needing_escapes_falls_back_to_python(db: Database, odd_id: str) -> None:
    _emit(db, "client", "C1", "upsert", {"uid": "C1"})
    _emit(db, "tag", odd_id, "upsert", {"name": odd_id})
    with db.read() as s:
        assert feed._sqlite_page(s, 0, 10, 0) is None  # SQLite would not escape it
        assert feed._sqlite_page(s, 1, 10, 0) is None
        assert feed._sqlite_page(s, 0, 1, 0) is not None  # a page without it is fine
    served = _check_all_pages(db, 1)
    assert [c["id"] for c in served] == ["C1", odd_id]
    with db.read() as s:
        whole = feed.render_page(feed.read_page(s, 0, 10, 0)).decode()
    assert f'"id":{json.dumps(odd_id)},' in whole  # escaped as json.dumps escapes it


def test_an_empty_page_keeps_the_position(db: Database) -> None:
    with db.read() as s:
        page = feed.read_page(s, 5, 10, 2)
    assert (page.body, page.count, page.has_more) == (b"", 0, False)
    assert page.next_cursor == feed.Cursor(5, 2)
    assert json.loads(feed.render_page(page)) == {
        "changes": [], "next_cursor": feed.Cursor(5, 2).encode(), "has_more": False,
    }
