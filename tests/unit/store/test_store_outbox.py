"""The outbox and optimistic local effects: laid with the action, undone when it settles."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.support.sync import client_json, ticket_json, upsert
from vipclient.services import sync_problems
from vipclient.services.outbox import counts
from vipclient.store import outbox as ob
from vipclient.store.apply import apply_changes
from vipclient.store.cache import Cache
from vipclient.store.effects import Insert, Patch
from vipclient.store.models import MessageRow, OutboxRow, TicketRow


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    c = Cache.open(tmp_path / "c.sqlite3")
    with c.session() as s:
        apply_changes(s, [upsert("client", client_json("U1", "Ann")),
                          upsert("ticket", ticket_json("T1", "U1", "Help", status="new"))])
    yield c
    c.close()


def status_cmd(status: str) -> ob.Command:
    return ob.Command(kind="ticket.status", method="POST", path="/tickets/T1/status",
                      description=f"Set T1 to {status}", body={"status": status},
                      entity="ticket", entity_id="T1", result_entity="ticket")


def ticket(cache: Cache) -> TicketRow:
    with cache.read_session() as s:
        row = s.get(TicketRow, "T1")
        assert row is not None
        return row


def test_enqueue_writes_row_and_effect_together(cache: Cache) -> None:
    with cache.session() as s:
        row = ob.enqueue(s, status_cmd("open"), [Patch("ticket", "T1", {"status": "open"})])
        assert row.state == ob.PENDING and len(row.key) == 36
    t = ticket(cache)
    assert t.status == "open" and json.loads(t.data)["status"] == "open"
    assert json.loads(t.server_data or "{}")["status"] == "new"
    assert counts(cache).unsent == 1
    # Rolled back together: neither the row nor its effect survive.
    with pytest.raises(RuntimeError), cache.session() as s:
        ob.enqueue(s, status_cmd("solved"), [Patch("ticket", "T1", {"status": "solved"})])
        raise RuntimeError
    assert ticket(cache).status == "open" and counts(cache).unsent == 1


def test_effect_survives_newer_server_state_until_done(cache: Cache) -> None:
    with cache.session() as s:
        oid = ob.enqueue(s, status_cmd("open"), [Patch("ticket", "T1", {"status": "open"})]).id
    # The feed brings a newer version (someone renamed the subject): the effect is laid again.
    with cache.session() as s:
        apply_changes(s, [upsert("ticket", ticket_json("T1", "U1", "Help!", version=2))])
    t = ticket(cache)
    assert (t.subject, t.status, t.version) == ("Help!", "open", 2)
    # Done: the answer (the server's ticket) replaces the optimistic state.
    with cache.session() as s:
        ob.mark_done(s, oid, ticket_json("T1", "U1", "Help!", status="open", version=3))
    t = ticket(cache)
    assert (t.status, t.version, t.server_data) == ("open", 3, None)
    with cache.read_session() as s:
        assert s.get(OutboxRow, oid).result_id == "T1"  # type: ignore[union-attr]


def test_failed_undoes_and_resend_lays_again(cache: Cache) -> None:
    with cache.session() as s:
        oid = ob.enqueue(s, status_cmd("solved"), [Patch("ticket", "T1", {"status": "solved"})]).id
        ob.mark_sending(s, oid, "2026-01-01T00:00:00Z")
        ob.mark_failed(s, oid, "The server refused the request: illegal transition", 409)
    assert ticket(cache).status == "new"
    problems = sync_problems.list_problems(cache)
    assert [(p.id, p.state, p.error_status) for p in problems] == [(oid, "failed", 409)]
    assert problems[0].current is not None and problems[0].current["status"] == "new"
    assert counts(cache).problems == 1
    key_before = problems[0].id
    assert sync_problems.resend(cache, oid)
    assert ticket(cache).status == "solved"
    with cache.read_session() as s:
        row = s.get(OutboxRow, oid)
        assert row is not None and row.state == ob.PENDING and row.attempts == 0
    assert key_before == oid
    assert sync_problems.discard(cache, oid)
    assert ticket(cache).status == "new" and counts(cache).unsent == 0


def test_two_effects_on_one_row_undo_one(cache: Cache) -> None:
    with cache.session() as s:
        a = ob.enqueue(s, status_cmd("open"), [Patch("ticket", "T1", {"status": "open"})]).id
        ob.enqueue(s, status_cmd("x"), [Patch("ticket", "T1", {"assignee_id": "S9"})])
    assert (ticket(cache).status, ticket(cache).assignee_id) == ("open", "S9")
    with cache.session() as s:
        ob.discard(s, a)
    assert (ticket(cache).status, ticket(cache).assignee_id) == ("new", "S9")


def test_local_insert_and_conflict_resend_uses_current_version(cache: Cache) -> None:
    reply = ob.Command(kind="ticket.message", method="POST", path="/tickets/T1/messages",
                       description="Reply", body={"body": "Hi", "internal": False},
                       entity="ticket", entity_id="T1", result_entity="message")
    with cache.session() as s:
        key = ob.new_key()
        oid = ob.enqueue(s, reply, [Insert("message", f"local-{key}", {
            "ticket_id": "T1", "author_kind": "staff", "body": "Hi"})], key=key).id
    with cache.read_session() as s:
        local = s.scalars(select(MessageRow)).all()
        assert [(m.id, m.local_outbox_id, m.body) for m in local] == [(f"local-{key}", oid, "Hi")]
    with cache.session() as s:
        ob.mark_done(s, oid, {"id": "M1", "ticket_id": "T1", "author_kind": "staff",
                              "body": "Hi", "internal": False, "version": 1,
                              "created_at": "2026-01-01T00:00:00Z"})
    with cache.read_session() as s:
        assert [m.id for m in s.scalars(select(MessageRow))] == ["M1"]

    patch = ob.Command(kind="client.update", method="PATCH", path="/clients/U1",
                       description="Notes", body={"notes": "x"}, if_match=1,
                       entity="client", entity_id="U1")
    with cache.session() as s:
        pid = ob.enqueue(s, patch, [Patch("client", "U1", {"notes": "x"})]).id
        old_key = s.get(OutboxRow, pid).key  # type: ignore[union-attr]
        ob.mark_failed(s, pid, "changed first", 412, conflict=True)
        apply_changes(s, [upsert("client", client_json("U1", "Ann", version=5))])
    assert sync_problems.resend(cache, pid)
    with cache.read_session() as s:
        row = s.get(OutboxRow, pid)
        assert row is not None and row.if_match == "5" and row.key != old_key


def test_recover_after_restart_and_order(cache: Cache) -> None:
    with cache.session() as s:
        ids = [ob.enqueue(s, status_cmd(str(n))).id for n in range(3)]
        ob.mark_sending(s, ids[0], "2026-01-01T00:00:00Z")
    with cache.session() as s:
        assert ob.recover_after_restart(s) == 1
        assert [h.id for h in ob.queue_heads(s, 5)] == ids  # queue order, the sent one first
        (nxt,) = ob.rows_by_id(s, [ids[0]])
        assert nxt.attempts == 1
        assert nxt.first_sent_at == "2026-01-01T00:00:00Z"
        assert not ob.discard(s, 999)


def test_prune_done_keeps_recent_and_unsent(cache: Cache) -> None:
    with cache.session() as s:
        old = ob.enqueue(s, status_cmd("open")).id
        new = ob.enqueue(s, status_cmd("solved")).id
        waiting = ob.enqueue(s, status_cmd("x")).id
        ob.mark_done(s, old)
        ob.mark_done(s, new)
        s.get(OutboxRow, old).updated_at = "2020-01-01T00:00:00Z"  # type: ignore[union-attr]
    with cache.session() as s:
        assert ob.prune_done(s, "2025-01-01T00:00:00Z") == 1
        assert {r.id for r in s.scalars(select(OutboxRow))} == {new, waiting}


def test_a_refusal_keeps_the_servers_problem_until_resent(cache: Cache) -> None:
    problem = {"type": "validation", "title": "Invalid", "status": 422, "detail": "",
               "errors": [{"field": "reason", "message": "Write a reason of 10 to 2000 "
                                                        "characters."}]}
    with cache.session() as s:
        oid = ob.enqueue(s, status_cmd("open")).id
        ob.mark_failed(s, oid, "The server refused it", 422, problem=problem)
    found = sync_problems.list_problems(cache)[0]
    assert found.problem == problem
    assert found.field_errors == {"reason": "Write a reason of 10 to 2000 characters."}
    assert sync_problems.resend(cache, oid)
    with cache.read_session() as s:
        row = s.get(OutboxRow, oid)
        assert row is not None and ob.problem_of(row) is None
