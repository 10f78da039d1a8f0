"""The clients service: every column sorts, the timeline is newest first, edits are queued
with the version they were based on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.support.screens import STAFF, apply, client_json, ticket_json, upsert
from vipclient.gui.clients.model import COLUMNS
from vipclient.services.clients import ClientFilter, ClientsService, normalise_tags
from vipclient.store.cache import Cache
from vipclient.store.models import OutboxRow


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    c = Cache.open(tmp_path / "c.sqlite3")
    apply(
        c,
        *(upsert("staff", dict(s, version=1)) for s in STAFF),
        upsert("client", client_json("U1", "王小明", tier=9, manager_id="S1", version=4,
                                     volume_30d_usd="10.00")),
        upsert("client", client_json("U2", "Anna Smith", tier=2, manager_id="S2",
                                     volume_30d_usd="900.00", kyc_level=None)),
        upsert("client", client_json("U3", "Bo", tier=5, manager_id=None,
                                     volume_30d_usd="50.00")),
        upsert("ticket", ticket_json("T1", "U1", created_at="2026-11-20T00:00:00Z")),
        upsert("fee_request", {"id": "F1", "client_uid": "U1", "status": "applied",
                               "maker_bps": "2", "taker_bps": "5",
                               "created_at": "2026-11-22T00:00:00Z", "version": 1}),
        upsert("withdrawal_request", {"id": "W1", "client_uid": "U1",
                                      "status": "pending_approval", "kind": "expedite",
                                      "asset": "BTC", "amount": "1.5",
                                      "created_at": "2026-11-21T00:00:00Z", "version": 1}),
    )
    yield c
    c.close()


@pytest.mark.parametrize("key", [k for k, _ in COLUMNS])
def test_every_column_sorts_both_ways(cache: Cache, key: str) -> None:
    svc = ClientsService(cache)
    up = svc.ids(ClientFilter(), key, False)
    down = svc.ids(ClientFilter(), key, True)
    assert sorted(up) == sorted(down) == ["U1", "U2", "U3"]
    if key in ("tier", "volume_30d_usd", "display_name"):
        assert up == list(reversed(down))
    if key == "volume_30d_usd":
        assert up == ["U1", "U3", "U2"]  # numbers, not text


def test_timeline_is_newest_first_across_kinds(cache: Cache) -> None:
    items = ClientsService(cache).timeline("U1")
    assert [(i.kind, i.id) for i in items] == [
        ("fee_request", "F1"), ("withdrawal_request", "W1"), ("ticket", "T1")]
    assert items[0].title == "2 / 5 bps"
    assert items[1].title == "expedite 1.5 BTC"


def test_notes_edit_is_queued_with_if_match_and_shown_at_once(cache: Cache) -> None:
    svc = ClientsService(cache)
    oid = svc.save_notes_tags("U1", "Calls after 18:00", [" otc ", "vip,gold", "otc", ""])
    with cache.read_session() as s:
        row = s.scalars(select(OutboxRow).where(OutboxRow.id == oid)).one()
    assert (row.method, row.path, row.if_match) == ("PATCH", "/clients/U1", "4")
    assert json.loads(row.body or "") == {"notes": "Calls after 18:00",
                                          "tags": ["otc", "vip gold"]}
    profile = svc.profile("U1")
    assert profile is not None
    assert profile.get("notes") == "Calls after 18:00" and profile.unsent_edits == 1
    assert svc.conflicts("U1") == []
    assert normalise_tags(["a", " a ", "b,c"]) == ["a", "b c"]
