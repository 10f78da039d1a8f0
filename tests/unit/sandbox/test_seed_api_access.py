"""The demo book's API-access requests: judged by the default rules, consistent with the
clients, written in the strict form, and drawn without moving anything else in the book."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.sandbox_seed import NOW, TS_RE, book, by_entity
from vipclient.domain.enums import RateLimitTier, RequestStatus
from vipclient.domain.networks import check_whitelist
from vipclient.domain.policy import DEFAULT_POLICIES, RequestFacts, evaluate
from vipclient.sandbox.demo_api_requests import PENDING_RULES, ApiAccessFactory
from vipclient.sandbox.demo_requests import APPROVAL_FIELDS
from vipclient.sandbox.seed import demo_staff, generate

NOW_TEXT = "2026-11-25T08:00:00Z"
STAFF = {s["id"]: s for s in demo_staff(7)}


@pytest.mark.parametrize("size", [24, 200])
def test_requests_follow_the_rules_and_the_clients(size: int) -> None:
    records = by_entity(book(7, size))
    clients = {c["uid"]: c for c in records["client"]}
    rules = {r.id: r for r in DEFAULT_POLICIES}
    ids = [r["id"] for r in records["api_access_request"]]
    assert ids == [f"AR{n:06d}" for n in range(1, len(ids) + 1)]
    for r in records["api_access_request"]:
        client = clients[r["client_uid"]]
        assert client["status"] == "active"
        status = RequestStatus(r["status"])
        assert RateLimitTier(r["rate_limit_tier"])
        checked = check_whitelist(r["ip_whitelist"])
        assert checked.ok and checked.wire() == r["ip_whitelist"]  # strict, canonical
        rule = rules[r["rule_id"]]
        assert (r["approver_role"], r["step_up"]) == (
            rule.approver_role and rule.approver_role.value, rule.step_up)
        assert {"account_manager", "supervisor"} & set(STAFF[r["requester_id"]]["roles"])
        for a in r["approvals"]:
            assert tuple(a) == APPROVAL_FIELDS and a["staff_id"] != r["requester_id"]
            assert a["role"] in STAFF[a["staff_id"]]["roles"]
        assert 10 <= len(r["reason"]) <= 2000
        assert TS_RE.fullmatch(r["created_at"]) and r["created_at"] <= r["updated_at"] <= NOW_TEXT
        if status is RequestStatus.APPLIED:
            # The request behind the client's settings now; it has no end to fall back at.
            assert client["api"] == {"rate_limit_tier": r["rate_limit_tier"],
                                     "ip_whitelist": r["ip_whitelist"]}
            assert r["valid_until"] is None
        else:
            # Asked from the client's settings now, so the rule is what the sandbox would pick.
            facts = RequestFacts.api_access(client["tier"], r["rate_limit_tier"],
                                            client["api"]["ip_whitelist"], r["ip_whitelist"])
            assert evaluate(DEFAULT_POLICIES, facts).rule_id == r["rule_id"]
            assert r["valid_until"] is None or TS_RE.fullmatch(r["valid_until"])
        if status is RequestStatus.PENDING_APPROVAL:
            assert r["expires_at"] > NOW_TEXT and r["approvals"] == []
            assert r["valid_until"] is None or r["valid_until"] > NOW_TEXT
        else:
            assert r["expires_at"] is None  # as the sandbox keeps it once decided


def test_pending_work_for_a_supervisor_and_a_security_officer() -> None:
    for size in (20, 24, 200):
        pending = {r["rule_id"] for r in by_entity(book(7, size))["api_access_request"]
                   if r["status"] == "pending_approval"}
        assert set(PENDING_RULES) <= pending, size
    statuses = {r["status"] for r in by_entity(book(7, 200))["api_access_request"]}
    assert {"pending_approval", "applied", "rejected"} <= statuses


def test_the_rest_of_the_book_does_not_move(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without its API-access requests the book is record for record the same: they come
    from a generator of their own and change no client."""

    def none(*_args: Any, **_kw: Any) -> list[tuple[str, dict[str, Any]]]:
        return []

    with_them = [item for item in book(7, 120) if item[0] != "api_access_request"]
    monkeypatch.setattr(ApiAccessFactory, "for_client", none)
    without = list(generate(7, 120, NOW, demo_staff(7)))
    assert with_them == without
