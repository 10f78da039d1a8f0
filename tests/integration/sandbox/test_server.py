"""The server itself: the command line, a file database, and a prompt stop."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pyotp
import pytest
import requests

from tests.support.sandbox import API, Api, login, running_sandbox
from vipclient.sandbox.server import SandboxServer

ROOT = Path(__file__).resolve().parents[3]


def _cli(*args: str, **kw: Any) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "vipclient.sandbox", *args], cwd=ROOT, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw,
    )


def test_serve_prints_its_address_and_exits_cleanly_on_sigterm() -> None:
    proc = _cli("serve", "--port", "0", "--clients", "5", "--controls")
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.startswith("listening on http://127.0.0.1:"), line
        base = line.removeprefix("listening on ")
        r = requests.get(f"{base}{API}/_sandbox/clock", timeout=10)
        assert r.status_code == 200
        users = json.loads(subprocess.run(
            [sys.executable, "-m", "vipclient.sandbox", "users", "--json"], cwd=ROOT,
            capture_output=True, text=True, check=True).stdout)
        assert [u["username"] for u in users] == ["alice", "bob", "carol", "dave", "erin"]
        assert {"username", "password", "roles", "totp_secret"} <= users[0].keys()
        code = subprocess.run(
            [sys.executable, "-m", "vipclient.sandbox", "totp", "alice"], cwd=ROOT,
            capture_output=True, text=True, check=True).stdout.strip()
        assert pyotp.TOTP(users[0]["totp_secret"]).verify(code, valid_window=1)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_file_database_keeps_its_state_across_restarts(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'sandbox.db'}"
    with running_sandbox(db_url=url, clients=5) as srv:
        alice = Api(srv.base_url, login(srv.base_url, "alice")["access_token"])
        client = alice.get("/clients").json()["items"][0]
        r = alice.patch(f"/clients/{client['uid']}", {"notes": "kept on disk"},
                        headers={"If-Match": f'"{client["version"]}"'})
        assert r.status_code == 200
    with running_sandbox(db_url=url, clients=5) as srv:
        assert srv.seed_stats is None  # not seeded again
        alice = Api(srv.base_url, login(srv.base_url, "alice")["access_token"])
        assert alice.get(f"/clients/{client['uid']}").json()["notes"] == "kept on disk"


def test_stop_releases_a_waiting_long_poll() -> None:
    srv = SandboxServer(clients=5, controls=True).start()
    try:
        alice = Api(srv.base_url, login(srv.base_url, "alice")["access_token"])
        cursor = alice.get("/changes", params={"limit": 1000}).json()
        while cursor["has_more"]:
            cursor = alice.get("/changes", params={"limit": 1000,
                                                   "cursor": cursor["next_cursor"]}).json()
        box: dict[str, Any] = {}

        def wait() -> None:
            try:
                box["status"] = alice.get("/changes", params={
                    "cursor": cursor["next_cursor"], "wait": 30}).status_code
            except requests.RequestException as exc:
                box["status"] = type(exc).__name__

        waiter = threading.Thread(target=wait)
        waiter.start()
        time.sleep(0.3)
    finally:
        started = time.monotonic()
        srv.stop()
    waiter.join(10)
    assert not waiter.is_alive() and time.monotonic() - started < 5
    assert box["status"] == 200


def test_python_dash_m_is_the_same_program() -> None:
    out = subprocess.run([sys.executable, "-m", "vipclient.sandbox", "--help"], cwd=ROOT,
                         capture_output=True, text=True, env={**os.environ}, check=True)
    assert "serve" in out.stdout and "users" in out.stdout and "totp" in out.stdout


def test_controls_are_absent_unless_asked_for() -> None:
    with running_sandbox(clients=3, controls=False) as srv:
        for path in ("/_sandbox/clock", f"{API}/_sandbox/clock", f"{API}/_sandbox/totp/alice"):
            r = requests.get(srv.base_url + path, timeout=10)
            assert r.status_code == 404, path
            assert r.headers["content-type"].startswith("application/problem+json")
        r = requests.post(f"{srv.base_url}/_sandbox/faults", json={"error_rate": 1}, timeout=10)
        assert r.status_code == 404


def test_sigterm_with_long_polls_and_a_write_in_flight(tmp_path: Path) -> None:
    """Gone within 2 s, its port released; restarted on the same file, every change it
    acknowledged is there and the database is intact."""
    db = tmp_path / "sandbox.db"
    proc = _cli("serve", "--port", "0", "--clients", "10", "--controls", "--db",
                f"sqlite:///{db}")
    try:
        assert proc.stdout is not None
        base = proc.stdout.readline().strip().removeprefix("listening on ")
        carol = Api(base, login(base, "carol")["access_token"])
        ticket = carol.get("/tickets", params={"limit": 1}).json()["items"][0]["id"]
        acknowledged = []
        for n in range(5):
            r = carol.post(f"/tickets/{ticket}/messages", {"body": f"kept {n}",
                                                            "internal": True})
            assert r.status_code == 201
            acknowledged.append(r.json()["id"])
        page: dict[str, Any] = {"has_more": True}
        params: dict[str, Any] = {"limit": 1000}
        while page["has_more"]:
            page = carol.get("/changes", params=params).json()
            params["cursor"] = page["next_cursor"]
        polls_done = threading.Barrier(11, timeout=10)

        def long_poll() -> None:
            with contextlib.suppress(requests.RequestException):
                requests.get(f"{base}{API}/changes", params={**params, "wait": 30},
                             headers={"Authorization": f"Bearer {carol.token}"}, timeout=30)
            polls_done.wait()

        polls = [threading.Thread(target=long_poll, daemon=True) for _ in range(10)]
        for t in polls:
            t.start()
        # A write held in flight by latency: it has not taken effect when the signal comes.
        requests.post(f"{base}{API}/_sandbox/faults",
                      json={"latency_ms": 5000, "paths": [f"{API}/tickets"]}, timeout=10)
        in_flight = threading.Thread(target=lambda: _quietly(
            lambda: carol.post(f"/tickets/{ticket}/messages", {"body": "in flight",
                                                              "internal": True})
        ), daemon=True)
        in_flight.start()
        time.sleep(0.5)
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(5) == 0
        assert time.monotonic() - started < 2
        polls_done.wait()  # every long-poll was answered or cut, none left hanging
        assert not _listening(base)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    url = f"sqlite:///{db}"
    with running_sandbox(db_url=url, clients=10) as srv:
        again = Api(srv.base_url, login(srv.base_url, "carol")["access_token"])
        ids = {m["id"] for m in again.get(f"/tickets/{ticket}/messages",
                                          params={"limit": 1000}).json()["items"]}
        assert set(acknowledged) <= ids


def _quietly(call: Any) -> None:
    with contextlib.suppress(requests.RequestException):
        call()


def _listening(base: str) -> bool:
    host, port = base.removeprefix("http://").rsplit(":", 1)
    try:
        with socket.create_connection((host, int(port)), timeout=1):
            return True
    except OSError:
        return False


def test_a_write_that_cannot_get_the_database_is_refused_not_left_waiting() -> None:
    with running_sandbox(clients=5) as srv:
        assert srv.sandbox is not None
        db = srv.sandbox.db
        carol = Api(srv.base_url, login(srv.base_url, "carol")["access_token"])
        ticket = carol.get("/tickets", params={"limit": 1}).json()["items"][0]["id"]
        db.lock_wait = 0.3
        taken, release = threading.Event(), threading.Event()

        def hold() -> None:
            with db.lock:
                taken.set()
                release.wait(10)

        holder = threading.Thread(target=hold)
        holder.start()
        taken.wait(5)
        try:
            started = time.monotonic()
            r = carol.post(f"/tickets/{ticket}/messages", {"body": "later", "internal": True},
                           key="busy-then-free")
            assert r.status_code == 503, r.text
            assert r.headers["content-type"].startswith("application/problem+json")
            assert r.headers["retry-after"] == "1"
            assert time.monotonic() - started < 3
        finally:
            release.set()
            holder.join()
        # Nothing was done, so the same key goes through now.
        again = carol.post(f"/tickets/{ticket}/messages", {"body": "later", "internal": True},
                           key="busy-then-free")
        assert again.status_code == 201
        assert "Idempotent-Replayed" not in again.headers


def test_a_database_an_earlier_sandbox_made_is_brought_up_to_date(tmp_path: Path) -> None:
    """A training server keeps its file across upgrades: columns and default rules a later
    contract added arrive, the book is kept."""
    db = tmp_path / "training.db"
    url = f"sqlite:///{db}"
    with running_sandbox(db_url=url, clients=5) as srv:
        carol = Api(srv.base_url, login(srv.base_url, "carol")["access_token"])
        ticket = carol.get("/tickets", params={"limit": 1}).json()["items"][0]["id"]
        before = carol.get(f"/tickets/{ticket}/messages").json()["items"]
    # As the sandbox before v1.1 left it: no attachment column, the first eight rules only.
    with sqlite3.connect(db) as conn:
        conn.execute("ALTER TABLE messages DROP COLUMN attachments")
        conn.execute("DELETE FROM policies WHERE id LIKE 'api-%'")
    with running_sandbox(db_url=url, clients=5) as srv:
        carol = Api(srv.base_url, login(srv.base_url, "carol")["access_token"])
        assert carol.get(f"/tickets/{ticket}/messages").json()["items"] == before
        r = carol.post(f"/tickets/{ticket}/messages", {"body": "after the upgrade",
                                                        "internal": True})
        assert r.status_code == 201, r.text
        rules = [p["id"] for p in carol.get("/policies").json()["items"]]
        assert rules[-4:] == ["api-open-whitelist", "api-market-maker-low-tier",
                              "api-high-tier", "api-standard"]


def test_a_database_that_cannot_be_brought_up_to_date_says_so(tmp_path: Path) -> None:
    from vipclient.sandbox.upgrade import CannotUpgrade

    url = f"sqlite:///{tmp_path / 'old.db'}"
    with running_sandbox(db_url=url, clients=3):
        pass
    with sqlite3.connect(tmp_path / "old.db") as conn:
        conn.execute("ALTER TABLE messages DROP COLUMN author_kind")  # NOT NULL, no default
    with pytest.raises(CannotUpgrade, match=r"messages\.author_kind"), \
            running_sandbox(db_url=url, clients=3):
        pass


def test_a_second_sandbox_on_the_same_file_is_refused_in_words(tmp_path: Path) -> None:
    from vipclient.sandbox.claim import DatabaseInUse

    url = f"sqlite:///{tmp_path / 'shared.db'}"
    with running_sandbox(db_url=url, clients=3) as first:
        # In this process: refused before it opens anything.
        with pytest.raises(DatabaseInUse, match="served by another sandbox"):
            SandboxServer(db_url=url, clients=3).prepare()
        # From the command line: exit 2 and one line saying what to do; the first still serves.
        proc = _cli("serve", "--port", "0", "--db", url)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 2 and out == ""
        assert "is being served by another sandbox; stop that one first" in err
        assert "Traceback" not in err
        alice = Api(first.base_url, login(first.base_url, "alice")["access_token"])
        assert alice.get("/clients").status_code == 200
    # Stopped, the file is free again.
    with running_sandbox(db_url=url, clients=3) as again:
        assert again.seed_stats is None
