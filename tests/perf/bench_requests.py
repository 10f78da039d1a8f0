"""Benchmark of the Requests section, each figure beside a reference measured in the same run.

Prints JSON:

- ``requests_tab_switch_ms``: switching between My requests, Awaiting my approval and All
  until the new tab's visible rows are painted, at 10,000 requests in a cache of 10,000
  clients and 100,000 tickets (median of 3 rounds over the tabs); target under 50 ms.
  Reference: ``lane_switch_ms``, the same measure of the Lanes screen on the same cache (as
  ``bench_screens.py`` takes it), and ``requests_index_ms``, the background read of the
  three lists after a change.
- ``request_submit_to_applied_ms``: a fee request the rules apply at once, from the click on
  Send in its form until the client's profile shows the custom schedule, against a sandbox
  on loopback (the outbox push, the server, the changes feed, the profile's repaint; median
  of 5); target under 300 ms. Reference: ``notes_save_to_synced_ms``, the same road for a
  notes edit on the same profile (Save until the profile shows the server's version).

Each timed figure comes with ``_max_ms`` and ``_cpu_ms``; the JSON carries the machine's
1-minute load average.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_requests.py``
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.support.memory_keyring.MemoryKeyring")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.perf.bench_screens import Timer  # noqa: E402
from tests.support.requests import fill_requests  # noqa: E402
from tests.support.screens import BIG_CLIENTS, BIG_TICKETS, NOW, cache_ctx, fill_book  # noqa: E402
from vipclient.store.cache import Cache  # noqa: E402

REQUESTS = 10_000


def _wait(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError
        time.sleep(0.0005)


def tabs(app: QApplication, tmp: Path) -> dict[str, float]:
    from vipclient.gui.lanes.section import LANES, LanesSection
    from vipclient.gui.requests.section import RequestsSection
    from vipclient.services.requests import RequestFilter

    cache = Cache.open(tmp / "cache.sqlite3")
    t = time.perf_counter()
    fill_book(cache, BIG_CLIENTS, BIG_TICKETS)
    fill_requests(cache, REQUESTS, BIG_CLIENTS)
    build_s = time.perf_counter() - t
    ctx = cache_ctx(cache, "S3", now=NOW)  # a supervisor: every tab has rows

    lanes = LanesSection(ctx)
    lanes.resize(1400, 850)
    lanes.show()
    _wait(app, lambda: lanes.index() is not None)
    lane_switches = Timer()
    for _ in range(3):
        for lane in LANES[1:] + LANES[:1]:
            lane_switches.start()
            lanes.set_lane(lane)
            lanes.table.viewport().repaint()
            app.processEvents()
            lane_switches.stop()
    lanes.close()

    section = RequestsSection(ctx)
    section.resize(1400, 850)
    section.show()
    _wait(app, lambda: section.index() is not None)
    index = section.index()
    assert index is not None and len(index.all) == REQUESTS
    reads = Timer()
    service = ctx.services["requests"]
    for _ in range(3):
        reads.start()
        service.index(ctx.me.id, ctx.me.roles, RequestFilter())
        reads.stop()
    switches = Timer()
    for _ in range(3):
        for tab in (1, 2, 0):
            switches.start()
            section.set_tab(tab)
            section.table.viewport().repaint()
            app.processEvents()
            switches.stop()
            assert section.model.ids() == (index.mine, index.awaiting, index.all)[tab]
    section.close()
    from vipclient.gui.workers import wait_for_all

    wait_for_all()
    cache.close()
    return {
        "requests": REQUESTS, "clients": BIG_CLIENTS, "tickets": BIG_TICKETS,
        "tab_rows": [len(index.mine), len(index.awaiting), len(index.all)],  # type: ignore[dict-item]
        **switches.figures("requests_tab_switch"),
        **lane_switches.figures("lane_switch"),
        **reads.figures("requests_index"),
        "build_cache_s": round(build_s, 1),
    }


def round_trips(app: QApplication) -> dict[str, float]:
    from tests.support.gui import LiveSession, start_sandbox
    from vipclient.domain.money import to_wire
    from vipclient.domain.policy import tier_fees
    from vipclient.gui.clients.profile import ProfileView
    from vipclient.gui.requests.forms.fee import FeeRequestForm

    server = start_sandbox(clients=30)
    live = LiveSession(server, "alice", wait=25.0)
    try:
        live.sync.start()
        _wait(app, lambda: live.state == "live")
        ctx = live.ctx
        with ctx.cache.reader.read() as conn:
            uid, tier = conn.execute(
                "SELECT uid, tier FROM clients WHERE manager_id = ? AND status = 'active' "
                "ORDER BY uid LIMIT 1", (ctx.me.id,)).fetchone()
        rates = tier_fees(f"VIP{tier}")
        profile = ProfileView(ctx)
        profile.resize(900, 900)
        profile.show()
        profile.show_client(uid)
        app.processEvents()
        applied = Timer()
        for n in range(5):
            maker = to_wire(rates.maker_bps * Decimal(f"0.{95 - n}"))  # within the band
            form = FeeRequestForm(ctx, uid)
            form.maker.setText(maker)
            form.taker.setText(to_wire(rates.taker_bps))
            form.reason.setPlainText(f"Benchmark request number {n}, within the band.")
            form.check()
            assert form.submit_button.isEnabled(), form.why_disabled.text()
            expect = f"maker {maker} bps"
            applied.start()
            form.submit_button.click()
            _wait(app, lambda e=expect: e in profile.fields["fees"].text()
                  and "custom" in profile.fields["fees"].text())
            applied.stop()
            form.deleteLater()
        saved = Timer()
        for n in range(5):
            text = f"Benchmark note {n}"
            profile.show_client(uid)  # as the person sees it now (the edit's If-Match)
            profile.notes.setPlainText(text)
            saved.start()
            profile.save_button.click()
            _wait(app, lambda t=text: _server_has_notes(ctx, uid, t)
                  and profile.save_state.text() == "")
            saved.stop()
        profile.close()
        return {**applied.figures("request_submit_to_applied"),
                **saved.figures("notes_save_to_synced")}
    finally:
        live.close()
        server.stop()


def _server_has_notes(ctx: object, uid: str, text: str) -> bool:
    with ctx.cache.reader.read() as conn:  # type: ignore[attr-defined]
        row = conn.execute("SELECT server_data IS NULL, json_extract(data, '$.notes') "
                           "FROM clients WHERE uid = ?", (uid,)).fetchone()
    return bool(row and row[0] and row[1] == text)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    tmp = Path(tempfile.mkdtemp(prefix="bench-requests-"))
    try:
        figures = {**round_trips(app), **tabs(app, tmp)}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    figures["load_average_1m"] = round(os.getloadavg()[0], 2)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
