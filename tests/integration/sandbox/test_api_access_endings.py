"""API-access requests on the sandbox clock: pending ones expire after their rule's hours,
approving past ``valid_until`` is refused, and an applied request falls back at
``valid_until`` to the settings before it — unless a later applied request changed them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.desk import Desk, StaffSession, managed_clients, sandbox_desk

# One sandbox per module (it moves its clock by days): keep the module on one xdist worker.
pytestmark = pytest.mark.xdist_group("sb-api-access-endings")

REASON = "Temporary access for the client's migration."
HOUR = 3600


@pytest.fixture(scope="module")
def desk() -> Iterator[Desk]:
    with sandbox_desk(clients=24) as (_srv, desk):
        yield desk


def ask(session: StaffSession, client: dict[str, Any], rate: str, whitelist: list[str],
        **extra: Any) -> dict[str, Any]:
    r = session.post("/api-access-requests", {
        "client_uid": client["uid"], "rate_limit_tier": rate, "ip_whitelist": whitelist,
        "reason": REASON} | extra)
    assert r.status == 201, r.body
    return dict(r.body)


def api_of(session: StaffSession, client: dict[str, Any]) -> dict[str, Any]:
    return dict(session.get(f"/clients/{client['uid']}").body["api"])


def test_pending_requests_expire_and_a_passed_validity_cannot_be_approved(desk: Desk) -> None:
    alice, carol = desk.login("alice"), desk.login("carol")
    one, two = managed_clients(alice)[:2]
    high = ask(alice, one, "institutional", ["203.0.113.0/24"])  # api-high-tier: 48 h
    short = ask(alice, two, "institutional", ["198.51.100.0/24"],
                valid_until=desk.future(hours=1))
    assert high["expires_at"] is not None and short["status"] == "pending_approval"

    desk.advance(2 * HOUR)
    carol = desk.login("carol")
    late = carol.post(f"/api-access-requests/{short['id']}/approve", {"comment": "ok"})
    assert late.status == 409 and late.body["type"].endswith("/validity-passed"), late.body

    desk.advance(47 * HOUR)  # 49 h after they were made
    carol = desk.login("carol")
    for made in (high, short):
        expired = carol.get(f"/api-access-requests/{made['id']}").body
        assert expired["status"] == "expired" and expired["expires_at"] is None
        assert expired["version"] == 2
        actions = [e["action"] for e in carol.get("/audit", target=made["id"]).body["items"]]
        assert actions[-1] == "api_access_request.expire"
    assert api_of(carol, one) == one["api"] and api_of(carol, two) == two["api"]


def test_fall_back_at_valid_until_unless_a_later_request_changed_the_settings(
    desk: Desk,
) -> None:
    alice = desk.login("alice")
    plain, superseded, stacked = managed_clients(alice)[2:5]
    start = {c["uid"]: api_of(alice, c) for c in (plain, superseded, stacked)}

    # Falls back: one request until 6 h from now.
    temporary = ask(alice, plain, "elevated", ["192.0.2.0/28"], valid_until=desk.future(hours=6))
    assert temporary["status"] == "applied"
    # Nothing falls back: a later request (without an end) changed the settings since.
    ask(alice, superseded, "elevated", ["192.0.2.16/28"], valid_until=desk.future(hours=6))
    later = ask(alice, superseded, "elevated", ["192.0.2.32/28"])
    # Each falls back to what was in force before it: the later one ends after the first.
    first = ask(alice, stacked, "elevated", ["192.0.2.64/28"], valid_until=desk.future(hours=6))
    ask(alice, stacked, "standard", ["192.0.2.128/28"], valid_until=desk.future(hours=12))

    desk.advance(7 * HOUR)
    carol = desk.login("carol")
    assert api_of(carol, plain) == start[plain["uid"]]
    assert api_of(carol, superseded) == {"rate_limit_tier": "elevated",
                                         "ip_whitelist": later["ip_whitelist"]}
    assert api_of(carol, stacked) == {"rate_limit_tier": "standard",
                                      "ip_whitelist": ["192.0.2.128/28"]}
    ended = [e for e in carol.get("/audit", target=plain["uid"]).body["items"]
             if e["action"] == "client.update"]
    assert ended[-1]["actor_id"] is None
    assert ended[-1]["details"]["request_id"] == temporary["id"]
    assert ended[-1]["details"]["api"]["removed"] == ["192.0.2.0/28"]
    # The request itself is still what it was: applied.
    assert carol.get(f"/api-access-requests/{temporary['id']}").body["status"] == "applied"

    desk.advance(6 * HOUR)
    carol = desk.login("carol")
    assert api_of(carol, stacked) == {"rate_limit_tier": "elevated",
                                      "ip_whitelist": first["ip_whitelist"]}
    assert api_of(carol, superseded) == {"rate_limit_tier": "elevated",
                                         "ip_whitelist": later["ip_whitelist"]}
    assert api_of(carol, plain) == start[plain["uid"]]
