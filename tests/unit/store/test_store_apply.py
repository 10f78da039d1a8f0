"""Applying server changes: columns from JSON, denormalized client columns, deletes, re-sync."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.support.sync import client_json, delete, ticket_json, upsert
from vipclient.store.apply import (
    apply_changes,
    begin_resync,
    columns_for,
    finish_resync,
    list_column,
    tier_level,
    upsert_if_newer,
)
from vipclient.store.cache import Cache
from vipclient.store.models import ClientRow, MessageRow, TicketRow


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    c = Cache.open(tmp_path / "c.sqlite3")
    yield c
    c.close()


def test_columns_come_from_json(cache: Cache) -> None:
    with cache.session() as s:
        touched = apply_changes(
            s, [upsert("client", client_json("U1", "Alice Chen", tier="VIP10", version=4))]
        )
    assert touched == {"client"}
    with cache.read_session() as s:
        c = s.get(ClientRow, "U1")
        assert c is not None
        assert (c.tier, c.version, c.status, c.region) == (10, 4, "active", "SG")
        assert c.languages == ",zh,en," and c.tags == ",otc,"
        assert c.volume_30d_usd == pytest.approx(1250000.5)
        assert json.loads(c.data)["volume_30d_usd"] == "1250000.50"  # exact text kept
        assert c.updated_at == "2026-01-02T00:00:00Z" and c.server_data is None


def test_ticket_copies_client_tier_and_follows_changes(cache: Cache) -> None:
    with cache.session() as s:
        # Ticket before its client in one page, and another ticket in a later page.
        apply_changes(s, [upsert("ticket", ticket_json("T1", "U1", "Help")),
                          upsert("client", client_json("U1", "Bob", tier="VIP3"))])
        apply_changes(s, [upsert("ticket", ticket_json("T2", "U1", "Again"))])
    with cache.read_session() as s:
        tiers = {t.id: (t.client_tier, t.client_name) for t in s.scalars(select(TicketRow))}
    assert tiers == {"T1": (3, "Bob"), "T2": (3, "Bob")}
    with cache.session() as s:
        apply_changes(s, [upsert("client", client_json("U1", "Bob Lee", tier="VIP9", version=2))])
    with cache.read_session() as s:
        tiers = {t.id: (t.client_tier, t.client_name) for t in s.scalars(select(TicketRow))}
    assert tiers == {"T1": (9, "Bob Lee"), "T2": (9, "Bob Lee")}


def test_delete_and_unknown_entities(cache: Cache) -> None:
    with cache.session() as s:
        apply_changes(s, [upsert("client", client_json("U1", "A")),
                          upsert("client", client_json("U2", "B"))])
        touched = apply_changes(s, [delete("client", "U1"),
                                    upsert("gizmo", {"id": "G1", "version": 1})])
    assert touched == {"client"}
    with cache.read_session() as s:
        assert [c.uid for c in s.scalars(select(ClientRow))] == ["U2"]


def test_upsert_if_newer_never_goes_back(cache: Cache) -> None:
    with cache.session() as s:
        apply_changes(s, [upsert("ticket", ticket_json("T1", "U1", "New", version=5))])
        assert not upsert_if_newer(s, "ticket", ticket_json("T1", "U1", "Old", version=4))
        assert upsert_if_newer(s, "ticket", ticket_json("T1", "U1", "Newer", version=6))
    with cache.read_session() as s:
        t = s.get(TicketRow, "T1")
        assert t is not None and (t.subject, t.version) == ("Newer", 6)


def test_resync_deletes_what_the_server_no_longer_has(cache: Cache) -> None:
    with cache.session() as s:
        apply_changes(s, [upsert("client", client_json("U1", "A")),
                          upsert("client", client_json("U2", "B"))])
        # A local-only row (a reply not yet sent) must survive a re-sync.
        s.add(MessageRow(id="local-k", ticket_id="T1", data="{}", version=0, local_outbox_id=1))
    with cache.session() as s:
        begin_resync(s)
        apply_changes(s, [upsert("client", client_json("U2", "B2"))], track_seen=True)
    with cache.session() as s:
        assert finish_resync(s) == {"client"}
    with cache.read_session() as s:
        assert [c.uid for c in s.scalars(select(ClientRow))] == ["U2"]
        assert s.get(MessageRow, "local-k") is not None


def test_helpers() -> None:
    assert tier_level("VIP1") == 1 and tier_level("vip10") == 10
    assert tier_level("VIP11") == 0 and tier_level(None) == 0
    assert list_column([]) == "" and list_column(["a"]) == ",a," and list_column("a") == ",a,"


# --------------------------------------------------------------------------- the bulk path


ODD_MESSAGES = [
    {"id": "M1", "ticket_id": "T1", "author_kind": "staff", "author_id": "S1", "internal": True,
     "created_at": "2026-03-01T10:00:00Z", "body": "你好 — hello"},
    {"id": "M2", "ticket_id": None, "author_kind": None, "author_id": 7, "internal": 0,
     "created_at": "2026-03-01T18:00:00+08:00", "body": None},
    {"id": "M3", "created_at": "2026-03-01T10:00:00.123456Z", "internal": "yes", "body": 42},
    {"id": "M4", "created_at": "", "extra": {"nested": [1, 2.5, None, "ü"]}},
    {"id": "M5", "created_at": "not a time", "ticket_id": 12},
]


def test_message_rows_agree_with_the_column_mapper_and_keep_only_other_fields() -> None:
    from vipclient.store.apply import _message_row, _row_columns

    names = _row_columns("message")
    for data in ODD_MESSAGES:
        row = dict(zip(names, _message_row(data["id"], 3, data), strict=True))
        assert row == {"id": data["id"], **columns_for("message", data), "data": row["data"],
                       "version": 3, "server_data": None, "local_outbox_id": None}
        extras = {k: v for k, v in data.items()
                  if k not in {"id", "ticket_id", "author_kind", "author_id", "internal",
                               "created_at", "body"}}
        assert json.loads(row["data"]) == extras  # "{}" for a message of the contract's fields


def test_prepare_raw_agrees_with_prepare_and_skips_what_breaks_the_contract() -> None:
    from tests.support.sync import feed_change
    from vipclient.store.apply import prepare, prepare_raw

    raw: list[object] = [
        {"seq": 1, "entity": "client", "id": "U1", "op": "upsert", "version": 2,
         "data": client_json("U1", "王小明")},
        {"seq": 2, "entity": "ticket", "id": "T1", "op": "upsert", "version": 1,
         "data": ticket_json("T1", "U1", "提现 withdrawal")},
        *({"seq": 3 + n, "entity": "message", "id": m["id"], "op": "upsert", "version": n,
           "data": m} for n, m in enumerate(ODD_MESSAGES)),
        {"seq": 9, "entity": "policy", "id": "p", "op": "delete"},
        {"seq": 10, "entity": "message", "id": "M9", "op": "upsert", "data": {"id": "M9"}},
        {"seq": 11, "entity": "gizmo", "id": "G1", "op": "upsert", "data": {}},
        # Broken: no id, id not a string, upsert without an object, unknown op, not an object.
        {"entity": "client", "op": "upsert", "data": {}},
        {"entity": "client", "id": 5, "op": "upsert", "data": {}},
        {"entity": "client", "id": "U2", "op": "upsert", "data": None},
        {"entity": "client", "id": "U2", "op": "merge", "data": {}},
        "junk",
    ]
    fast, bad = prepare_raw(raw)
    changes = [c for c in map(feed_change, raw) if c is not None]
    slow = prepare(changes)
    assert fast.upserts == slow.upserts
    assert fast.deletes == slow.deletes
    assert fast.touched == slow.touched
    assert bad == raw[-5:]
    assert fast.count == len(changes) - 1  # the unknown entity is ignored, not an error


def test_prepared_rows_hold_the_same_json(cache: Cache) -> None:
    from vipclient.store.apply import prepare_raw

    data = client_json("U1", "Zoë \"Z\" 王", tags=["a", "b"], volume_30d_usd="1e3")
    prepared, _ = prepare_raw([{"entity": "client", "id": "U1", "op": "upsert", "version": 4,
                                "data": data}])
    with cache.session() as s:
        apply_changes(s, prepared)
    with cache.read_session() as s:
        row = s.get(ClientRow, "U1")
        assert row is not None and json.loads(row.data) == data and row.version == 4
        assert row.volume_30d_usd == 1000.0 and row.tags == ",a,b,"
        assert row.data == json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def test_rows_written_in_batches_equal_rows_written_one_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Multi-row statements (with a remainder, a repeated id and tickets copying their
    client's tier) leave exactly the rows that one statement per row leaves."""
    from vipclient.store import apply as apply_module

    def load(name: str, per: int) -> dict[str, list[tuple[object, ...]]]:
        monkeypatch.setattr(apply_module, "ROWS_PER_STATEMENT", per)
        cache = Cache.open(tmp_path / f"{name}.sqlite3")
        try:
            with cache.session() as s:
                apply_changes(s, [upsert("client", client_json(f"U{n}", f"Client {n}",
                                                               tier=f"VIP{n % 10 + 1}"))
                                  for n in range(23)])
                changes = [upsert("ticket", ticket_json(f"T{n}", f"U{n % 23}", f"Subject {n}"))
                           for n in range(40)]
                # The same ticket again, newer, in the same batch: the later version wins.
                changes.insert(5, upsert("ticket", ticket_json("T3", "U3", "Changed", version=2)))
                apply_changes(s, changes)
            with cache.read_session() as s:
                return {t: [tuple(r) for r in s.execute(text(f"SELECT * FROM {t} ORDER BY 1"))]
                        for t in ("clients", "tickets")}
        finally:
            cache.close()

    one_by_one = load("single", 1)
    assert load("batched", 7) == one_by_one
    assert any(r[0] == "T3" and "Changed" in r for r in one_by_one["tickets"])
    assert all(r[2] is not None for r in one_by_one["tickets"])  # client_tier copied
