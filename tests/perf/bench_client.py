"""Client benchmark: the sync figures (and, later, the GUI's) as one JSON object.

    .venv/bin/python tests/perf/bench_client.py [--clients 10000] [--sandbox-db PATH]

The sandbox runs in a separate process (as the platform would), seeded with ``--clients``
(tickets ≈ 10 × clients, messages ≈ 5 × tickets); ``--sandbox-db`` keeps its SQLite file so
the next run skips the seeding. Figures:

- ``initial_sync_10k_s``: empty cache → fully synced (every page applied, search indexed);
- ``initial_sync_changes``: how many changes that was;
- ``initial_sync_client_cpu_s``: CPU time this process spent on that sync (the machine may
  be shared: wall time alone says little about the client);
- ``initial_sync_reader_cpu_s``: CPU time of the child process that read most of that sync's
  pages (``vipclient/api/feed_reader.py``);
- ``sync_ui_write_wait_max_ms``: during that sync, the longest a small write from another
  thread (as the UI thread queues an action, every 20 ms) waited for its turn and commit;
- ``change_to_model_p99_ms`` (and ``_p50_``): another staff member's reply sent to the server
  (from the start of its POST, so an upper bound) → the row is in this cache, over 50 replies;
- ``rss_after_sync_mb``: this process's resident memory after the sync;
- ``search_worst_ms``: the slowest of a few searches (1–3 CJK characters, Latin, mixed);
- ``outbox_drain_per_s``: 500 queued replies pushed, per second (with the client's CPU per
  action beside it).

Other figures (GUI start-up) plug in without editing this file: a module
``tests/perf/bench_client_gui.py`` defining ``figures(ctx: BenchContext) -> dict`` is run
after the sync figures, with the server still up and ``ctx.cache_path`` holding the synced
cache (10,000 clients, ~100,000 tickets) — or call :func:`register` from code.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.support.memory_keyring.MemoryKeyring")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass
class BenchContext:
    base_url: str
    cache_path: Path
    clients: int
    figures: dict[str, Any] = field(default_factory=dict)


Figures = Callable[[BenchContext], dict[str, Any]]
_EXTRA: list[Figures] = []


def register(figures: Figures) -> Figures:
    """Add a figure function run after the sync figures (decorator or plain call)."""
    _EXTRA.append(figures)
    return figures


# --------------------------------------------------------------------------- the server


def serve(db_url: str, clients: int) -> None:
    """Child process: run the sandbox, print its URL, stop when stdin closes."""
    from tests.support.sync import start_sandbox

    server = start_sandbox(db_url=db_url, clients=clients, seed=7, controls=True)
    print(server.base_url, flush=True)
    sys.stdin.read()
    server.stop()


class ServerProcess:
    def __init__(self, db_path: Path, clients: int) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--serve", f"sqlite:///{db_path}", str(clients)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        assert self.proc.stdout is not None
        self.base_url = self.proc.stdout.readline().strip()
        if not self.base_url.startswith("http"):
            raise RuntimeError("the sandbox did not start")

    def stop(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(30)


# --------------------------------------------------------------------------- measurements


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class ArrivalWatcher:
    """A sync listener noting when probe messages reach the cache."""

    def __init__(self, cache: Any) -> None:
        self.cache = cache
        self.waiting: dict[str, float] = {}
        self.arrived: dict[str, float] = {}
        self.lock = threading.Lock()
        self.outbox_busy = threading.Event()
        self.outbox_empty = threading.Event()

    def status_changed(self, status: Any) -> None:
        pass

    def outbox_changed(self, unsent: int, problems: int) -> None:
        # The engine reports counts as rows go out: the drain ends at the first 0 after
        # the queued rows were seen (polling the database would take the CPU it measures).
        if unsent:
            self.outbox_busy.set()
        elif self.outbox_busy.is_set():
            self.outbox_empty.set()

    def step_up_required(self, challenge: Any) -> None:
        pass

    def signed_out(self, reason: str) -> None:
        pass

    def changes_applied(self, entities: set[str]) -> None:
        if "message" not in entities:
            return
        now = time.perf_counter()
        from sqlalchemy import select

        from vipclient.store.models import MessageRow

        with self.lock:
            bodies = list(self.waiting)
        if not bodies:
            return
        with self.cache.read_session() as s:
            found = set(s.scalars(select(MessageRow.body).where(MessageRow.body.in_(bodies))))
        with self.lock:
            for body in found:
                if body in self.waiting:
                    self.arrived[body] = now
                    del self.waiting[body]


def search_figures(cache: Any) -> dict[str, Any]:
    """Worst time over a few searches of every kind (1-, 2-, 3-character CJK, Latin, mixed)."""
    from sqlalchemy import text

    from vipclient.store.search import search_clients, search_tickets

    with cache.read_session() as s:
        name = s.execute(text(
            "SELECT display_name FROM clients WHERE unicode(display_name) > 12000 LIMIT 1"
        )).scalar() or "王小明"
    queries = [name[:1], name[:2], name[:3], "withdrawal", "U100", f"a {name[:1]}"]
    worst = 0.0
    with cache.read_session() as s:
        for q in queries:
            for search in (search_clients, search_tickets):
                started = time.perf_counter()
                search(s, q, 50)
                worst = max(worst, time.perf_counter() - started)
    return {"search_worst_ms": round(worst * 1000, 1)}


def _reaped_children_cpu() -> float:
    """CPU seconds of this process's children that have ended and been waited for (the
    sandbox server, still running, is not among them)."""
    times = os.times()
    return times.children_user + times.children_system


def sync_figures(ctx: BenchContext, cache_dir: Path) -> None:
    from tests.support.sync import open_ticket_ids_api, reply, sign_in
    from vipclient.store import outbox as ob
    from vipclient.store.cache import Cache
    from vipclient.sync.engine import Backoff, SyncEngine

    cache = Cache.open(ctx.cache_path)
    watcher = ArrivalWatcher(cache)
    api = sign_in(ctx.base_url, "alice")
    engine = SyncEngine(cache, api, watcher, push_backoff=Backoff(0.01, 0.1))
    from sqlalchemy import text

    waits: list[float] = []
    syncing = threading.Event()

    def small_writes() -> None:
        # A write that changes nothing but takes the write lock like a queued action.
        while syncing.is_set():
            mark = time.perf_counter()
            with cache.session() as s:
                s.execute(text("UPDATE sync_state SET last_change_at = last_change_at"))
            waits.append(time.perf_counter() - mark)
            time.sleep(0.02)

    started = time.perf_counter()
    cpu = time.process_time()
    reaped = _reaped_children_cpu()
    engine.start()
    syncing.set()
    writer = threading.Thread(target=small_writes, daemon=True)
    writer.start()
    while engine.status.state != "live":
        time.sleep(0.01)
    ctx.figures["initial_sync_10k_s"] = round(time.perf_counter() - started, 2)
    # CPU this (client) process spent on it: the wall time above also waits for the server.
    ctx.figures["initial_sync_client_cpu_s"] = round(time.process_time() - cpu, 2)
    # ... and the child process that read most of the feed (feed_reader), reaped by now.
    ctx.figures["initial_sync_reader_cpu_s"] = round(_reaped_children_cpu() - reaped, 2)
    syncing.clear()
    writer.join(5)
    ctx.figures["sync_ui_write_wait_max_ms"] = round(max(waits, default=0.0) * 1000, 1)

    with cache.read_session() as s:
        ctx.figures["initial_sync_changes"] = sum(
            s.execute(text(f"SELECT count(*) FROM {t}")).scalar() or 0
            for t in ("clients", "tickets", "messages", "fee_requests", "withdrawal_requests",
                      "freezes", "unfreeze_requests", "staff", "policies")
        )
    ctx.figures["rss_after_sync_mb"] = round(rss_mb(), 1)
    ctx.figures.update(search_figures(cache))

    # Change → cache: Bob replies; each reply's commit is done when his POST returns.
    bob = sign_in(ctx.base_url, "bob")
    tickets = open_ticket_ids_api(bob, 10)
    latencies: list[float] = []
    for n in range(50):
        body = f"bench-probe {n} {time.time()}"
        # Timed from the POST's start: an upper bound of commit → cache (it includes the
        # request's own trip; the commit happens somewhere inside it).
        committed = time.perf_counter()
        with watcher.lock:
            watcher.waiting[body] = committed
        bob.request("POST", f"/tickets/{tickets[n % len(tickets)]}/messages",
                    json={"body": body, "internal": False}, idempotency_key=ob.new_key())
        deadline = committed + 5
        while time.perf_counter() < deadline:
            with watcher.lock:
                if body in watcher.arrived:
                    break
            # The reply may have landed before it was registered: look once.
            watcher.changes_applied({"message"})
            time.sleep(0.001)
        with watcher.lock:
            latencies.append((watcher.arrived.get(body, deadline) - committed) * 1000)
        time.sleep(0.02)
    latencies.sort()
    ctx.figures["change_to_model_p50_ms"] = round(statistics.median(latencies), 1)
    ctx.figures["change_to_model_p99_ms"] = round(latencies[int(len(latencies) * 0.99) - 1], 1)

    # Drain: 500 replies queued offline-style, then pushed.
    with cache.session() as s:
        for n in range(500):
            cmd, effect, key = reply(tickets[n % len(tickets)], f"bench-drain {n}", "S0001")
            ob.enqueue(s, cmd, effect, key=key)
    watcher.outbox_busy.clear()
    watcher.outbox_empty.clear()
    started = time.perf_counter()
    cpu = time.process_time()
    engine.nudge()
    if not watcher.outbox_empty.wait(300):
        raise RuntimeError("the outbox did not drain in 5 minutes")
    elapsed = time.perf_counter() - started
    with cache.read_session() as s:
        unsent, problems = ob.counts(s)
    if unsent or problems:
        raise RuntimeError(f"drain ended with {unsent} unsent and {problems} failed rows")
    ctx.figures["outbox_drain_per_s"] = round(500 / elapsed, 1)
    ctx.figures["outbox_drain_client_cpu_ms_per_action"] = round(
        (time.process_time() - cpu) / 500 * 1000, 2)
    engine.stop()
    cache.close()


def _load_plugins() -> None:
    """The GUI's figures, from the file beside this one (by path: however this script was
    started, and any error in it shows instead of its figures silently missing)."""
    import importlib.util

    path = Path(__file__).resolve().with_name("bench_client_gui.py")
    spec = importlib.util.spec_from_file_location("bench_client_gui", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    figures = module.figures
    if figures not in _EXTRA:
        register(figures)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=10000)
    parser.add_argument("--sandbox-db", type=Path, default=None,
                        help="keep the seeded sandbox database here (reused when present)")
    parser.add_argument("--serve", nargs=2, metavar=("DB_URL", "CLIENTS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.serve[0], int(args.serve[1]))
        return 0
    _load_plugins()
    with tempfile.TemporaryDirectory(prefix="vipbench-") as tmp:
        work = Path(tmp)
        db_path = args.sandbox_db or work / "platform.db"
        server = ServerProcess(db_path, args.clients)
        try:
            ctx = BenchContext(server.base_url, work / "cache" / "alice.sqlite3", args.clients)
            sync_figures(ctx, work / "cache")
            for extra in _EXTRA:
                ctx.figures.update(extra(ctx))
        finally:
            server.stop()
    print(json.dumps(ctx.figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
