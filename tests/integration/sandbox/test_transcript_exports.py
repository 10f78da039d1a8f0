"""Transcript exports over real HTTP: who may export, the order of checks (nobody is asked
for a TOTP code for a request that fails anyway), step-up within 300 s, the record, its
audit entry and the list."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.desk import Desk, StaffSession, managed_clients, sandbox_desk
from vipclient.sandbox.paging import encode_key

pytestmark = pytest.mark.xdist_group("ws-transcripts")

SHA = hashlib.sha256(b"the PDF the desk is about to write").hexdigest()
REASON = "The client asked for a copy of their conversations (e-mail of 3 March)."


@pytest.fixture(scope="module")
def desk() -> Iterator[Desk]:
    with sandbox_desk(clients=20) as (_srv, d):
        yield d


def client_with_tickets(session: StaffSession, index: int = 0) -> tuple[str, list[str]]:
    uid = str(managed_clients(session, active=False)[index]["uid"])
    tickets = session.get("/tickets", client_uid=uid, limit=1000).body["items"]
    return uid, [t["id"] for t in tickets]


def body(ticket_ids: list[str], **over: Any) -> dict[str, Any]:
    return {"ticket_ids": ticket_ids, "format": "pdf", "sha256": SHA, "reason": REASON, **over}


def no_challenge(r: Any, status: int) -> set[str]:
    assert r.status == status, r.body
    assert "WWW-Authenticate" not in r.headers
    return r.problem_fields


def test_validation_existence_and_roles_come_before_step_up(desk: Desk) -> None:
    alice = desk.login("alice")
    uid, tickets = client_with_tickets(alice)
    path = f"/clients/{uid}/transcript-exports"
    assert no_challenge(alice.post(path, body([])), 422) == {"ticket_ids"}
    assert no_challenge(alice.post(path, body([tickets[0], tickets[0]])), 422) == {
        "ticket_ids.1"}
    assert no_challenge(alice.post(path, body(tickets[:1], sha256=SHA.upper())), 422) == {
        "sha256"}
    assert no_challenge(alice.post(path, body(tickets[:1], sha256="abc")), 422) == {"sha256"}
    assert no_challenge(alice.post(path, body(tickets[:1], reason="   too short ")), 422) == {
        "reason"}
    assert no_challenge(alice.post(path, body(tickets[:1], reason="x" * 2001)), 422) == {
        "reason"}
    assert no_challenge(alice.post(path, body(tickets[:1], format="docx")), 422) == {"format"}
    no_challenge(alice.post("/clients/U99999999/transcript-exports", body(tickets[:1])), 404)
    # A ticket of another client, or none at all: 422 naming the entry.
    _other_uid, other_tickets = client_with_tickets(desk.login("bob"))
    r = alice.post(path, body([tickets[0], other_tickets[0], "T-none"]))
    assert no_challenge(r, 422) == {"ticket_ids.1", "ticket_ids.2"}
    messages = {e["field"]: e["message"] for e in r.body["errors"]}
    assert messages["ticket_ids.1"] == f"Ticket {other_tickets[0]} is not a ticket of client {uid}."
    assert messages["ticket_ids.2"] == "No ticket T-none."
    # Roles: a security officer has none of them; a manager of other clients may not.
    no_challenge(desk.login("dave").post(path, body(tickets[:1])), 403)
    r = desk.login("bob").post(path, body(tickets[:1]))
    no_challenge(r, 403)
    assert r.body["type"].endswith("/not-your-client")
    # Everything fine but the step-up: now, and only now, the challenge.
    r = alice.post(path, body(tickets[:2]))
    assert r.status == 401 and "max_age=300" in r.headers["WWW-Authenticate"]
    assert 'acr_values="totp"' in r.headers["WWW-Authenticate"]


def test_export_after_step_up_is_recorded_and_audited(desk: Desk) -> None:
    alice = desk.login("alice")
    uid, tickets = client_with_tickets(alice, 1)
    path = f"/clients/{uid}/transcript-exports"
    challenged = alice.post(path, body(tickets[:2], format="json"))
    assert challenged.status == 401
    alice.step_up()
    done = alice.post(path, body(tickets[:2], format="json"), key=challenged.key)
    assert done.status == 201, done.body
    record = done.body
    assert set(record) == {"id", "client_uid", "ticket_ids", "format", "sha256",
                           "exported_by", "created_at"}
    assert record["client_uid"] == uid and record["ticket_ids"] == tickets[:2]
    assert record["format"] == "json" and record["sha256"] == SHA
    assert record["exported_by"] == alice.id
    again = alice.post(path, body(tickets[:2], format="json"), key=challenged.key)
    assert again.status == 201 and again.headers["Idempotent-Replayed"] == "true"
    assert again.body == record
    listed = alice.get(path).body
    assert listed["items"] == [record] and listed["has_more"] is False
    carol = desk.login("carol")
    entries = carol.get("/audit", target=uid, limit=1000).body["items"]
    [entry] = [e for e in entries if e["action"] == "client.transcript_export"]
    assert entry["actor_id"] == alice.id
    assert entry["details"]["ticket_ids"] == tickets[:2] and entry["details"]["sha256"] == SHA
    assert entry["details"]["export_id"] == record["id"]
    # A step-up older than 300 s no longer does.
    desk.advance(301)
    stale = alice.post(path, body(tickets[:1]))
    assert stale.status == 401 and "too old" in stale.body["detail"]


def test_a_refused_manager_is_audited(desk: Desk) -> None:
    bob = desk.login("bob")
    uid, tickets = client_with_tickets(desk.login("alice"), 2)
    assert bob.post(f"/clients/{uid}/transcript-exports", body(tickets[:1])).status == 403
    entries = desk.login("carol").get("/audit", actor=bob.id, limit=1000).body["items"]
    denied = [e for e in entries if e["action"] == "access.denied"
              and e["details"].get("client_uid") == uid]
    assert denied and denied[-1]["details"]["reason"] == "not_manager"


def test_a_supervisor_exports_any_client_and_the_list_pages(desk: Desk) -> None:
    carol = desk.login("carol")
    uid, tickets = client_with_tickets(desk.login("bob"), 0)
    path = f"/clients/{uid}/transcript-exports"
    carol.step_up()
    made = []
    for n in range(3):
        r = carol.post(path, body(tickets[n:n + 1]))
        assert r.status == 201, r.body
        made.append(r.body["id"])
        desk.advance(1)
    first = carol.get(path, limit=2).body
    assert [e["id"] for e in first["items"]] == made[::-1][:2] and first["has_more"]
    rest = carol.get(path, limit=2, cursor=first["next_cursor"]).body
    assert [e["id"] for e in rest["items"]] == made[:1] and not rest["has_more"]
    for foreign in (encode_key("kb-en-api-keys"), encode_key("help_article", "x", "y"), "!!"):
        r = carol.get(path, cursor=foreign)
        assert r.status == 422 and r.problem_fields == {"cursor"}
    assert carol.get("/clients/U99999999/transcript-exports").status == 404
    # Every staff member may read the record of exports.
    assert desk.login("dave").get(path).status == 200
