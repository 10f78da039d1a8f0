"""The same sandbox on PostgreSQL (``--db postgresql+psycopg://…``), on a throwaway cluster.

Runs where the PostgreSQL server binaries (initdb, pg_ctl) and the psycopg driver are
installed; elsewhere it is skipped, saying why.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.support.sandbox import API, Api, advance, login, running_sandbox

pytest.importorskip("psycopg", reason="the psycopg driver is not installed")
INITDB, PG_CTL = shutil.which("initdb"), shutil.which("pg_ctl")
pytestmark = pytest.mark.skipif(
    not (INITDB and PG_CTL), reason="PostgreSQL server binaries are not installed"
)


def _as_owner(cmd: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root: hand the cluster to an unprivileged user.
    return ["runuser", "-u", "nobody", "--", *cmd] if os.geteuid() == 0 else cmd


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    # Its own folder right under the temp dir: the cluster's owner must reach it.
    base = Path(tempfile.mkdtemp(prefix="vipdesk-pg-"))
    if os.geteuid() == 0:
        shutil.chown(base, "nobody")
    data, sockets = base / "data", base
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert INITDB and PG_CTL
    subprocess.run(_as_owner([INITDB, "-D", str(data), "-U", "postgres", "--auth=trust",
                              "-E", "UTF8"]), check=True, capture_output=True)
    subprocess.run(_as_owner([
        PG_CTL, "-D", str(data), "-l", str(base / "log"), "-w", "-o",
        f"-k {sockets} -c listen_addresses='' -p {port} -c fsync=off",
        "start"]), check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@/postgres?host={sockets}&port={port}"
    finally:
        subprocess.run(_as_owner([PG_CTL, "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def test_the_contract_on_postgresql(pg_url: str) -> None:
    with running_sandbox(db_url=pg_url, clients=10) as srv:
        assert srv.seed_stats is not None and srv.seed_stats.counts["client"] == 10
        alice = Api(srv.base_url, login(srv.base_url, "alice")["access_token"])
        client = alice.get("/clients", params={"limit": 1}).json()["items"][0]
        assert alice.get("/clients", params={"q": client["email"].upper()}).json()["items"]
        r = alice.patch(f"/clients/{client['uid']}", {"notes": "on postgres"},
                        headers={"If-Match": f'"{client["version"]}"'})
        assert r.status_code == 200
        stale = alice.patch(f"/clients/{client['uid']}", {"notes": "again"},
                            headers={"If-Match": f'"{client["version"]}"'})
        assert stale.status_code == 412
        feed = alice.get("/changes", params={"limit": 1000}).json()
        while feed["has_more"]:
            feed = alice.get("/changes", params={"limit": 1000,
                                                 "cursor": feed["next_cursor"]}).json()
        cursor = feed["next_cursor"]

        ticket = alice.get("/tickets", params={"status": "new"}).json()["items"][0]
        box: dict[str, Any] = {}
        waiter = threading.Thread(target=lambda: box.update(page=alice.get(
            "/changes", params={"cursor": cursor, "wait": 20}).json()))
        waiter.start()
        key = str(uuid.uuid4())
        url = f"{srv.base_url}{API}/tickets/{ticket['id']}/messages"
        headers = {"Authorization": f"Bearer {alice.token}", "Idempotency-Key": key}
        barrier = threading.Barrier(8)

        def send(_: int) -> int:
            with requests.Session() as http:
                barrier.wait(10)
                return http.post(url, json={"body": "Once."}, headers=headers,
                                 timeout=30).status_code

        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(8) as pool:
            statuses = list(pool.map(send, range(8)))
        assert set(statuses) <= {201, 409} and 201 in statuses
        waiter.join(10)
        assert {c["entity"] for c in box["page"]["changes"]} >= {"ticket", "message"}
        thread = alice.get(f"/tickets/{ticket['id']}/messages").json()["items"]
        assert sum(m["body"] == "Once." for m in thread) == 1

        advance(srv.base_url, 6 * 24 * 3600)
        alice.token = login(srv.base_url, "alice")["access_token"]
        later = alice.get(f"/tickets/{ticket['id']}").json()
        assert any(e["event"] == "breached" for e in later["sla_events"])
