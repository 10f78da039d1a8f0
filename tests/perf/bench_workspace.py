"""Benchmark of the ticket workspace: a thread with forty screenshots, and the help search.

A cache (no server) holds a ticket whose forty client messages each carry a PNG screenshot
(the sandbox's generated mock-ups, their bytes already in the cache folder as after a
download), the same thread without files as the reference, and 1,000 help articles (the
sandbox's 64, repeated with other ids). Prints JSON:

- ``ticket_open_40_images_ms``: opening the ticket with forty images in a new ticket view
  until its first paint (placeholders where thumbnails are not made yet; median of 5),
  beside ``ticket_open_reference_ms``, the same thread without files (target: within
  50 ms, as fast as the reference);
- ``thumbnails_ready_ms``: from that first paint until all forty thumbnails are painted,
  made from the bytes (the first open) and ``thumbnails_ready_cached_ms`` from the
  thumbnails kept in the cache folder (later opens in a new view);
- ``article_search_ms``: a search of the 1,000 articles as the help panel runs it (CJK of
  one and two characters, Latin, mixed; median), beside ``article_list_ms``, the same
  query with no terms (the same rows, join and order, nothing matched): target under 30 ms.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_workspace.py``
"""

from __future__ import annotations

import json
import os
import random
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

from tests.support.screens import NOW, apply, cache_ctx, client_json, ticket_json  # noqa: E402
from tests.support.sync import upsert  # noqa: E402
from vipclient.sandbox.demo_images import screenshot  # noqa: E402
from vipclient.sandbox.help_articles import help_article_records  # noqa: E402
from vipclient.store.cache import Cache  # noqa: E402
from vipclient.store.files import sha256_of  # noqa: E402

IMAGES = 40
ARTICLES = 1000
QUERIES = ("提现", "额", "出金", "api key", "验证器 重置", "withdrawal limit", "フィッシング",
           "수수료")


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000


def _wait(app: QApplication, done: Callable[[], bool], timeout: float = 60.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError
        time.sleep(0.001)


def _fill(cache: Cache) -> list[str]:
    """The two tickets and the articles; the forty screenshots' hashes."""
    from vipclient.services.attachments import AttachmentsService

    files = AttachmentsService(cache).files
    rng = random.Random(40)
    changes = [upsert("staff", {"id": "S1", "username": "alice", "display_name": "Alice Chen",
                                "roles": ["account_manager"], "languages": ["zh"],
                                "version": 1}),
               upsert("client", client_json("U1", "王小明")),
               upsert("ticket", ticket_json("T-IMG", "U1", subject="截图 40 张")),
               upsert("ticket", ticket_json("T-REF", "U1", subject="没有附件"))]
    shas = []
    for n in range(IMAGES):
        data = screenshot(rng, n)
        sha = sha256_of(data)
        files.put_blob(sha, data)
        shas.append(sha)
        for tid in ("T-IMG", "T-REF"):
            message = {"id": f"M-{tid}-{n}", "ticket_id": tid, "author_kind": "client",
                       "author_id": "U1", "body": f"截图 {n}: 提现一直在处理中", "internal": False,
                       "created_at": f"2026-11-25T0{n // 10}:{n % 10}0:00Z", "version": 1}
            if tid == "T-IMG":
                message["attachments"] = [{
                    "id": f"AT-{n}", "ticket_id": tid, "filename": f"截屏 {n}.png",
                    "content_type": "image/png", "size": len(data), "sha256": sha,
                    "uploaded_by": "U1", "created_at": "2026-11-25T00:00:00Z"}]
            changes.append(upsert("message", message))
    base = help_article_records(7, NOW)
    for n in range(ARTICLES):
        record = dict(base[n % len(base)])
        record["id"] = f"{record['id']}-{n}"
        changes.append(upsert("help_article", record))
    apply(cache, *changes)
    return shas


def _open(app: QApplication, ctx: object, tid: str) -> tuple[float, object]:
    from vipclient.gui.tickets.view import TicketView

    view = TicketView(ctx)  # type: ignore[arg-type]
    view.resize(1200, 800)
    view.show()
    app.processEvents()
    t = time.perf_counter()
    view.show_ticket(tid)
    view.thread_view.viewport().repaint()
    return _ms(t), view


def _all_thumbnails(view: object, shas: list[str]) -> Callable[[], bool]:
    return lambda: all(view.thumbnails.get(s) is not None for s in shas)  # type: ignore[attr-defined]


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="vipdesk-bench-ws-") as tmp:
        cache = Cache.open(Path(tmp) / "alice.sqlite3")
        shas = _fill(cache)
        ctx = cache_ctx(cache)
        from vipclient.gui.workers import wait_for_all

        # Warm the modules and the SQLite pages once (not counted).
        _open(app, ctx, "T-REF")[1].close()  # type: ignore[attr-defined]
        reference, images, ready, ready_cached = [], [], [], []
        for run in range(5):
            ms, view = _open(app, ctx, "T-REF")
            reference.append(ms)
            view.close()  # type: ignore[attr-defined]
            ms, view = _open(app, ctx, "T-IMG")
            images.append(ms)
            t = time.perf_counter()
            _wait(app, _all_thumbnails(view, shas))
            view.thread_view.viewport().repaint()  # type: ignore[attr-defined]
            (ready if run == 0 else ready_cached).append(_ms(t))
            view.close()  # type: ignore[attr-defined]
        wait_for_all()

        from vipclient.services.help import HelpService

        help_service = HelpService(cache)
        searches, listing, found = [], [], {}
        for _ in range(5):
            for query in QUERIES:
                t = time.perf_counter()
                hits = help_service.search(query, prefer_lang="zh", staff_id="S1",
                                           category="withdrawal")
                searches.append(_ms(t))
                found[query] = len(hits)
                t = time.perf_counter()
                help_service.search("", prefer_lang="zh", staff_id="S1", category="withdrawal")
                listing.append(_ms(t))
        assert all(found.values()), found
        cache.close()

    print(json.dumps({
        "images": IMAGES,
        "ticket_open_40_images_ms": round(statistics.median(images), 1),
        "ticket_open_40_images_max_ms": round(max(images), 1),
        "ticket_open_reference_ms": round(statistics.median(reference), 1),
        "thumbnails_ready_ms": round(ready[0], 1),
        "thumbnails_ready_cached_ms": round(statistics.median(ready_cached), 1),
        "articles": ARTICLES,
        "article_search_ms": round(statistics.median(searches), 2),
        "article_search_max_ms": round(max(searches), 2),
        "article_list_ms": round(statistics.median(listing), 2),
        "load_average_1m": round(os.getloadavg()[0], 2),
    }, indent=2))


if __name__ == "__main__":
    main()
