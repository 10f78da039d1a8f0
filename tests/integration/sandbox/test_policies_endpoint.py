"""``GET /policies`` serves the enforced rules; the client's evaluation of them agrees with the
server, and time-based endings (request expiry, fee and limit fall-back) follow the clock."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
import requests

from tests.support.desk import Desk, managed_clients, sandbox_desk
from vipclient.domain.money import to_wire
from vipclient.domain.policy import (
    DEFAULT_POLICIES,
    RequestFacts,
    evaluate,
    rules_from_json,
    tier_fees,
)

# One sandbox per module: keep the module on one xdist worker.
pytestmark = pytest.mark.xdist_group("h2-policies_endpoint")

@pytest.fixture(scope="module")
def env() -> Iterator[tuple[Any, Desk]]:
    with sandbox_desk(clients=20) as pair:
        yield pair


def test_policies_are_the_defaults_in_order_and_page(env: tuple[Any, Desk]) -> None:
    srv, desk = env
    assert requests.get(f"{srv.base_url}/api/v1/policies", timeout=10).status_code == 401
    alice = desk.login("alice")
    page = alice.get("/policies")
    assert page.status == 200 and page.body["has_more"] is False
    assert tuple(rules_from_json(page.body["items"])) == DEFAULT_POLICIES
    assert page.body["items"][4]["when"] == {"kind": "expedite", "usd_amount_lte": "250000"}
    first = alice.get("/policies", limit=3)
    assert first.body["has_more"] is True and len(first.body["items"]) == 3
    rest = alice.get("/policies", limit=10, cursor=first.body["next_cursor"])
    ids = [p["id"] for p in first.body["items"] + rest.body["items"]]
    assert ids == [r.id for r in DEFAULT_POLICIES]


def test_client_side_evaluation_agrees_with_the_server(env: tuple[Any, Desk]) -> None:
    _srv, desk = env
    carol = desk.login("carol")
    rules = rules_from_json(carol.get("/policies").body["items"])
    client = managed_clients(desk.login("alice"))[0]
    rates = tier_fees(client["tier"])
    carol.step_up()  # good for 300 s of sandbox time; nothing below moves the clock
    seen = set()
    for off_pct in (0, 20, 25, 26, 60, 75, 80, 97):
        maker = (rates.maker_bps * (100 - off_pct) / 100).quantize(Decimal("0.01"))
        body = {"client_uid": client["uid"], "maker_bps": to_wire(maker),
                "taker_bps": to_wire(rates.taker_bps), "scope": "spot",
                "valid_until": desk.future(days=20), "reason": "Checking the policy preview."}
        expected = evaluate(rules, RequestFacts.fee(client["tier"], maker, rates.taker_bps))
        r = carol.post("/fee-requests", body)
        seen.add(expected.rule_id)
        if expected.rule is None or expected.action.value == "block":
            assert r.status == 403 and r.body["rule_id"] == expected.rule_id, off_pct
        else:
            assert r.status == 201, r.body
            assert r.body["rule_id"] == expected.rule_id, off_pct
            assert r.body["approvals_required"] == expected.approvals_required
    assert {"fee-within-band", "fee-deep", "fee-extreme"} <= seen


def test_expiry_and_fall_back_follow_the_sandbox_clock(env: tuple[Any, Desk]) -> None:
    """Runs last in this module: it moves the clock two days on."""
    _srv, desk = env
    alice, carol = desk.login("alice"), desk.login("carol")
    client = managed_clients(alice, max_level=7)[0]
    uid = client["uid"]
    before = alice.get(f"/clients/{uid}").body
    rates = tier_fees(client["tier"])
    pending = alice.post("/fee-requests", {
        "client_uid": uid, "maker_bps": to_wire(rates.maker_bps / 2),
        "taker_bps": to_wire(rates.taker_bps), "scope": "all",
        "valid_until": desk.future(days=30), "reason": "Waits for a supervisor.",
    })
    assert pending.body["rule_id"] == "fee-deep"  # expires after 48 h
    band = alice.post("/fee-requests", {
        "client_uid": uid, "maker_bps": to_wire(rates.maker_bps * Decimal("0.9")),
        "taker_bps": to_wire(rates.taker_bps), "scope": "all",
        "valid_until": desk.future(hours=24), "reason": "Custom rate for one day.",
    })
    assert band.body["status"] == "applied"
    limit = alice.post("/withdrawal-requests", {
        "client_uid": uid, "kind": "limit_increase", "asset": "USD", "amount": "750000",
        "valid_until": desk.future(hours=30), "reason": "Month-end treasury move.",
    })
    carol.post(f"/withdrawal-requests/{limit.body['id']}/approve", {"comment": "ok"})
    raised = alice.get(f"/clients/{uid}").body
    assert raised["withdrawal_limit_24h_usd"] == "750000"
    assert raised["fee_schedule"]["source"] == "custom"

    desk.advance(49 * 3600)
    carol = desk.login("carol")  # the earlier tokens have expired meanwhile
    expired = carol.get(f"/fee-requests/{pending.body['id']}").body
    assert expired["status"] == "expired" and expired["expires_at"] is None
    after = carol.get(f"/clients/{uid}").body
    assert after["fee_schedule"] == {
        "maker_bps": to_wire(rates.maker_bps), "taker_bps": to_wire(rates.taker_bps),
        "source": "tier", "expires_at": None,
    }
    assert after["withdrawal_limit_24h_usd"] == before["withdrawal_limit_24h_usd"]
    audit = carol.get("/audit", target=pending.body["id"]).body["items"]
    assert [e["action"] for e in audit][-1] == "fee_request.expire"


def test_an_unseeded_database_gets_the_default_rules_once() -> None:
    """A database made without the bulk seed still enforces the contract's rules."""
    from sqlalchemy import select

    from vipclient.sandbox.core import Sandbox
    from vipclient.sandbox.db import Change, Database
    from vipclient.sandbox.routes.policies import load_rules, replace_policies

    db = Database("sqlite://")
    db.create_all()
    sb = Sandbox(db)
    with sb.transaction() as s:
        assert tuple(load_rules(s)) == DEFAULT_POLICIES
    with sb.transaction() as s:
        assert tuple(load_rules(s)) == DEFAULT_POLICIES  # not seeded twice
        changes = s.scalars(select(Change).where(Change.entity == "policy")).all()
        assert sorted(c.entity_id for c in changes) == sorted(r.id for r in DEFAULT_POLICIES)
        assert {c.version for c in changes} == {1}
        replace_policies(s, DEFAULT_POLICIES[:2])
    with sb.read() as s:
        assert [r.id for r in load_rules(s)] == ["fee-within-band", "fee-floor"]
        ops = {c.entity_id: c.op for c in s.scalars(select(Change))}
        assert ops["fee-deep"] == "delete" and ops["fee-floor"] == "upsert"
    db.dispose()
