"""Sandbox benchmark: seeding, a full pull of the changes feed, long-poll wake latency.

    .venv/bin/python tests/perf/bench_sandbox.py [--clients 10000] [--wakes 200]

Prints JSON: ``seed_10k_clients_s`` (seeding the in-memory database; named for the default
size), ``changes_full_pull_per_s`` (one client pulling every change over loopback HTTP in
pages of 1,000), ``longpoll_wake_p50_ms`` / ``longpoll_wake_p99_ms`` (from a commit to the
waiting long-poll's complete answer at the client), ``reply_post_p50_ms`` /
``reply_post_per_s`` (ticket replies sent one at a time, each with a fresh Idempotency-Key,
as a client drains its outbox: the sandbox's write path end to end).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.support.sandbox import API, login  # noqa: E402
from vipclient.sandbox.core import emit_change  # noqa: E402
from vipclient.sandbox.db import Client  # noqa: E402
from vipclient.sandbox.server import SandboxServer  # noqa: E402


def full_pull(base: str, token: str) -> tuple[int, float, str]:
    http = requests.Session()
    headers = {"Authorization": f"Bearer {token}"}
    count, cursor = 0, None
    started = time.perf_counter()
    while True:
        params: dict[str, Any] = {"limit": 1000} | ({"cursor": cursor} if cursor else {})
        page = http.get(f"{base}{API}/changes", params=params, headers=headers, timeout=60)
        page.raise_for_status()
        body = page.json()
        count += len(body["changes"])
        cursor = body["next_cursor"]
        if not body["has_more"]:
            break
    return count, time.perf_counter() - started, str(cursor)


def wake_latencies(srv: SandboxServer, token: str, cursor: str, rounds: int) -> list[float]:
    assert srv.sandbox is not None
    sb = srv.sandbox
    http = requests.Session()
    headers = {"Authorization": f"Bearer {token}"}
    with sb.read() as s:
        uid = s.query(Client.uid).order_by(Client.uid).first()[0]  # type: ignore[index]
    out: list[float] = []
    for n in range(rounds):
        box: dict[str, Any] = {}

        def wait(c: str = cursor, box: dict[str, Any] = box) -> None:
            query: dict[str, Any] = {"cursor": c, "wait": 10}
            r = http.get(f"{srv.base_url}{API}/changes", headers=headers, params=query,
                         timeout=30)
            box["at"] = time.perf_counter()
            box["body"] = r.json()

        waiter = threading.Thread(target=wait)
        waiter.start()
        parked = time.monotonic() + 10
        while sb.feed.waiting == 0 and time.monotonic() < parked:
            time.sleep(0.001)
        with sb.transaction() as s:
            client = s.get(Client, uid)
            assert client is not None
            client.notes = f"bench {n}"
            client.version += 1
            emit_change(s, "client", uid, "upsert", client.version, client.to_api())
            committing = time.perf_counter()
        waiter.join(15)
        assert sb.feed.waiting == 0
        mine = [c for c in box["body"]["changes"] if c["id"] == uid]
        assert mine, "the long-poll returned without the change"
        out.append((box["at"] - committing) * 1000)
        cursor = box["body"]["next_cursor"]
    return out


def reply_latencies(base: str, token: str, rounds: int) -> tuple[list[float], float]:
    """Seconds per reply POST, one at a time on one keep-alive connection; and the total."""
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    query: dict[str, Any] = {"status": ["new", "open"], "limit": 50}
    page = http.get(f"{base}{API}/tickets", params=query, timeout=30)
    page.raise_for_status()
    tickets = [t["id"] for t in page.json()["items"]]
    out: list[float] = []
    for n in range(rounds + 20):
        started = time.perf_counter()
        r = http.post(f"{base}{API}/tickets/{tickets[n % len(tickets)]}/messages",
                      json={"body": f"bench reply {n}", "internal": False},
                      headers={"Idempotency-Key": str(uuid.uuid4())}, timeout=30)
        if r.status_code != 201:
            raise RuntimeError(f"reply refused: {r.status_code} {r.text}")
        if n >= 20:  # the first few warm the caches
            out.append(time.perf_counter() - started)
    return out, sum(out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=10000)
    ap.add_argument("--wakes", type=int, default=200)
    ap.add_argument("--replies", type=int, default=500)
    args = ap.parse_args()
    # The ticker would record SLA breaches while the wake test runs, waking its long-polls
    # with changes of their own: tick hourly here (seeding already recorded what was due).
    srv = SandboxServer(clients=args.clients, controls=True, tick_interval=3600)
    started = time.perf_counter()
    srv.prepare()
    seed_s = time.perf_counter() - started
    srv.start()
    try:
        token = str(login(srv.base_url, "alice")["access_token"])
        count, pull_s, cursor = full_pull(srv.base_url, token)
        wakes = sorted(wake_latencies(srv, token, cursor, args.wakes))
        replies, replies_s = reply_latencies(srv.base_url, token, args.replies)
    finally:
        srv.stop()
    p99_index = min(len(wakes) - 1, max(0, round(0.99 * len(wakes)) - 1))
    print(json.dumps({
        "clients": args.clients,
        "seed_counts": srv.seed_stats.counts if srv.seed_stats else None,
        "seed_10k_clients_s": round(seed_s, 2),
        "changes_total": count,
        "changes_full_pull_s": round(pull_s, 2),
        "changes_full_pull_per_s": round(count / pull_s),
        "longpoll_wake_p50_ms": round(statistics.median(wakes), 2),
        "longpoll_wake_p99_ms": round(wakes[p99_index], 2),
        "longpoll_wakes": len(wakes),
        "reply_post_p50_ms": round(statistics.median(replies) * 1000, 2),
        "reply_post_per_s": round(len(replies) / replies_s),
    }, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
