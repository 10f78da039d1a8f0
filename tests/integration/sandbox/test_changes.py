"""The changes feed: total order, one entry per entity per page, long-poll, 410."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.sandbox import Api, advance, login
from vipclient.sandbox.core import emit_change
from vipclient.sandbox.db import Policy
from vipclient.sandbox.server import SandboxServer

# One sandbox per module: keep the module on one xdist worker.
pytestmark = pytest.mark.xdist_group("h1-changes")


def _pull_all(api: Api, cursor: str | None = None, limit: int = 250
              ) -> tuple[list[dict[str, Any]], str]:
    changes: list[dict[str, Any]] = []
    while True:
        params: dict[str, Any] = {"limit": limit} | ({"cursor": cursor} if cursor else {})
        page = api.get("/changes", params=params).json()
        keys = [(c["entity"], c["id"]) for c in page["changes"]]
        assert len(keys) == len(set(keys)), "an entity twice in one page"
        changes += page["changes"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return changes, str(cursor)


def test_full_pull_is_ordered_and_complete(api_as: Callable[[str], Api]) -> None:
    alice = api_as("alice")
    changes, _ = _pull_all(alice)
    seqs = [c["seq"] for c in changes]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    entities = {c["entity"] for c in changes}
    assert {"client", "ticket", "message", "staff", "policy", "fee_request",
            "withdrawal_request", "freeze"} <= entities
    clients = [c for c in changes if c["entity"] == "client"]
    assert len(clients) == 20 and all(c["op"] == "upsert" and c["data"] for c in clients)
    # What was bulk-loaded reads back exactly as the feed served it.
    one = clients[0]
    assert alice.get(f"/clients/{one['id']}").json() == one["data"]
    tickets = [c for c in changes if c["entity"] == "ticket"]
    for t in tickets[:: max(1, len(tickets) // 10)]:
        assert alice.get(f"/tickets/{t['id']}").json() == t["data"]


def test_an_entity_changed_twice_comes_once_at_its_latest_version(
    api_as: Callable[[str], Api],
) -> None:
    alice = api_as("alice")
    _, cursor = _pull_all(alice)
    client = alice.get("/clients").json()["items"][5]
    v = client["version"]
    for n in range(2):
        r = alice.patch(f"/clients/{client['uid']}", {"notes": f"note {n}"},
                        headers={"If-Match": f'"{v + n}"'})
        assert r.status_code == 200
    page = alice.get("/changes", params={"cursor": cursor}).json()
    mine = [c for c in page["changes"] if c["id"] == client["uid"]]
    assert len(mine) == 1 and mine[0]["version"] == v + 2
    assert mine[0]["data"]["notes"] == "note 1"


def test_long_poll_wakes_when_a_change_commits(api_as: Callable[[str], Api]) -> None:
    alice, bob = api_as("alice"), api_as("bob")
    _, cursor = _pull_all(alice)
    started = time.monotonic()
    empty = alice.get("/changes", params={"cursor": cursor, "wait": 0.6}).json()
    assert time.monotonic() - started >= 0.55
    assert empty == {"changes": [], "next_cursor": cursor, "has_more": False}
    box: dict[str, Any] = {}

    def wait() -> None:
        box["page"] = alice.get("/changes", params={"cursor": cursor, "wait": 20}).json()
        box["at"] = time.monotonic()

    waiter = threading.Thread(target=wait)
    waiter.start()
    time.sleep(0.3)  # let the long-poll settle into its wait
    ticket = bob.get("/tickets", params={"status": "open"}).json()["items"][0]
    committed = time.monotonic()
    assert bob.post(f"/tickets/{ticket['id']}/messages", {"body": "On it"}).status_code == 201
    waiter.join(10)
    assert not waiter.is_alive()
    assert box["at"] - committed < 2.0  # vs. the 20 s it would otherwise hold
    assert {c["entity"] for c in box["page"]["changes"]} >= {"ticket", "message"}


def test_cursor_older_than_retention_is_gone(
    sandbox: SandboxServer, api_as: Callable[[str], Api]
) -> None:
    alice = api_as("alice")
    _, old_cursor = _pull_all(alice)
    assert sandbox.sandbox is not None
    with sandbox.sandbox.transaction() as s:  # the server retires a policy
        policy = s.get(Policy, "fee-extreme")
        assert policy is not None
        s.delete(policy)
        emit_change(s, "policy", "fee-extreme", "delete", policy.version + 1, None)
    page = alice.get("/changes", params={"cursor": old_cursor}).json()
    assert [(c["entity"], c["op"]) for c in page["changes"]] == [("policy", "delete")]
    assert "data" not in page["changes"][0]
    after_delete = page["next_cursor"]
    advance(sandbox.base_url, 8 * 24 * 3600)  # tombstones are kept 7 days
    alice.token = login(sandbox.base_url, "alice")["access_token"]
    gone = alice.get("/changes", params={"cursor": old_cursor})
    assert gone.status_code == 410
    assert gone.headers["content-type"].startswith("application/problem+json")
    assert alice.get("/changes", params={"cursor": after_delete}).status_code == 200
    fresh, _ = _pull_all(alice)
    assert ("policy", "fee-extreme") not in {(c["entity"], c["id"]) for c in fresh}


def test_bad_parameters(api_as: Callable[[str], Api]) -> None:
    alice = api_as("alice")
    assert alice.get("/changes", params={"cursor": "nonsense"}).status_code == 422
    assert alice.get("/changes", params={"limit": 0}).status_code == 422
    assert alice.get("/changes", params={"limit": 1001}).status_code == 422
    assert alice.get("/changes", params={"wait": 31}).status_code == 422
