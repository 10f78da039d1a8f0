"""API-access requests (v1.1) over real HTTP: every default rule, every refusal, maker-checker,
step-up, idempotency, the feed and the audit. Time-based endings are in
``test_api_access_endings.py`` (they move the sandbox clock by days)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.support.desk import Desk, StaffSession, managed_clients, sandbox_desk
from vipclient.domain.networks import diff_whitelists

# One sandbox per module: keep the module on one xdist worker.
pytestmark = pytest.mark.xdist_group("sb-api-access-requests")

REASON = "Client's trading desk asked for it in writing."
NETS = ["203.0.113.0/24", "2001:db8:1::/48"]


@pytest.fixture(scope="module")
def env() -> Iterator[tuple[Any, Desk]]:
    with sandbox_desk(clients=24) as pair:
        yield pair


@pytest.fixture
def desk(env: tuple[Any, Desk]) -> Desk:
    return env[1]


_handed_out: set[str] = set()


def fresh_client(session: StaffSession,
                 fits: Callable[[dict[str, Any]], bool] = lambda c: True) -> dict[str, Any]:
    """One of ``session``'s active clients no other test of this module has used yet, and
    with no API-access request of the demo book (a seeded one would join the lists)."""
    for client in managed_clients(session):
        if client["uid"] in _handed_out or not fits(client):
            continue
        if session.get("/api-access-requests", client_uid=client["uid"]).body["items"]:
            continue
        _handed_out.add(client["uid"])
        return client
    raise AssertionError(f"no fresh client of {session.username} fits")


def level(client: dict[str, Any]) -> int:
    return int(client["tier"][3:])


def body(client: dict[str, Any], rate: str, whitelist: list[str], **extra: Any
         ) -> dict[str, Any]:
    return {"client_uid": client["uid"], "rate_limit_tier": rate, "ip_whitelist": whitelist,
            "reason": REASON} | extra


def other_low_tier(client: dict[str, Any]) -> str:
    """standard or elevated, whichever the client does not have: the api-standard rule."""
    return "elevated" if client["api"]["rate_limit_tier"] == "standard" else "standard"


def audit_actions(session: StaffSession, target: str) -> list[str]:
    items = session.get("/audit", target=target, limit=1000).body["items"]
    return [e["action"] for e in items]


# --------------------------------------------------------------------------- the four rules


def test_api_standard_applies_at_once_and_sets_the_clients_api(desk: Desk) -> None:
    alice, carol = desk.login("alice"), desk.login("carol")
    client = fresh_client(alice, lambda c: not c["api"]["ip_whitelist"])
    rate = other_low_tier(client)
    r = alice.post("/api-access-requests", body(
        client, rate, [" 203.0.113.0/24", "2001:0DB8:0001::/48"]))
    assert r.status == 201, r.body
    assert r.body["status"] == "applied" and r.body["rule_id"] == "api-standard"
    assert r.body["approvals"] == [] and r.body["approvals_required"] == 0
    assert r.body["requester_id"] == alice.id and r.body["valid_until"] is None
    assert r.body["ip_whitelist"] == NETS  # canonical, in the order sent
    after = alice.get(f"/clients/{client['uid']}").body
    assert after["api"] == {"rate_limit_tier": rate, "ip_whitelist": NETS}
    assert after["version"] == client["version"] + 1
    assert audit_actions(carol, r.body["id"]) == ["api_access_request.create",
                                                  "api_access_request.apply"]
    entry = carol.get("/audit", target=r.body["id"]).body["items"][-1]
    assert entry["details"]["added"] == NETS and entry["details"]["removed"] == []


def test_api_high_tier_waits_for_a_supervisor(desk: Desk) -> None:
    alice, carol, dave = desk.login("alice"), desk.login("carol"), desk.login("dave")
    client = fresh_client(alice, lambda c: c["api"]["rate_limit_tier"] != "institutional")
    wanted = [*client["api"]["ip_whitelist"], "198.51.100.0/24"]
    wanted = [e if "/" in e else f"{e}/32" for e in wanted]
    r = alice.post("/api-access-requests", body(client, "institutional", wanted))
    assert r.status == 201, r.body
    assert (r.body["status"], r.body["rule_id"]) == ("pending_approval", "api-high-tier")
    assert r.body["approver_role"] == "supervisor" and r.body["step_up"] is False
    assert r.body["approvals_required"] == 1 and r.body["expires_at"] is not None
    rid = r.body["id"]
    assert alice.get(f"/clients/{client['uid']}").body["api"] == client["api"]  # not yet
    mine = alice.post(f"/api-access-requests/{rid}/approve", {"comment": "me"})
    assert mine.status == 403 and mine.body["type"].endswith("/missing-role")
    officer = dave.post(f"/api-access-requests/{rid}/approve", {})
    assert officer.status == 403 and officer.body["required_roles"] == ["supervisor"]
    ok = carol.post(f"/api-access-requests/{rid}/approve", {"comment": "Volume checked."})
    assert ok.status == 200 and ok.body["status"] == "applied", ok.body
    (approval,) = ok.body["approvals"]
    assert (approval["staff_id"], approval["decision"], approval["role"]) == (
        carol.id, "approve", "supervisor")
    api = alice.get(f"/clients/{client['uid']}").body["api"]
    assert api == {"rate_limit_tier": "institutional", "ip_whitelist": wanted}
    assert audit_actions(carol, rid) == ["api_access_request.create",
                                         "api_access_request.approve",
                                         "api_access_request.apply"]


def test_a_supervisor_cannot_approve_her_own_request(desk: Desk) -> None:
    carol = desk.login("carol")
    client = fresh_client(desk.login("bob"))
    r = carol.post("/api-access-requests", body(client, "institutional", NETS))
    assert r.status == 201 and r.body["rule_id"] == "api-high-tier", r.body
    selfie = carol.post(f"/api-access-requests/{r.body['id']}/approve", {"comment": "mine"})
    assert selfie.status == 403 and selfie.body["type"].endswith("/self-approval")


def test_market_maker_below_vip7_is_blocked_naming_the_rule(desk: Desk) -> None:
    alice, carol = desk.login("alice"), desk.login("carol")
    client = fresh_client(alice, lambda c: level(c) <= 6)
    r = alice.post("/api-access-requests", body(client, "market_maker", NETS))
    assert r.status == 403, r.body
    assert r.body["rule_id"] == "api-market-maker-low-tier"
    assert r.body["type"].endswith("/policy-block") and "WWW-Authenticate" not in r.headers
    blocks = [e for e in carol.get("/audit", actor=alice.id, limit=1000).body["items"]
              if e["action"] == "policy.block"]
    assert blocks[-1]["details"] == {"rule_id": "api-market-maker-low-tier",
                                     "kind": "api_access_request"}
    assert blocks[-1]["target"] == client["uid"]
    assert alice.get(f"/clients/{client['uid']}").body["api"] == client["api"]


def _with_a_whitelist(desk: Desk, session: StaffSession) -> dict[str, Any]:
    """A fresh client of ``session`` whose whitelist is not empty (set through api-standard
    where it is)."""
    client = fresh_client(session, lambda c: c["api"]["rate_limit_tier"] in ("standard",
                                                                              "elevated"))
    if not client["api"]["ip_whitelist"]:
        r = session.post("/api-access-requests", body(client, client["api"]["rate_limit_tier"],
                                                      ["192.0.2.16/28"]))
        assert r.status == 201 and r.body["status"] == "applied", r.body
    return dict(session.get(f"/clients/{client['uid']}").body)


def test_opening_the_whitelist_needs_step_up_and_a_security_officer(desk: Desk) -> None:
    alice, carol, dave = desk.login("alice"), desk.login("carol"), desk.login("dave")
    client = _with_a_whitelist(desk, alice)
    wanted = body(client, client["api"]["rate_limit_tier"], [])
    r = alice.post("/api-access-requests", wanted)
    assert r.status == 401, r.body  # step-up on the request
    challenge = r.headers["WWW-Authenticate"]
    assert 'error="insufficient_user_authentication"' in challenge and "max_age=300" in challenge
    alice.step_up()
    made = alice.post("/api-access-requests", wanted, key=r.key)
    assert made.status == 201, made.body
    assert (made.body["rule_id"], made.body["status"]) == ("api-open-whitelist",
                                                           "pending_approval")
    assert made.body["approver_role"] == "security_officer" and made.body["step_up"] is True
    rid = made.body["id"]
    assert carol.post(f"/api-access-requests/{rid}/approve", {}).status == 403
    a = dave.post(f"/api-access-requests/{rid}/approve", {"comment": "Keys rotated."})
    assert a.status == 401 and "insufficient_user_authentication" in a.headers[
        "WWW-Authenticate"]  # step-up on the approval
    dave.step_up()
    ok = dave.post(f"/api-access-requests/{rid}/approve", {"comment": "Keys rotated."}, key=a.key)
    assert ok.status == 200 and ok.body["status"] == "applied", ok.body
    assert ok.body["approvals"][0]["step_up"] is True
    assert alice.get(f"/clients/{client['uid']}").body["api"]["ip_whitelist"] == []


# --------------------------------------------------------------------------- refusals


def test_the_role_is_checked_before_the_body(desk: Desk) -> None:
    dave = desk.login("dave")  # a security officer only: may approve, never ask
    r = dave.post("/api-access-requests", {"nonsense": True})
    assert r.status == 403 and r.body["required_roles"] == ["account_manager", "supervisor"]


def test_every_bad_field_is_named_before_existence(desk: Desk) -> None:
    alice = desk.login("alice")
    whitelist = [
        "203.0.113.0/24",  # fine
        "203.0.113.7/24",  # host bits
        "2001:0db8::/32",  # fine
        "2001:db8::/32",  # the same network as [2]
        "0.0.0.0/0",
        "::/0",
        "198.51.100.7",  # a bare address
        "192.0.2.0/255.255.255.0",  # a dotted netmask
        "１９２.0.2.0/24",  # full-width digits
        "not a network",
    ]
    r = alice.post("/api-access-requests", {
        "client_uid": "U99999999", "rate_limit_tier": "turbo", "ip_whitelist": whitelist,
        "valid_until": "2020-01-01T00:00:00Z", "reason": "short",
    })
    assert r.status == 422, r.body
    assert r.headers["content-type"].startswith("application/problem+json")
    messages = {e["field"]: e["message"] for e in r.body["errors"]}
    assert set(messages) == {
        "rate_limit_tier", "ip_whitelist[1]", "ip_whitelist[3]", "ip_whitelist[4]",
        "ip_whitelist[5]", "ip_whitelist[6]", "ip_whitelist[7]", "ip_whitelist[8]",
        "ip_whitelist[9]", "valid_until", "reason",
    }
    assert "standard, elevated, institutional, market_maker" in messages["rate_limit_tier"]
    assert "203.0.113.0/24 for the whole network" in messages["ip_whitelist[1]"]
    assert "already in the list as 2001:0db8::/32" in messages["ip_whitelist[3]"]
    assert "leave the whitelist empty" in messages["ip_whitelist[4]"]
    assert "leave the whitelist empty" in messages["ip_whitelist[5]"]
    assert "198.51.100.7/32" in messages["ip_whitelist[6]"]
    assert "/24 for 255.255.255.0" in messages["ip_whitelist[7]"]
    assert "FULLWIDTH DIGIT ONE" in messages["ip_whitelist[8]"]
    assert "future" in messages["valid_until"] and "10 to 2000" in messages["reason"]


def test_more_than_twenty_networks_and_a_reason_too_long(desk: Desk) -> None:
    alice = desk.login("alice")
    client = managed_clients(alice)[0]
    r = alice.post("/api-access-requests", body(
        client, "elevated", [f"10.0.{n}.0/24" for n in range(21)], reason="x" * 2001,
        valid_until=desk.future(days=400)))
    assert r.status == 422, r.body
    messages = {e["field"]: e["message"] for e in r.body["errors"]}
    assert set(messages) == {"ip_whitelist", "reason", "valid_until"}
    assert "at most 20 networks; this one has 21" in messages["ip_whitelist"]
    assert "365 days" in messages["valid_until"]
    # Not strings, or absurdly many: the schema refuses them before any rule is read.
    assert alice.post("/api-access-requests", body(client, "elevated", [7])).status == 422
    huge = alice.post("/api-access-requests", body(client, "elevated", ["10.0.0.0/8"] * 101))
    assert huge.status == 422 and huge.problem_fields == {"ip_whitelist"}


def test_unknown_client_is_404_after_a_valid_body(desk: Desk) -> None:
    alice = desk.login("alice")
    r = alice.post("/api-access-requests", body({"uid": "U99999999"}, "elevated", NETS))
    assert r.status == 404, r.body


def test_a_request_that_changes_nothing_is_refused(desk: Desk) -> None:
    carol = desk.login("carol")
    clients = carol.get("/clients", limit=1000).body["items"]
    # Settings written before the strict form (a bare address) count as that one address.
    older = next(c for c in clients if c["status"] == "active" and any(
        "/" not in e for e in c["api"]["ip_whitelist"]))
    same = [e if "/" in e else f"{e}/32" for e in reversed(older["api"]["ip_whitelist"])]
    assert not diff_whitelists(older["api"]["ip_whitelist"], same).changed
    r = carol.post("/api-access-requests", body(older, older["api"]["rate_limit_tier"], same))
    assert r.status == 422, r.body
    assert r.problem_fields == {"rate_limit_tier", "ip_whitelist"}
    assert "changes nothing" in r.body["detail"]


def test_a_manager_asks_only_for_their_own_clients(desk: Desk) -> None:
    alice, carol = desk.login("alice"), desk.login("carol")
    theirs = fresh_client(desk.login("bob"), lambda c: not c["api"]["ip_whitelist"])
    rate = other_low_tier(theirs)
    r = alice.post("/api-access-requests", body(theirs, rate, NETS))
    assert r.status == 403 and r.body["type"].endswith("/not-your-client"), r.body
    denied = [e for e in carol.get("/audit", actor=alice.id, limit=1000).body["items"]
              if e["action"] == "access.denied"]
    assert denied[-1]["target"] == "/api/v1/api-access-requests"
    ok = carol.post("/api-access-requests", body(theirs, rate, NETS))  # a supervisor may
    assert ok.status == 201 and ok.body["status"] == "applied", ok.body


def test_a_frozen_client_is_a_conflict_before_the_policy(desk: Desk) -> None:
    alice, carol, dave = desk.login("alice"), desk.login("carol"), desk.login("dave")
    client = fresh_client(alice, lambda c: level(c) <= 6)
    pending = alice.post("/api-access-requests", body(client, "institutional", NETS))
    assert pending.status == 201 and pending.body["status"] == "pending_approval"
    dave.step_up()
    f = dave.post(f"/clients/{client['uid']}/freeze",
                  {"scopes": ["api"], "reason_code": "suspicious_withdrawal"})
    assert f.status == 201, f.body
    r = alice.post("/api-access-requests", body(client, "market_maker", NETS))
    assert r.status == 409 and r.body["type"].endswith("/client-frozen"), r.body
    late = carol.post(f"/api-access-requests/{pending.body['id']}/approve", {})
    assert late.status == 409 and late.body["type"].endswith("/client-frozen")


def test_illegal_transitions_and_who_may_cancel(desk: Desk) -> None:
    alice, carol = desk.login("alice"), desk.login("carol")
    client = fresh_client(alice)
    first = alice.post("/api-access-requests", body(client, "institutional", NETS)).body
    second = alice.post("/api-access-requests", body(client, "institutional", NETS[:1])).body
    applied = alice.post("/api-access-requests",
                         body(client, other_low_tier(client), NETS[1:])).body
    assert applied["status"] == "applied" and applied["approver_role"] is None
    # Applied at once by its rule: nobody holds a role to decide it, and it cannot be cancelled.
    assert carol.post(f"/api-access-requests/{applied['id']}/approve", {}).status == 403
    assert alice.post(f"/api-access-requests/{applied['id']}/cancel").status == 409
    other = carol.post(f"/api-access-requests/{first['id']}/cancel")
    assert other.status == 403 and other.body["type"].endswith("/not-requester")
    c = alice.post(f"/api-access-requests/{first['id']}/cancel")
    assert c.status == 200 and c.body["status"] == "cancelled" and c.body["expires_at"] is None
    again = alice.post(f"/api-access-requests/{first['id']}/cancel")
    assert again.status == 409 and again.body["status_now"] == "cancelled"
    rej = carol.post(f"/api-access-requests/{second['id']}/reject", {"comment": "Not now."})
    assert rej.status == 200 and rej.body["status"] == "rejected"
    assert carol.post(f"/api-access-requests/{second['id']}/approve", {}).status == 409
    third = alice.post("/api-access-requests", body(client, "institutional", NETS)).body
    assert carol.post(f"/api-access-requests/{third['id']}/approve", {}).status == 200
    done = carol.post(f"/api-access-requests/{third['id']}/reject", {})
    assert done.status == 409 and done.body["status_now"] == "applied"
    assert audit_actions(carol, first["id"])[-1] == "api_access_request.cancel"
    assert audit_actions(carol, second["id"])[-1] == "api_access_request.reject"
    assert carol.post("/api-access-requests/ARnope/approve", {}).status == 404


def test_a_replay_answers_the_same_and_a_changed_body_is_refused(desk: Desk) -> None:
    alice = desk.login("alice")
    client = fresh_client(alice)
    sent = body(client, "institutional", ["198.51.100.128/25"])
    first = alice.post("/api-access-requests", sent)
    assert first.status == 201, first.body
    replay = alice.post("/api-access-requests", sent, key=first.key)
    assert replay.status == 201 and replay.body == first.body
    assert replay.headers.get("Idempotent-Replayed") == "true"
    changed = alice.post("/api-access-requests", sent | {"reason": "Another reason, really."},
                         key=first.key)
    assert changed.status == 422
    listed = alice.get("/api-access-requests", client_uid=client["uid"],
                       requester_id=alice.id, status="pending_approval").body["items"]
    assert [it["id"] for it in listed].count(first.body["id"]) == 1
    carol = desk.login("carol")
    ok = carol.post(f"/api-access-requests/{first.body['id']}/approve", {"comment": "ok"})
    again = carol.post(f"/api-access-requests/{first.body['id']}/approve", {"comment": "ok"},
                       key=ok.key)
    assert again.status == 200 and again.body == ok.body
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert audit_actions(carol, first.body["id"]).count("api_access_request.apply") == 1


# --------------------------------------------------------------------------- reading


def test_lists_filter_and_page(desk: Desk) -> None:
    alice, carol = desk.login("alice"), desk.login("carol")
    client = fresh_client(alice)
    made = [alice.post("/api-access-requests", body(client, "institutional", [net])).body["id"]
            for net in ("192.0.2.0/28", "192.0.2.16/28", "192.0.2.32/28")]
    page = carol.get("/api-access-requests", client_uid=client["uid"], requester_id=alice.id,
                     status="pending_approval", limit=2)
    assert page.status == 200 and page.body["has_more"] is True
    seen = [it["id"] for it in page.body["items"]]
    nxt = carol.get("/api-access-requests", client_uid=client["uid"], requester_id=alice.id,
                    status="pending_approval", limit=2, cursor=page.body["next_cursor"])
    seen += [it["id"] for it in nxt.body["items"]]
    assert sorted(seen) == sorted(made) and nxt.body["has_more"] is False
    assert carol.get("/api-access-requests", cursor="garbage").status == 422
    assert carol.get("/api-access-requests", status="nope").status == 422
    assert carol.get(f"/api-access-requests/{made[0]}").body["id"] == made[0]
    assert carol.get("/api-access-requests/ARnope").status == 404


def test_the_demo_book_has_api_access_requests(desk: Desk) -> None:
    carol = desk.login("carol")
    items = carol.get("/api-access-requests", limit=1000).body["items"]
    seeded = [it for it in items if it["id"].startswith("AR0")]
    pending = {it["rule_id"] for it in seeded if it["status"] == "pending_approval"}
    assert {"api-high-tier", "api-open-whitelist"} <= pending


def test_the_changes_feed_carries_the_request_and_the_client(desk: Desk) -> None:
    alice, carol = desk.login("alice"), desk.login("carol")
    cursor = None
    seeded: set[str] = set()
    while True:  # catch up to the end of the feed
        page = carol.get("/changes", limit=1000, **({"cursor": cursor} if cursor else {}))
        seeded |= {c["id"] for c in page.body["changes"] if c["entity"] == "api_access_request"}
        cursor = page.body["next_cursor"]
        if not page.body["has_more"]:
            break
    assert {"AR000001", "AR000002"} <= seeded  # a full pull carries the demo book's
    client = fresh_client(alice)
    rid = alice.post("/api-access-requests", body(client, "institutional", NETS)).body["id"]
    carol.post(f"/api-access-requests/{rid}/approve", {"comment": "ok"})
    changes = carol.get("/changes", cursor=cursor, limit=1000).body["changes"]
    by_entity = {(c["entity"], c["id"]): c for c in changes}
    request = by_entity[("api_access_request", rid)]
    assert request["data"]["status"] == "applied" and request["version"] == 2
    changed = by_entity[("client", client["uid"])]["data"]
    assert changed["api"] == {"rate_limit_tier": "institutional", "ip_whitelist": NETS}
