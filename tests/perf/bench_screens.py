"""Benchmark of the clients and lanes screens at the size of a big book.

Builds a cache of 10,000 clients and 100,000 tickets (bulk apply, no server), opens the real
screens offscreen and prints JSON:

- ``lane_switch_ms``: switching lane tab until the new lane's visible rows are painted
  (median over every lane, 3 rounds);
- ``client_search_ms``: a search (uid, Latin name, 1- and 3-character Chinese names) until
  the list is shown and painted — the query runs off the UI thread; the 200 ms typing
  debounce is not counted;
- ``ticket_open_ms``: opening a ticket with 30 messages in the ticket view (median);
- ``lane_index_ms``: placing every open ticket in its lane (the background query after each
  change), for reference.

Each timed figure comes with ``_max_ms`` and ``_cpu_ms`` (the process's CPU time for the
operation: on a busy shared machine wall time includes waiting for a core), and the JSON
carries the machine's 1-minute load average.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_screens.py``
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.support.screens import (  # noqa: E402
    BIG_CLIENTS,
    BIG_TICKETS,
    NOW,
    apply,
    cache_ctx,
    fill_book,
    upsert,
)
from vipclient.domain.lanes import Lane  # noqa: E402
from vipclient.services.lanes import LaneFilter  # noqa: E402
from vipclient.store.cache import Cache  # noqa: E402


def _wait(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


class Timer:
    """Wall time and this process's CPU time (all threads) of one operation. On a shared,
    busy machine the wall time includes waiting for a core; the CPU time is what the
    operation itself cost."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def start(self) -> None:
        self._wall = time.perf_counter()
        self._cpu = time.process_time()

    def stop(self) -> None:
        self.wall.append((time.perf_counter() - self._wall) * 1000)
        self.cpu.append((time.process_time() - self._cpu) * 1000)

    def figures(self, name: str) -> dict[str, float]:
        return {
            f"{name}_ms": round(statistics.median(self.wall), 1),
            f"{name}_max_ms": round(max(self.wall), 1),
            f"{name}_cpu_ms": round(statistics.median(self.cpu), 1),
        }


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    tmp = Path(tempfile.mkdtemp(prefix="bench-screens-"))
    try:
        _measure(app, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)  # the cache is over 100 MB a run


def _measure(app: QApplication, tmp: Path) -> None:
    cache = Cache.open(tmp / "cache.sqlite3")
    t = time.perf_counter()
    fill_book(cache, BIG_CLIENTS, BIG_TICKETS)
    build_s = time.perf_counter() - t
    ctx = cache_ctx(cache, now=NOW)

    from vipclient.gui.clients.section import EVERYONE, ClientsSection
    from vipclient.gui.lanes.section import LANES, LanesSection

    # --- lanes ---
    lanes = LanesSection(ctx)
    lanes.resize(1400, 850)
    lanes.show()
    _wait(app, lambda: lanes.index() is not None)
    index_runs = []
    for _ in range(3):
        t = time.perf_counter()
        ctx.services["tickets"].lane_index(LaneFilter(), NOW)
        index_runs.append(_ms(t))
    switches = Timer()
    for _ in range(3):
        for lane in LANES[1:] + LANES[:1]:
            switches.start()
            lanes.set_lane(lane)
            lanes.table.viewport().repaint()
            app.processEvents()
            switches.stop()
            assert lanes.model.ids() == lanes.index().ids[lane]  # type: ignore[union-attr]

    # --- ticket view: tickets with a 30-message thread ---
    opened = lanes.index().ids[Lane.VIP_PRIORITY][:10]  # type: ignore[union-attr]
    messages = []
    for tid in opened:
        for n in range(30):
            messages.append(upsert("message", {
                "id": f"M-{tid}-{n}", "ticket_id": tid,
                "author_kind": ("client", "staff", "system")[n % 3], "author_id": "S1",
                "body": f"Message {n} about the withdrawal 提币 #{n}", "internal": n % 7 == 0,
                "created_at": f"2026-11-25T0{n // 10}:{n % 10}0:00Z", "version": 1}))
    apply(cache, *messages)
    opens = Timer()
    for tid in opened:
        opens.start()
        lanes.ticket_view.show_ticket(tid)
        lanes.ticket_view.repaint()
        app.processEvents()
        opens.stop()

    # --- clients ---
    clients = ClientsSection(ctx)
    clients.resize(1400, 850)
    clients.show()
    _wait(app, lambda: clients.model.rowCount() > 0)
    done: list[int] = []
    clients.refreshed.connect(lambda: done.append(1))
    done.clear()
    clients.book.setCurrentIndex(clients.book.findData(EVERYONE))
    _wait(app, lambda: bool(done))
    searches = Timer()
    for _ in range(3):
        for query in ("王", "王小明", "smith", "U1000012", "u10000077@example"):
            done.clear()
            searches.start()
            clients.search.blockSignals(True)  # no debounce: measure the search itself
            clients.search.setText(query)
            clients.search.blockSignals(False)
            clients.refresh()
            _wait(app, lambda: bool(done))
            clients.table.viewport().repaint()
            app.processEvents()
            searches.stop()
            assert clients.model.rowCount() > 0, query

    print(json.dumps({
        "clients": BIG_CLIENTS,
        "tickets": BIG_TICKETS,
        "open_tickets": sum(lanes.index().count(lane) for lane in Lane),  # type: ignore[union-attr]
        **switches.figures("lane_switch"),
        **searches.figures("client_search"),
        **opens.figures("ticket_open"),
        "lane_index_ms": round(statistics.median(index_runs), 1),
        "build_cache_s": round(build_s, 1),
        "load_average_1m": round(os.getloadavg()[0], 2),
    }, indent=2))
    lanes.close()
    clients.close()
    from vipclient.gui.workers import wait_for_all

    wait_for_all()
    cache.close()


if __name__ == "__main__":
    main()
