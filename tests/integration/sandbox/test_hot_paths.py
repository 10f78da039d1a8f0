"""What the sandbox keeps in memory on its hot paths never outlives the database's truth:
remembered callers (revocation and expiry are immediate), the known idempotency keys
(recorded answers of an earlier process are replayed; pruning forgets the list) and the
pruned watermark of the changes feed."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.support.sandbox import Api, advance, login, running_sandbox
from vipclient.sandbox.auth import CallerMemory, Principal
from vipclient.sandbox.db import Database, Message
from vipclient.sandbox.server import SandboxServer


def _open_ticket(api: Api) -> str:
    r = api.get("/tickets", params={"status": ["open", "new"], "limit": 1})
    return str(r.json()["items"][0]["id"])


def test_a_remembered_token_is_refused_on_every_path_once_revoked() -> None:
    with running_sandbox(clients=20) as srv:
        session = login(srv.base_url, "alice")
        api = Api(srv.base_url, session["access_token"])
        tid = _open_ticket(api)
        assert api.post(f"/tickets/{tid}/messages", {"body": "one"}).status_code == 201
        assert api.get("/changes", params={"limit": 1}).status_code == 200
        assert api.post("/auth/logout", key=None).status_code == 204
        key = str(uuid.uuid4())
        # The POST path (idempotency middleware), GET routes and the feed all refuse it.
        assert api.post(f"/tickets/{tid}/messages", {"body": "two"}, key=key).status_code == 401
        assert api.get(f"/tickets/{tid}").status_code == 401
        assert api.get("/changes", params={"limit": 1}).status_code == 401
        # A body that is not JSON: the token is still checked first.
        garbled = api.session.post(
            f"{api.base}/tickets/{tid}/messages", data=b"{not json",
            headers={"Authorization": f"Bearer {api.token}", "Idempotency-Key": key,
                     "Content-Type": "application/json"}, timeout=30,
        )
        assert garbled.status_code == 401
        # The refused request held nothing: the key is free for the same request signed in.
        api.token = login(srv.base_url, "alice")["access_token"]
        assert api.post(f"/tickets/{tid}/messages", {"body": "two"}, key=key).status_code == 201
        again = api.post(f"/tickets/{tid}/messages", {"body": "two"}, key=key)
        assert again.status_code == 201 and again.headers["Idempotent-Replayed"] == "true"
        # Expiry on the sandbox clock applies to a remembered token too.
        assert api.get(f"/tickets/{tid}").status_code == 200
        advance(srv.base_url, 901)
        assert api.get(f"/tickets/{tid}").status_code == 401
        assert api.post(f"/tickets/{tid}/messages", {"body": "3"}).status_code == 401
        api.close()


def test_answers_recorded_by_an_earlier_process_are_replayed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'platform.db'}"
    key = str(uuid.uuid4())
    with running_sandbox(db_url=url, clients=20) as srv:
        api = Api(srv.base_url, login(srv.base_url, "alice")["access_token"])
        tid = _open_ticket(api)
        first = api.post(f"/tickets/{tid}/messages", {"body": "before restart"}, key=key)
        assert first.status_code == 201
        api.close()
    with running_sandbox(db_url=url, clients=20) as srv:
        api = Api(srv.base_url, login(srv.base_url, "alice")["access_token"])
        # Warm the remembered caller, so the claim is decided on the event loop.
        assert api.post(f"/tickets/{tid}/messages", {"body": "warm"}).status_code == 201
        again = api.post(f"/tickets/{tid}/messages", {"body": "before restart"}, key=key)
        assert again.status_code == 201 and again.headers["Idempotent-Replayed"] == "true"
        assert again.json() == first.json()
        other = api.post(f"/tickets/{tid}/messages", {"body": "different"}, key=key)
        assert other.status_code == 422
        # Keys pruned after 24 h: the list is read again, and the key is new once more.
        advance(srv.base_url, 24 * 3600 + 1)
        api.token = login(srv.base_url, "alice")["access_token"]
        fresh = str(uuid.uuid4())
        assert api.post(f"/tickets/{tid}/messages", {"body": "x"}, key=fresh).status_code == 201
        replay = api.post(f"/tickets/{tid}/messages", {"body": "x"}, key=fresh)
        assert replay.headers.get("Idempotent-Replayed") == "true"
        reused = api.post(f"/tickets/{tid}/messages", {"body": "new day"}, key=key)
        assert reused.status_code == 201 and "Idempotent-Replayed" not in reused.headers
        api.close()


def test_an_entry_from_before_a_revocation_is_never_used() -> None:
    db = Database()
    memory = CallerMemory()
    now = datetime(2026, 3, 1, tzinfo=UTC)
    who = Principal("S1", "alice", frozenset({"agent"}), "F1", "h", None, None)
    generation = db.auth_generation  # read before the (slow) lookup …
    db.auth_generation += 1  # … which a revocation overtakes as it commits
    memory.put("h", who, now + timedelta(minutes=15), generation)
    assert memory.get(db, "h", now) is None
    memory.put("h", who, now + timedelta(minutes=15), db.auth_generation)
    assert memory.get(db, "h", now) == who
    assert memory.get(db, "h", now + timedelta(minutes=15)) is None  # expired


@pytest.mark.parametrize("full", [CallerMemory.LIMIT])
def test_the_memory_stays_bounded(full: int) -> None:
    db = Database()
    memory = CallerMemory()
    now = datetime(2026, 3, 1, tzinfo=UTC)
    who = Principal("S1", "alice", frozenset(), "F1", "h", None, None)
    for n in range(full + 1):
        memory.put(str(n), who, now + timedelta(minutes=1), db.auth_generation)
    assert memory.get(db, str(full), now) == who
    assert memory.get(db, "0", now) is None


def test_a_long_poll_at_the_head_of_a_file_database_wakes_with_the_change(
    tmp_path: Path,
) -> None:
    # At the head of the feed its page is read on the event loop (a small page of a file).
    with running_sandbox(db_url=f"sqlite:///{tmp_path / 'platform.db'}", clients=20) as srv:
        api = Api(srv.base_url, login(srv.base_url, "alice")["access_token"])
        tid = _open_ticket(api)
        cursor = None
        while True:
            page = api.get("/changes", params={"limit": 1000} | ({"cursor": cursor} if cursor
                                                                  else {})).json()
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        quiet = api.get("/changes", params={"cursor": cursor, "wait": 0}).json()
        assert quiet == {"changes": [], "next_cursor": cursor, "has_more": False}
        box: dict[str, Any] = {}

        def wait() -> None:
            box["page"] = api.get("/changes", params={"cursor": cursor, "wait": 20}).json()

        waiter = threading.Thread(target=wait)
        waiter.start()
        assert srv.sandbox is not None
        while srv.sandbox.feed.waiting == 0 and waiter.is_alive():
            time.sleep(0.001)
        sent = Api(srv.base_url, api.token).post(f"/tickets/{tid}/messages", {"body": "hi"})
        assert sent.status_code == 201
        waiter.join(15)
        changes = box["page"]["changes"]
        assert {(c["entity"], c["id"]) for c in changes} >= {
            ("message", sent.json()["id"]), ("ticket", tid),
        }
        assert [c["seq"] for c in changes] == sorted(c["seq"] for c in changes)
        api.close()


def test_message_ordinals_stay_unique_and_rising_across_processes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'platform.db'}"

    def ordinals(srv: SandboxServer) -> list[int]:
        assert srv.sandbox is not None
        with srv.sandbox.read() as s:
            return list(s.scalars(select(Message.ordinal).order_by(Message.ordinal)))

    with running_sandbox(db_url=url, clients=20) as srv:
        api = Api(srv.base_url, login(srv.base_url, "alice")["access_token"])
        tid = _open_ticket(api)
        seeded = ordinals(srv)
        for n in range(3):
            assert api.post(f"/tickets/{tid}/messages", {"body": f"a{n}"}).status_code == 201
        # A refused reply writes nothing and takes no ordinal.
        assert api.post("/tickets/T-none/messages", {"body": "x"}).status_code == 404
        first = ordinals(srv)
        assert first == [*seeded, seeded[-1] + 1, seeded[-1] + 2, seeded[-1] + 3]
        api.close()
    with running_sandbox(db_url=url, clients=20) as srv:
        api = Api(srv.base_url, login(srv.base_url, "alice")["access_token"])
        assert api.post(f"/tickets/{tid}/messages", {"body": "b"}).status_code == 201
        assert ordinals(srv) == [*first, first[-1] + 1]
        api.close()
