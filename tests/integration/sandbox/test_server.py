"""The server itself: the command line, a file database, and a prompt stop."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pyotp
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
