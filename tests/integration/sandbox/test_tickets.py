"""Tickets over HTTP: replies and notes against the SLA clocks, transitions, escalation,
assignment, breaches as the clock passes, client messages, and --live."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.sandbox import Api, advance, login, running_sandbox
from vipclient.sandbox import ticketing
from vipclient.sandbox.db import Ticket
from vipclient.sandbox.server import SandboxServer

# One sandbox per module: keep the module on one xdist worker.
pytestmark = pytest.mark.xdist_group("h1-tickets")


def _ticket(api: Api, status: str) -> dict[str, Any]:
    items = api.get("/tickets", params={"status": status, "limit": 1000}).json()["items"]
    assert items, f"the demo book has no {status} ticket"
    return dict(items[0])


def _events(ticket: dict[str, Any], clock: str) -> list[str]:
    return [e["event"] for e in ticket["sla_events"] if e["clock"] == clock]


def test_public_reply_answers_and_a_note_does_not(api_as: Callable[[str], Api]) -> None:
    alice = api_as("alice")
    t = _ticket(alice, "new")
    assert t["first_responded_at"] is None and t["first_response_due"]
    note = alice.post(f"/tickets/{t['id']}/messages", {"body": "Check KYC", "internal": True})
    assert note.status_code == 201 and note.json()["internal"] is True
    after_note = alice.get(f"/tickets/{t['id']}").json()
    assert after_note["status"] == "new" and after_note["first_responded_at"] is None
    assert "fulfilled" not in _events(after_note, "first_response")
    assert after_note["version"] == t["version"] + 1
    reply = alice.post(f"/tickets/{t['id']}/messages", {"body": "We are on it."})
    assert reply.status_code == 201
    answered = alice.get(f"/tickets/{t['id']}").json()
    assert answered["status"] == "open"
    assert answered["first_responded_at"] == reply.json()["created_at"]
    assert _events(answered, "first_response")[-1] == "fulfilled"
    messages = alice.get(f"/tickets/{t['id']}/messages").json()["items"]
    assert [m["id"] for m in messages][-2:] == [note.json()["id"], reply.json()["id"]]
    paged: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = alice.get(f"/tickets/{t['id']}/messages", params=params).json()
        paged += [m["id"] for m in page["items"]]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert paged == [m["id"] for m in messages]


def test_status_transitions_and_the_409_lists_allowed(api_as: Callable[[str], Api]) -> None:
    bob = api_as("bob")
    t = _ticket(bob, "open")
    r = bob.post(f"/tickets/{t['id']}/status", {"status": "closed"})
    assert r.status_code == 409
    assert r.json()["allowed"] == ["pending_client", "solved"]
    assert "pending_client" in r.json()["detail"] and "solved" in r.json()["detail"]
    r = bob.post(f"/tickets/{t['id']}/status", {"status": "escalated"})
    assert r.status_code == 409
    r = bob.post(f"/tickets/{t['id']}/status", {"status": "pending_client"})
    assert r.status_code == 200 and r.json()["status"] == "pending_client"
    assert r.headers["ETag"] == f'"{r.json()["version"]}"'
    assert _events(r.json(), "resolution")[-1] == "paused"
    stale = bob.post(f"/tickets/{t['id']}/status", {"status": "open"},
                     headers={"If-Match": f'"{t["version"]}"'})
    assert stale.status_code == 412
    r = bob.post(f"/tickets/{t['id']}/status", {"status": "solved"})
    assert r.status_code == 200 and r.json()["solved_at"]
    r = bob.post(f"/tickets/{t['id']}/status", {"status": "closed"})
    assert r.status_code == 200
    r = bob.post(f"/tickets/{t['id']}/status", {"status": "open"})
    assert r.status_code == 409 and r.json()["allowed"] == []
    assert bob.post(f"/tickets/{t['id']}/messages", {"body": "hi"}).status_code == 409
    assert bob.post(f"/tickets/{t['id']}/status", {"status": "bogus"}).status_code == 422
    assert bob.post("/tickets/T-none/status", {"status": "open"}).status_code == 404


def test_escalate_and_assign(api_as: Callable[[str], Api]) -> None:
    carol = api_as("carol")
    t = _ticket(carol, "open")
    r = carol.post(f"/tickets/{t['id']}/escalate", {"team": "risk", "note": "Odd pattern."})
    assert r.status_code == 200
    assert r.json()["status"] == "escalated" and r.json()["team"] == "risk"
    notes = carol.get(f"/tickets/{t['id']}/messages").json()["items"]
    assert notes[-1]["internal"] is True and notes[-1]["body"] == "Odd pattern."
    again = carol.post(f"/tickets/{t['id']}/escalate", {"team": "risk", "note": "again"})
    assert again.status_code == 409
    assert carol.post(f"/tickets/{t['id']}/escalate",
                      {"team": "marketing", "note": "x"}).status_code == 422
    me = carol.get("/me").json()["id"]
    r = carol.post(f"/tickets/{t['id']}/assign", {"assignee_id": me})
    assert r.status_code == 200 and r.json()["assignee_id"] == me
    r = carol.post(f"/tickets/{t['id']}/assign", {"assignee_id": None})
    assert r.status_code == 200 and r.json()["assignee_id"] is None
    r = carol.post(f"/tickets/{t['id']}/assign", {"assignee_id": "S-nobody"})
    assert r.status_code == 422
    mine = carol.get("/tickets", params={"team": "risk"}).json()["items"]
    assert t["id"] in [x["id"] for x in mine]


def test_breaches_are_recorded_as_the_clock_passes(
    sandbox: SandboxServer, api_as: Callable[[str], Api]
) -> None:
    alice = api_as("alice")
    t = _ticket(alice, "new")
    assert "breached" not in _events(t, "resolution")
    advance(sandbox.base_url, 6 * 24 * 3600)  # past any resolution target of the table
    alice.token = login(sandbox.base_url, "alice")["access_token"]
    later = alice.get(f"/tickets/{t['id']}").json()
    assert "breached" in _events(later, "first_response")
    assert "breached" in _events(later, "resolution")
    breach = next(e for e in later["sla_events"]
              if e["clock"] == "resolution" and e["event"] == "breached")
    assert breach["at"] == later["resolution_due"]
    assert later["version"] > t["version"]


def test_client_message_reopens_and_starts_next_response(
    sandbox: SandboxServer, api_as: Callable[[str], Api]
) -> None:
    bob = api_as("bob")
    t = _ticket(bob, "open")
    bob.post(f"/tickets/{t['id']}/messages", {"body": "Please send a screenshot."})
    r = bob.post(f"/tickets/{t['id']}/status", {"status": "pending_client"})
    assert r.json()["status"] == "pending_client"
    assert sandbox.sandbox is not None
    # The live generator's path for a client's message.
    with sandbox.sandbox.transaction() as s:
        row = s.get(Ticket, t["id"])
        assert row is not None
        ticketing.client_message(s, row, "Here it is.")
    back = bob.get(f"/tickets/{t['id']}").json()
    assert back["status"] == "open" and back["next_response_due"]
    assert _events(back, "next_response")[-1] == "started"
    assert _events(back, "resolution")[-1] == "resumed"
    bob.post(f"/tickets/{t['id']}/messages", {"body": "Thanks, fixed."})
    answered = bob.get(f"/tickets/{t['id']}").json()
    assert _events(answered, "next_response")[-1] == "fulfilled"
    assert answered["next_response_due"] is None


def test_live_mode_keeps_tickets_coming() -> None:
    with running_sandbox(clients=10, live=True, live_interval=(0.05, 0.15)) as srv:
        api = Api(srv.base_url, login(srv.base_url, "alice")["access_token"])
        first = api.get("/changes", params={"limit": 1000})
        cursor = first.json()["next_cursor"]
        while first.json()["has_more"]:
            first = api.get("/changes", params={"limit": 1000, "cursor": cursor})
            cursor = first.json()["next_cursor"]
        seen: set[str] = set()
        deadline = time.monotonic() + 15
        while {"ticket", "message"} - seen and time.monotonic() < deadline:
            page = api.get("/changes", params={"cursor": cursor, "wait": 5}).json()
            seen |= {c["entity"] for c in page["changes"]}
            cursor = page["next_cursor"]
        assert {"ticket", "message"} <= seen
