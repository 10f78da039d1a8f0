"""The Requests section's reads and commands over a real cache (no server)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from tests.support.requests import NOW, policies, request_json
from tests.support.screens import STAFF, apply, client_json
from tests.support.sync import upsert
from vipclient.domain.enums import FeeScope
from vipclient.domain.request_drafts import fee_draft
from vipclient.services.requests import (
    Preview,
    RequestFilter,
    RequestsService,
    is_request_creation,
    preview_of,
)
from vipclient.store import outbox as ob
from vipclient.store.cache import Cache


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    c = Cache.open(tmp_path / "c.sqlite3")
    apply(c, *(upsert("staff", dict(s, version=1)) for s in STAFF),
          upsert("client", client_json("U1", "王小明", tier=1, manager_id="S1")),
          upsert("client", client_json("U2", "Anna Smith", tier=8, manager_id="S2")),
          *policies(),
          upsert("fee_request", request_json("fee_request", "FR1", "U1", requester="S1")),
          upsert("fee_request", request_json(
              "fee_request", "FR2", "U2", requester="S2", created=NOW + timedelta(minutes=1))),
          upsert("withdrawal_request", request_json(
              "withdrawal_request", "WR1", "U1", requester="S1", rule_id="wd-limit-large",
              approver_role="security_officer", created=NOW + timedelta(minutes=2))),
          upsert("api_access_request", request_json(
              "api_access_request", "AR1", "U2", requester="S2", status="applied",
              rule_id="api-standard", approver_role=None, created=NOW + timedelta(minutes=3))),
          upsert("fee_request", request_json(
              "fee_request", "FR3", "U2", requester="S2", created=NOW + timedelta(minutes=4),
              approvals=[{"staff_id": "S3", "decision": "approve", "comment": "",
                          "at": "2026-11-25T10:00:00Z"}])))
    yield c
    c.close()


def test_the_tabs(cache: Cache) -> None:
    service = RequestsService(cache)
    alice = service.index("S1", ["account_manager"], RequestFilter())
    assert alice.mine == ["withdrawal_request:WR1", "fee_request:FR1"]
    assert alice.awaiting == []  # no approver role
    assert alice.all[0] == "fee_request:FR3" and len(alice.all) == 5
    carol = service.index("S3", ["supervisor"], RequestFilter())
    # Pending, a supervisor's to decide, not hers, not decided by her already.
    assert carol.awaiting == ["fee_request:FR2", "fee_request:FR1"]
    dave = service.index("S4", ["security_officer"], RequestFilter())
    assert dave.awaiting == ["withdrawal_request:WR1"]


@pytest.mark.parametrize(("filt", "expected"), [
    (RequestFilter(client="王"), {"fee_request:FR1", "withdrawal_request:WR1"}),
    (RequestFilter(client="U2", entity="fee_request"), {"fee_request:FR2", "fee_request:FR3"}),
    (RequestFilter(status="applied"), {"api_access_request:AR1"}),
    (RequestFilter(requester_id="S1"), {"fee_request:FR1", "withdrawal_request:WR1"}),
    (RequestFilter(since="2026-11-25T09:02:00Z", until="2026-11-25T09:04:00Z"),
     {"withdrawal_request:WR1", "api_access_request:AR1"}),
])
def test_all_with_filters(cache: Cache, filt: RequestFilter, expected: set[str]) -> None:
    assert set(RequestsService(cache).index("S1", [], filt).all) == expected


def test_rows_and_detail(cache: Cache) -> None:
    service = RequestsService(cache)
    rows = service.rows(["fee_request:FR1", "api_access_request:AR1", "nonsense", "x:y"])
    assert set(rows) == {"fee_request:FR1", "api_access_request:AR1"}
    fr1 = rows["fee_request:FR1"]
    assert (fr1.client_name, fr1.client_tier, fr1.requester_name) == ("王小明", 1, "Alice Chen")
    assert fr1.data["maker_bps"] == "3" and not fr1.local
    detail = service.detail("fee_request:FR1")
    assert detail is not None and detail.client["uid"] == "U1"
    assert detail.staff_names["S3"] == "Carol Díaz" and detail.actions == []


def test_policies_in_the_servers_order(cache: Cache) -> None:
    service = RequestsService(cache)
    served = service.policies()
    assert served.rules is not None and served.problem is None and not served.order_known
    ids = [r.id for r in served.rules]
    service.set_policy_order(list(reversed(ids)))
    again = service.policies()
    assert again.order_known and [r.id for r in again.rules or []] == list(reversed(ids))
    # A rule the desk cannot judge: no preview rather than a wrong one.
    apply(cache, upsert("policy", {"id": "odd", "applies_to": "fee_request", "action": "allow",
                                   "when": {"moon_phase": "full"}, "version": 1}))
    broken = service.policies()
    assert broken.rules is None and "moon_phase" in (broken.problem or "")


def test_submit_shows_the_request_at_once_and_sends_it_once(cache: Cache) -> None:
    service = RequestsService(cache)
    client = service.client("U1")
    assert client is not None and str(client.tier) == "VIP1"
    draft = fee_draft(client, "9", "15", FeeScope.SPOT, NOW + timedelta(days=30),
                      "Volume doubled this quarter.", NOW)
    assert draft.ok, draft.problems
    served = service.policies()
    preview = preview_of(served, draft.facts)
    assert preview == Preview("fee-deep", "require_approval")
    oid = service.submit(draft, "S1", "Fee request for 王小明", preview)
    mine = service.index("S1", [], RequestFilter()).mine
    local = [k for k in mine if k.startswith("fee_request:local-")]
    assert len(local) == 1 and service.rows(local)[local[0]].local
    with cache.read_session() as s:
        row = ob.get(s, oid)
        assert row is not None and row.kind == "fee_request.create" and is_request_creation(
            row.kind)
        assert row.path == "/fee-requests" and ob.body_of(row)["maker_bps"] == "9"
        assert row.entity_id == local[0].partition(":")[2]
    # Refused with a message per field: the form is opened again with them.
    with cache.session() as s:
        ob.mark_failed(s, oid, "refused", 422, problem={"errors": [
            {"field": "reason", "message": "Write a reason of 10 to 2000 characters."}]})
    kind, body, fields = service.failed_creation(oid) or ("", {}, {})
    assert kind == "fee_request" and body["taker_bps"] == "15"
    assert fields == {"reason": "Write a reason of 10 to 2000 characters."}
    assert service.settled_previews() == []  # a refused row's preview is dropped
    # Sent again corrected: the refused row goes in the same transaction.
    again = service.submit(draft, "S1", "Fee request for 王小明", preview, replaces=oid)
    with cache.read_session() as s:
        assert ob.get(s, oid) is None and ob.get(s, again) is not None


def test_decisions_and_cancel_are_outbox_rows(cache: Cache) -> None:
    service = RequestsService(cache)
    approve = service.decide("fee_request:FR2", "approve", "  fine  ", "Approve FR2")
    cancel = service.cancel("fee_request:FR1", "Cancel FR1")
    with cache.read_session() as s:
        a, c = ob.get(s, approve), ob.get(s, cancel)
        assert a is not None and a.path == "/fee-requests/FR2/approve"
        assert ob.body_of(a) == {"comment": "fine"}
        assert c is not None and c.path == "/fee-requests/FR1/cancel"
    # The cancel shows at once; the approval shows as an action on its way.
    assert service.rows(["fee_request:FR1"])["fee_request:FR1"].status == "cancelled"
    detail = service.detail("fee_request:FR2")
    assert detail is not None and [x.kind for x in detail.actions] == ["fee_request.approve"]
    with pytest.raises(ValueError):
        service.decide("fee_request:FR2", "delete", "", "")
