"""Ticket commands become outbox rows; the thread shows outgoing messages by their outbox state."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.support.screens import NOW, STAFF, apply, client_json, ticket_json, upsert
from vipclient.services.canned import fill, load, placeholders_in
from vipclient.services.lanes import LanesService
from vipclient.services.staff import StaffService
from vipclient.services.tickets import MessageState, TicketsService
from vipclient.store import outbox
from vipclient.store.cache import Cache
from vipclient.store.models import OutboxRow


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    c = Cache.open(tmp_path / "c.sqlite3")
    apply(
        c,
        *(upsert("staff", dict(s, version=1)) for s in STAFF),
        upsert("client", client_json("U1", "王小明", tier=8, manager_id="S1")),
        upsert("client", client_json("U2", "Anna Smith", tier=2, manager_id="S2")),
        upsert("ticket", ticket_json("T1", "U1", tier=8, status="open", responded=True)),
        upsert("ticket", ticket_json("T2", "U1", tier=8, priority="urgent",
                                     category="withdrawal", created=NOW)),
        upsert("ticket", ticket_json("T3", "U2", tier=2, created=NOW - timedelta(hours=3),
                                     assignee_id="S1")),
        upsert("message", {"id": "M1", "ticket_id": "T1", "author_kind": "client",
                           "author_id": "U1", "body": "你好", "internal": False,
                           "created_at": "2026-11-25T08:00:00Z", "version": 1}),
    )
    yield c
    c.close()


def _rows(cache: Cache) -> list[OutboxRow]:
    with cache.read_session() as s:
        return list(s.scalars(select(OutboxRow).order_by(OutboxRow.id)))


def test_reply_is_an_outbox_row_and_the_thread_follows_its_state(cache: Cache) -> None:
    svc = TicketsService(cache)
    oid = svc.reply("T1", "  We are checking.  ", internal=False)
    row = _rows(cache)[0]
    assert (row.method, row.path, row.kind) == ("POST", "/tickets/T1/messages", "ticket.message")
    assert json.loads(row.body or "") == {"body": "We are checking.", "internal": False}
    assert row.key  # the Idempotency-Key the engine sends
    items = svc.thread("T1")
    assert [(i.body, i.state) for i in items] == [
        ("你好", MessageState.SENT), ("We are checking.", MessageState.PENDING)]
    with cache.session() as s:
        outbox.mark_failed(s, oid, "Ticket is closed", 409)
    failed = svc.thread("T1")[-1]
    assert (failed.state, failed.error, failed.outbox_id) == (MessageState.FAILED,
                                                              "Ticket is closed", oid)
    assert svc.resend(oid)
    assert svc.thread("T1")[-1].state == MessageState.PENDING
    with cache.session() as s:
        outbox.mark_done(s, oid, {"id": "M2", "ticket_id": "T1", "author_kind": "staff",
                                  "author_id": "S1", "body": "We are checking.",
                                  "internal": False, "created_at": "2026-11-25T09:00:00Z",
                                  "version": 1})
    items = svc.thread("T1")
    assert [(i.id, i.state, i.outbox_id) for i in items][-1] == ("M2", MessageState.SENT, oid)
    assert len(items) == 2  # the server's message replaced the outgoing one, no duplicate
    with pytest.raises(ValueError):
        svc.reply("T1", "   ", internal=True)


def test_a_reply_the_feed_brings_before_the_push_answer_shows_once(cache: Cache) -> None:
    svc = TicketsService(cache)
    svc.reply("T1", "ok", internal=False)
    oid = svc.reply("T1", "ok", internal=False)  # the same words, a second time
    first = _rows(cache)[0].id

    def server_message(mid: str, at: str) -> None:
        apply(cache, upsert("message", {
            "id": mid, "ticket_id": "T1", "author_kind": "staff", "author_id": "S1",
            "body": "ok", "internal": False, "created_at": at, "version": 1}))

    server_message("M-old", "2026-11-25T08:30:00Z")  # an "ok" written long before
    with cache.session() as s:
        outbox.mark_sending(s, first, "2026-11-25T09:00:00Z")
    # Before the first push's answer: the old "ok" is not taken for it.
    assert [i.state for i in svc.thread("T1")] == [
        MessageState.SENT, MessageState.SENT, MessageState.PENDING, MessageState.PENDING]
    server_message("M-new", "2026-11-25T09:00:01Z")  # the feed brings the push's message
    items = svc.thread("T1")
    assert [(i.id, i.state) for i in items] == [
        ("M1", MessageState.SENT), ("M-old", MessageState.SENT), ("M-new", MessageState.SENT),
        (items[3].id, MessageState.PENDING)]
    assert (items[1].outbox_id, items[2].outbox_id) == (None, first)  # "sent" is the new one
    assert items[3].outbox_id == oid  # the second "ok" still waits for its own message


def test_status_escalate_and_assign_are_checked_and_shown_at_once(cache: Cache) -> None:
    svc = TicketsService(cache)
    with pytest.raises(ValueError):
        svc.set_status("T1", "new")  # open → new is not a legal move
    with pytest.raises(ValueError):
        svc.set_status("T1", "escalated")  # only through /escalate
    svc.set_status("T1", "pending_client")
    assert svc.detail("T1").data["status"] == "pending_client"  # type: ignore[union-attr]
    svc.assign("T2", "S2")
    assert svc.detail("T2").assignee_name == "Bob Okafor"  # type: ignore[union-attr]
    svc.escalate("T2", "security", "Possible account takeover")
    detail = svc.detail("T2")
    assert detail is not None and detail.data["status"] == "escalated"
    assert detail.data["team"] == "security"
    with pytest.raises(ValueError):
        svc.escalate("T2", "risk", "again")  # escalated → escalated is not allowed
    paths = [(r.path, json.loads(r.body or "{}")) for r in _rows(cache)]
    assert paths == [
        ("/tickets/T1/status", {"status": "pending_client"}),
        ("/tickets/T2/assign", {"assignee_id": "S2"}),
        ("/tickets/T2/escalate", {"team": "security", "note": "Possible account takeover"}),
    ]
    assert len({r.key for r in _rows(cache)}) == 3


def test_watch_list_holds_my_emergencies_and_tickets_about_to_breach(cache: Cache) -> None:
    svc = LanesService(cache)
    # T2: urgent withdrawal of my client → emergency. T3: assigned to me, VIP2 normal, first
    # response 4 h from NOW-3h → 1 h left of 4 h = at risk. T1: answered, resolution far off.
    watch = {w.id: w.kind for w in svc.watch_list("S1", NOW)}
    assert watch == {"T2": "emergency", "T3": "at_risk"}
    assert svc.watch_list("S3", NOW) == []


def test_canned_responses_in_both_languages_fill_placeholders() -> None:
    for lang in ("en", "zh"):
        responses = load(lang)
        assert len(responses) >= 5
        for r in responses:
            assert placeholders_in(r.body) <= {"client_name", "manager_name", "ticket_id"}
    zh = {r.key: r for r in load("zh")}
    text = fill(zh["greeting"].body, {"client_name": "王小明", "manager_name": "Alice Chen",
                                     "ticket_id": "T1"})
    assert "尊敬的 王小明" in text and "T1" in text and "{" not in text
    assert fill("Hi {client_name}, {unknown}", {"client_name": "Ann"}) == "Hi Ann, {unknown}"
    assert fill("a { b", {}) == "a { b"


def test_staff_names_and_assignable(cache: Cache) -> None:
    staff = StaffService(cache)
    assert staff.name_of("S2") == "Bob Okafor"
    assert staff.name_of(None) == ""
    assert {m.id for m in staff.assignable()} == {"S1", "S2", "S3"}
