"""Fee and withdrawal requests over real HTTP: order of checks, policies, maker-checker."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from tests.support.desk import Desk, StaffSession, managed_clients, sandbox_desk
from vipclient.domain.enums import PolicyAction, RequestKind, Role
from vipclient.domain.money import to_wire
from vipclient.domain.policy import (
    DEFAULT_POLICIES,
    Conditions,
    PolicyRule,
    tier_fees,
)

# One sandbox per module: keep the module on one xdist worker.
pytestmark = pytest.mark.xdist_group("h2-requests_maker_checker")

@pytest.fixture(scope="module")
def env() -> Iterator[tuple[Any, Desk]]:
    with sandbox_desk(clients=24) as pair:
        yield pair


@pytest.fixture
def desk(env: tuple[Any, Desk]) -> Desk:
    return env[1]


def fee_body(desk: Desk, client: dict[str, Any], off_pct: int, **extra: Any) -> dict[str, Any]:
    """A fee request ``off_pct`` % below the client's tier on the taker side."""
    rates = tier_fees(client["tier"])
    taker = rates.taker_bps * (100 - off_pct) / 100
    body = {
        "client_uid": client["uid"], "maker_bps": to_wire(min(rates.maker_bps, taker)),
        "taker_bps": to_wire(taker.quantize(Decimal("0.01"))), "scope": "all",
        "valid_until": desk.future(days=30), "reason": "Client moves volume from a competitor.",
    }
    return body | extra


def client_of(session: StaffSession, index: int = 0) -> dict[str, Any]:
    clients = managed_clients(session, max_level=7)
    assert len(clients) > index, "the demo book should give alice a few active clients"
    return clients[index]


def test_within_band_applies_at_once_and_sets_a_custom_schedule(desk: Desk) -> None:
    alice = desk.login("alice")
    client = client_of(alice, 0)
    body = fee_body(desk, client, 10)
    r = alice.post("/fee-requests", body)
    assert r.status == 201, r.body
    assert r.body["status"] == "applied" and r.body["rule_id"] == "fee-within-band"
    assert r.body["approvals"] == [] and r.body["requester_id"] == alice.id
    after = alice.get(f"/clients/{client['uid']}").body
    assert after["fee_schedule"] == {
        "maker_bps": body["maker_bps"], "taker_bps": body["taker_bps"], "source": "custom",
        "expires_at": body["valid_until"],
    }


def test_role_is_checked_before_the_body(desk: Desk) -> None:
    dave = desk.login("dave")  # security officer only
    r = dave.post("/fee-requests", {"nonsense": True})
    assert r.status == 403, r.body
    r = dave.post("/withdrawal-requests", {})
    assert r.status == 403


def test_validation_names_every_bad_field_before_existence(desk: Desk) -> None:
    alice = desk.login("alice")
    r = alice.post("/fee-requests", {
        "client_uid": "U99999999", "maker_bps": "3.333", "taker_bps": "2", "scope": "all",
        "valid_until": "2020-01-01T00:00:00Z", "reason": "short",
    })
    assert r.status == 422, r.body
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.problem_fields == {"maker_bps", "valid_until", "reason"}
    r = alice.post("/fee-requests", {
        "client_uid": "U99999999", "maker_bps": "3", "taker_bps": "2", "scope": "all",
        "valid_until": desk.future(days=400), "reason": "A reason long enough.",
    })
    assert r.status == 422 and r.problem_fields == {"maker_bps", "valid_until"}
    r = alice.post("/fee-requests", {
        "client_uid": "U99999999", "maker_bps": 2.5, "taker_bps": "3", "scope": "all",
        "valid_until": desk.future(days=3), "reason": "A reason long enough.",
    })
    assert r.status == 422 and r.problem_fields == {"maker_bps"}  # a float, not a string
    client = client_of(alice, 0)
    r = alice.post("/withdrawal-requests", {
        "client_uid": client["uid"], "kind": "expedite", "asset": "BTC",
        "amount": "0.000000001", "reason": "A reason long enough.",
    })
    assert r.status == 422 and r.problem_fields == {"amount", "withdrawal_id"}
    r = alice.post("/withdrawal-requests", {
        "client_uid": client["uid"], "kind": "limit_increase", "asset": "BTC", "amount": "1",
        "reason": "A reason long enough.",
    })
    assert r.status == 422 and r.problem_fields == {"asset", "valid_until"}
    r = alice.post("/fee-requests", fee_body(desk, {"uid": "U99999999", "tier": "VIP1"}, 5))
    assert r.status == 404


def test_a_manager_may_only_request_for_their_own_clients(desk: Desk) -> None:
    alice, bob = desk.login("alice"), desk.login("bob")
    theirs = client_of(bob, 0)
    r = alice.post("/fee-requests", fee_body(desk, theirs, 10))
    assert r.status == 403 and r.body["type"].endswith("/not-your-client")
    carol = desk.login("carol")  # a supervisor may request for any client
    r = carol.post("/fee-requests", fee_body(desk, theirs, 10))
    assert r.status == 201, r.body


def test_blocked_policy_names_the_rule_and_never_asks_for_a_code(desk: Desk) -> None:
    alice = desk.login("alice")
    client = client_of(alice, 0)
    body = fee_body(desk, client, 95) | {"maker_bps": "0.25"}  # below the floor
    r = alice.post("/fee-requests", body)
    assert r.status == 403, r.body
    assert r.body["rule_id"] == "fee-floor" and "WWW-Authenticate" not in r.headers
    r = alice.post("/withdrawal-requests", {
        "client_uid": client["uid"], "kind": "expedite", "asset": "BTC", "amount": "1000",
        "withdrawal_id": "W-1", "reason": "Margin call on another venue.",
    })
    assert r.status == 403 and r.body["rule_id"] is None  # nothing matched: blocked


def test_maker_checker_self_approval_role_and_application(desk: Desk) -> None:
    alice, carol, dave = desk.login("alice"), desk.login("carol"), desk.login("dave")
    client = client_of(alice, 1)
    r = alice.post("/fee-requests", fee_body(desk, client, 50))
    assert r.status == 201 and r.body["status"] == "pending_approval", r.body
    assert (r.body["rule_id"], r.body["approvals_required"]) == ("fee-deep", 1)
    assert r.body["expires_at"] is not None
    rid = r.body["id"]
    assert alice.post(f"/fee-requests/{rid}/approve", {"comment": "me"}).status == 403
    assert dave.post(f"/fee-requests/{rid}/approve", {}).status == 403  # not a supervisor
    own = carol.post("/fee-requests", fee_body(desk, client, 50))
    assert own.status == 201
    selfie = carol.post(f"/fee-requests/{own.body['id']}/approve", {"comment": "mine"})
    assert selfie.status == 403 and selfie.body["type"].endswith("/self-approval")
    # The approver is whoever the token says; a body naming someone is refused outright.
    assert carol.post(f"/fee-requests/{rid}/approve", {"staff_id": dave.id}).status == 422
    ok = carol.post(f"/fee-requests/{rid}/approve", {"comment": "Volume checked."})
    assert ok.status == 200, ok.body
    assert ok.body["status"] == "applied"
    (approval,) = ok.body["approvals"]
    assert approval["staff_id"] == carol.id and approval["decision"] == "approve"
    assert approval["comment"] == "Volume checked."
    after = alice.get(f"/clients/{client['uid']}").body["fee_schedule"]
    assert after["source"] == "custom" and after["taker_bps"] == r.body["taker_bps"]
    again = carol.post(f"/fee-requests/{rid}/approve", {})
    assert again.status == 409  # already applied


def test_one_person_counts_once(env: tuple[Any, Desk]) -> None:
    srv, desk = env
    from vipclient.sandbox.routes.policies import replace_policies

    two = PolicyRule("fee-two-approvals", RequestKind.FEE_REQUEST,
                     PolicyAction.REQUIRE_APPROVAL, Conditions(), 2, Role.SUPERVISOR, False, 24)
    with srv.sandbox.transaction() as s:
        replace_policies(s, [two])
    try:
        alice, carol = desk.login("alice"), desk.login("carol")
        r = alice.post("/fee-requests", fee_body(desk, client_of(alice, 1), 5))
        assert r.status == 201 and r.body["approvals_required"] == 2, r.body
        first = carol.post(f"/fee-requests/{r.body['id']}/approve", {})
        assert first.status == 200 and first.body["status"] == "pending_approval"
        second = carol.post(f"/fee-requests/{r.body['id']}/approve", {})
        assert second.status == 409 and "once" in second.body["detail"]
        assert len(alice.get(f"/fee-requests/{r.body['id']}").body["approvals"]) == 1
    finally:
        with srv.sandbox.transaction() as s:
            replace_policies(s, DEFAULT_POLICIES)


def test_racing_decisions_apply_once(desk: Desk) -> None:
    """Approvals and a rejection sent at the same moment: exactly one decides the request."""
    from concurrent.futures import ThreadPoolExecutor

    alice, carol = desk.login("alice"), desk.login("carol")
    client = client_of(alice, 1)
    rid = alice.post("/fee-requests", fee_body(desk, client, 55)).body["id"]
    verdicts = ["approve", "approve", "reject", "approve", "reject", "approve"]
    with ThreadPoolExecutor(len(verdicts)) as pool:
        answers = list(pool.map(
            lambda v: carol.post(f"/fee-requests/{rid}/{v}", {"comment": v}), verdicts
        ))
    assert sorted(a.status for a in answers) == [200] + [409] * (len(verdicts) - 1)
    final = carol.get(f"/fee-requests/{rid}").body
    assert len(final["approvals"]) == 1
    assert final["status"] == ("applied" if final["approvals"][0]["decision"] == "approve"
                               else "rejected")
    events = carol.get("/audit", target=rid, limit=1000).body["items"]
    decided = [e for e in events if e["action"].endswith((".approve", ".reject"))]
    assert len(decided) == 1


def test_one_rejection_ends_it_and_only_the_requester_cancels(desk: Desk) -> None:
    alice, carol = desk.login("alice"), desk.login("carol")
    client = client_of(alice, 1)
    r = alice.post("/fee-requests", fee_body(desk, client, 60))
    rid = r.body["id"]
    rej = carol.post(f"/fee-requests/{rid}/reject", {"comment": "Too deep for this volume."})
    assert rej.status == 200 and rej.body["status"] == "rejected"
    assert rej.body["approvals"][0]["decision"] == "reject"
    assert carol.post(f"/fee-requests/{rid}/approve", {}).status == 409
    w = alice.post("/withdrawal-requests", {
        "client_uid": client["uid"], "kind": "limit_increase", "asset": "USD",
        "amount": "900000", "valid_until": desk.future(days=7),
        "reason": "OTC settlement needs a larger daily limit.",
    })
    assert w.status == 201 and w.body["rule_id"] == "wd-limit", w.body
    assert carol.post(f"/withdrawal-requests/{w.body['id']}/cancel").status == 403
    c = alice.post(f"/withdrawal-requests/{w.body['id']}/cancel")
    assert c.status == 200 and c.body["status"] == "cancelled"
    assert alice.post(f"/withdrawal-requests/{w.body['id']}/cancel").status == 409


def test_step_up_challenge_then_the_same_key_succeeds(desk: Desk) -> None:
    alice, carol = desk.login("alice"), desk.login("carol")
    client = client_of(alice, 2)
    body = fee_body(desk, client, 90)
    r = alice.post("/fee-requests", body)
    assert r.status == 401, r.body
    challenge = r.headers["WWW-Authenticate"]
    assert 'error="insufficient_user_authentication"' in challenge
    assert 'acr_values="totp"' in challenge and "max_age=300" in challenge
    alice.step_up()
    ok = alice.post("/fee-requests", body, key=r.key)
    assert ok.status == 201 and ok.body["rule_id"] == "fee-extreme", ok.body
    assert ok.body["step_up"] is True
    replay = alice.post("/fee-requests", body, key=r.key)
    assert replay.status == 201 and replay.body["id"] == ok.body["id"]
    assert replay.headers.get("Idempotent-Replayed") == "true"
    rid = ok.body["id"]
    a = carol.post(f"/fee-requests/{rid}/approve", {"comment": "Agreed with sales."})
    assert a.status == 401 and "insufficient_user_authentication" in a.headers["WWW-Authenticate"]
    carol.step_up()
    a2 = carol.post(f"/fee-requests/{rid}/approve", {"comment": "Agreed with sales."}, key=a.key)
    assert a2.status == 200 and a2.body["status"] == "applied", a2.body
    assert a2.body["approvals"][0]["step_up"] is True


def test_a_stale_step_up_is_challenged_again(desk: Desk) -> None:
    alice = desk.login("alice")
    alice.step_up()
    desk.advance(301)
    body = fee_body(desk, client_of(alice, 2), 90)
    r = alice.post("/fee-requests", body)
    assert r.status == 401 and "max_age=300" in r.headers["WWW-Authenticate"], r.body
    alice.step_up()
    assert alice.post("/fee-requests", body, key=r.key).status == 201


def test_withdrawal_requests_expedite_and_limit_increase(desk: Desk) -> None:
    alice, carol, dave = desk.login("alice"), desk.login("carol"), desk.login("dave")
    client = client_of(alice, 2)
    exp = alice.post("/withdrawal-requests", {
        "client_uid": client["uid"], "kind": "expedite", "asset": "USDT", "amount": "1500.5",
        "withdrawal_id": "WD-778812", "reason": "Payroll for the client's company.",
    })
    assert exp.status == 201 and exp.body["status"] == "applied", exp.body
    assert exp.body["rule_id"] == "wd-expedite" and exp.body["withdrawal_id"] == "WD-778812"
    body = {
        "client_uid": client["uid"], "kind": "limit_increase", "asset": "USD",
        "amount": "2000000", "valid_until": desk.future(days=10),
        "reason": "Fund redemptions must leave within 24 h.",
    }
    lower = alice.post("/withdrawal-requests", body | {"amount": "1"})
    assert lower.status == 409 and lower.body["type"].endswith("/not-an-increase"), lower.body
    alice.step_up()
    big = alice.post("/withdrawal-requests", body)
    assert big.status == 201 and big.body["rule_id"] == "wd-limit-large", big.body
    assert big.body["approver_role"] == "security_officer"
    assert carol.post(f"/withdrawal-requests/{big.body['id']}/approve", {}).status == 403
    dave.step_up()
    ok = dave.post(f"/withdrawal-requests/{big.body['id']}/approve", {"comment": "Docs on file."})
    assert ok.status == 200 and ok.body["status"] == "applied", ok.body
    assert alice.get(f"/clients/{client['uid']}").body["withdrawal_limit_24h_usd"] == "2000000"


def test_frozen_client_is_a_conflict_before_policy(desk: Desk) -> None:
    alice, dave = desk.login("alice"), desk.login("dave")
    client = client_of(alice, 3)
    dave.step_up()
    f = dave.post(f"/clients/{client['uid']}/freeze",
                  {"scopes": ["withdrawals"], "reason_code": "suspicious_withdrawal"})
    assert f.status == 201, f.body
    r = alice.post("/fee-requests", fee_body(desk, client, 95) | {"maker_bps": "0.1"})
    assert r.status == 409 and r.body["type"].endswith("/client-frozen"), r.body


def test_lists_filter_and_page(desk: Desk) -> None:
    alice, carol = desk.login("alice"), desk.login("carol")
    client = client_of(alice, 4)
    made = [alice.post("/fee-requests", fee_body(desk, client, 40 + i)).body["id"]
            for i in range(3)]
    page = carol.get("/fee-requests", client_uid=client["uid"], requester_id=alice.id,
                     status="pending_approval", limit=2)
    assert page.status == 200 and page.body["has_more"] is True
    seen = [it["id"] for it in page.body["items"]]
    nxt = carol.get("/fee-requests", client_uid=client["uid"], requester_id=alice.id,
                    status="pending_approval", limit=2, cursor=page.body["next_cursor"])
    seen += [it["id"] for it in nxt.body["items"]]
    assert sorted(seen) == sorted(made) and nxt.body["has_more"] is False
    assert all(it["client_uid"] == client["uid"] for it in nxt.body["items"])
    assert carol.get("/fee-requests", cursor="garbage").status == 422
    assert carol.get("/fee-requests", status="nope").status == 422
    assert carol.get(f"/fee-requests/{made[0]}").body["id"] == made[0]
    assert carol.get("/fee-requests/FRnope").status == 404
    assert carol.get("/withdrawal-requests", limit=1).status == 200


def test_the_changes_feed_carries_request_and_client_changes(desk: Desk) -> None:
    alice, carol = desk.login("alice"), desk.login("carol")
    cursor = None
    while True:  # catch up to the end of the feed
        page = carol.get("/changes", limit=1000, **({"cursor": cursor} if cursor else {}))
        cursor = page.body["next_cursor"]
        if not page.body["has_more"]:
            break
    client = client_of(alice, 4)
    rid = alice.post("/fee-requests", fee_body(desk, client, 50)).body["id"]
    carol.post(f"/fee-requests/{rid}/approve", {"comment": "ok"})
    changes = carol.get("/changes", cursor=cursor, limit=1000).body["changes"]
    by_entity = {(c["entity"], c["id"]): c for c in changes}
    request = by_entity[("fee_request", rid)]
    assert request["data"]["status"] == "applied" and request["version"] == 2
    changed_client = by_entity[("client", client["uid"])]["data"]
    assert changed_client["fee_schedule"]["source"] == "custom"
