"""A long first pull read by a child process (api/feed_reader.py), against a real sandbox.

The child only speeds the pull up: whatever it meets (a fault, a stop, a refused token), the
cache ends equal to the server, and no process is left behind.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.sync import (
    FAST,
    cache_versions,
    clear_faults,
    no_children_left,
    server_versions,
    set_faults,
    sign_in,
    start_sandbox,
    synced,
    wait_until,
)
from vipclient.api.feed_reader import FeedReader, RawPage
from vipclient.sandbox.server import SandboxServer
from vipclient.store.cache import Cache
from vipclient.sync import engine as engine_module
from vipclient.sync.engine import SyncEngine

pytestmark = pytest.mark.timeout(90)


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    srv = start_sandbox(clients=25, seed=7, controls=True)
    yield srv
    srv.stop()



class Readers:
    """Every FeedReader the engine starts, and what each handed over (real readers)."""

    def __init__(self) -> None:
        self.pages = 0
        self.started = 0
        self.stops: list[str | None] = []


@pytest.fixture
def readers(monkeypatch: pytest.MonkeyPatch) -> Readers:
    seen = Readers()

    class CountingReader(FeedReader):
        def start(self, cursor: str | None) -> None:
            seen.started += 1
            super().start(cursor)

        def next_page(self, stop: Any) -> RawPage | None:
            page = super().next_page(stop)
            if page is None:
                seen.stops.append(self.stopped_because)
            else:
                seen.pages += 1
            return page

    monkeypatch.setattr(engine_module, "FeedReader", CountingReader)
    return seen


def test_a_child_process_reads_the_rest_of_a_long_first_pull(
    server: SandboxServer, cache: Cache, readers: Readers
) -> None:
    engine = SyncEngine(cache, sign_in(server.base_url, "alice"), page_size=10, **FAST)
    engine.start()
    try:
        assert wait_until(lambda: synced(engine), 60)
    finally:
        engine.stop()
    assert cache_versions(cache) == server_versions(server)
    assert readers.started == 1 and readers.pages > 0, "the child never took over"
    assert wait_until(no_children_left, 3)


def test_a_pull_without_a_child_process_gives_the_same_cache(
    server: SandboxServer, tmp_path: Path, readers: Readers
) -> None:
    both = []
    for name, after in (("thread", None), ("child", 1)):
        cache = Cache.open(tmp_path / f"{name}.sqlite3")
        engine = SyncEngine(cache, sign_in(server.base_url, "alice"), page_size=10,
                            pull_process_after=after, **FAST)
        engine.start()
        try:
            assert wait_until(lambda e=engine: synced(e), 60)
        finally:
            engine.stop()
        both.append(cache_versions(cache))
        cache.close()
    assert both[0] == both[1] == server_versions(server)
    assert readers.started == 1  # only the second pull started one


def test_faults_stop_the_child_and_this_process_reads_on(
    cache: Cache, readers: Readers
) -> None:
    server = start_sandbox(clients=25, seed=7, controls=True)
    try:
        engine = SyncEngine(cache, sign_in(server.base_url, "alice"), page_size=2, **FAST)
        engine.start()
        try:
            assert wait_until(lambda: readers.pages >= 3, 30), "the child never took over"
            set_faults(server.base_url, error_rate=0.3, malformed_rate=0.3, seed=3,
                       paths=["/api/v1/changes"])

            def child_met_a_fault() -> bool:
                return any((r or "").startswith(("the server answered 503",
                                                 "the server's answer was not"))
                           for r in readers.stops)

            assert wait_until(child_met_a_fault, 30), readers.stops
            clear_faults(server.base_url)
            assert wait_until(lambda: synced(engine), 60)
        finally:
            engine.stop()
        assert cache_versions(cache) == server_versions(server)
        assert wait_until(no_children_left, 3)
    finally:
        server.stop()


def test_stopping_the_engine_mid_pull_ends_the_child(
    server: SandboxServer, cache: Cache, readers: Readers
) -> None:
    engine = SyncEngine(cache, sign_in(server.base_url, "alice"), page_size=1, **FAST)
    engine.start()
    assert wait_until(lambda: readers.pages >= 3, 30), "the child never took over"
    started = time.monotonic()
    engine.stop()
    assert not engine.running
    assert wait_until(no_children_left, 3)
    assert time.monotonic() - started < 3
