"""Every record is the contract's representation: exact fields, wire types, valid values."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from tests.support.sandbox_seed import DECIMAL_RE, NOW, TS_RE, book, by_entity
from vipclient.domain.enums import (
    Category,
    Channel,
    FreezeReason,
    FreezeScope,
    PreferredChannel,
    Priority,
    RequestStatus,
    SlaClock,
    SlaEventKind,
    Team,
    TicketStatus,
    Tier,
)
from vipclient.domain.money import decimal_places
from vipclient.domain.policy import DEFAULT_POLICIES
from vipclient.sandbox.demo_market import ASSET_BY_SYMBOL
from vipclient.sandbox.demo_requests import APPROVAL_FIELDS
from vipclient.sandbox.seed import ENTITIES, RECORD_FIELDS, demo_staff

NOW_TEXT = "2026-11-25T08:00:00Z"
STAFF_IDS = {s["id"] for s in demo_staff(7)}


def _ts(value: Any) -> None:
    assert isinstance(value, str) and TS_RE.fullmatch(value), value


def _dec(value: Any) -> Decimal:
    assert isinstance(value, str) and DECIMAL_RE.fullmatch(value), value
    return Decimal(value)


@pytest.fixture(scope="module")
def records() -> dict[str, list[dict[str, Any]]]:
    return by_entity(book(7, 200))


def test_every_record_has_exactly_the_contract_fields(
    records: dict[str, list[dict[str, Any]]]
) -> None:
    assert set(records) == set(ENTITIES)
    for entity, items in records.items():
        for record in items:
            assert tuple(record) == RECORD_FIELDS[entity], entity


def test_clients(records: dict[str, list[dict[str, Any]]]) -> None:
    uids = [c["uid"] for c in records["client"]]
    assert uids[0] == "U10000001" and len(set(uids)) == len(uids)
    assert len({c["email"] for c in records["client"]}) == len(uids)
    for c in records["client"]:
        assert c["uid"].startswith("U1000") and len(c["uid"]) == 9
        assert Tier(c["tier"]) and c["kyc_level"] in (0, 1, 2, 3)
        assert isinstance(c["display_name"], str) and c["display_name"]
        assert "@" in c["email"] and c["phone"].startswith("+")
        assert isinstance(c["region"], str) and len(c["region"]) == 2
        assert c["languages"] and all(isinstance(x, str) for x in c["languages"])
        assert "/" in c["timezone"]
        assert PreferredChannel(c["preferred_channel"])
        assert c["manager_id"] in STAFF_IDS
        assert _dec(c["volume_30d_usd"]) > 0 and _dec(c["assets_usd"]) > 0
        fee = c["fee_schedule"]
        assert set(fee) == {"maker_bps", "taker_bps", "source", "expires_at"}
        assert 0 <= _dec(fee["maker_bps"]) <= _dec(fee["taker_bps"]) <= 100
        assert fee["source"] in ("tier", "custom")
        assert (fee["expires_at"] is None) == (fee["source"] == "tier")
        if fee["expires_at"] is not None:
            assert TS_RE.fullmatch(fee["expires_at"]) and fee["expires_at"] > NOW_TEXT
        assert _dec(c["withdrawal_limit_24h_usd"]) > 0
        assert set(c["api"]) == {"rate_limit_tier", "ip_whitelist"}
        assert isinstance(c["api"]["rate_limit_tier"], str)
        assert all(isinstance(ip, str) for ip in c["api"]["ip_whitelist"])
        assert c["status"] in ("active", "frozen")
        assert all(FreezeScope(s) for s in c["freeze_scopes"])
        assert (c["status"] == "frozen") == bool(c["freeze_scopes"])
        assert all(isinstance(t, str) for t in c["tags"]) and isinstance(c["notes"], str)
        _ts(c["created_at"])
        _ts(c["updated_at"])
        assert c["created_at"] <= c["updated_at"] <= NOW_TEXT
        assert isinstance(c["version"], int) and c["version"] >= 1


def test_tickets_and_messages(records: dict[str, list[dict[str, Any]]]) -> None:
    clients = {c["uid"]: c for c in records["client"]}
    ids = [t["id"] for t in records["ticket"]]
    assert len(set(ids)) == len(ids)
    for t in records["ticket"]:
        assert t["client_uid"] in clients
        assert Category(t["category"]) and Channel(t["channel"])
        assert Priority(t["priority"]) and TicketStatus(t["status"])
        assert t["assignee_id"] is None or t["assignee_id"] in STAFF_IDS
        assert t["team"] is None or Team(t["team"])
        assert (t["status"] == "escalated") <= (t["team"] is not None)
        assert isinstance(t["subject"], str) and t["subject"] and "{" not in t["subject"]
        _ts(t["created_at"])
        assert t["created_at"] <= t["updated_at"] <= NOW_TEXT
        assert clients[t["client_uid"]]["created_at"] < t["created_at"]
        for key in ("first_response_due", "resolution_due"):
            assert TS_RE.fullmatch(t[key])
        for key in ("next_response_due", "first_responded_at", "solved_at"):
            assert t[key] is None or TS_RE.fullmatch(t[key])
        for e in t["sla_events"]:
            assert set(e) == {"at", "clock", "event"}
            assert TS_RE.fullmatch(e["at"]) and e["at"] <= NOW_TEXT
            assert SlaClock(e["clock"]) and SlaEventKind(e["event"])
        assert isinstance(t["version"], int) and t["version"] >= 1
    message_ids = [m["id"] for m in records["message"]]
    assert len(set(message_ids)) == len(message_ids)
    tickets = {t["id"]: t for t in records["ticket"]}
    for m in records["message"]:
        t = tickets[m["ticket_id"]]
        assert m["author_kind"] in ("client", "staff", "system")
        if m["author_kind"] == "client":
            assert m["author_id"] == t["client_uid"] and m["internal"] is False
        elif m["author_kind"] == "staff":
            assert m["author_id"] in STAFF_IDS
        else:
            assert m["author_id"] is None and m["internal"] is False
        assert isinstance(m["internal"], bool)
        assert isinstance(m["body"], str) and m["body"] and "{" not in m["body"]
        assert t["created_at"] <= m["created_at"] <= t["updated_at"]


def _check_request(r: dict[str, Any]) -> None:
    rules = {rule.id: rule for rule in DEFAULT_POLICIES}
    assert RequestStatus(r["status"])
    assert r["requester_id"] in STAFF_IDS
    rule = rules[r["rule_id"]]
    assert r["approvals_required"] == (rule.approvals if rule.action.value ==
                                       "require_approval" else 0)
    assert r["approver_role"] == (rule.approver_role.value if rule.approver_role else None)
    assert r["step_up"] is rule.step_up
    for a in r["approvals"]:
        assert tuple(a) == APPROVAL_FIELDS
        assert a["staff_id"] in STAFF_IDS and a["staff_id"] != r["requester_id"]
        assert a["decision"] in ("approve", "reject") and TS_RE.fullmatch(a["at"])
        assert a["role"] == r["approver_role"]
        assert a["step_up"] is (r["step_up"] and a["decision"] == "approve")
    _ts(r["created_at"])
    assert r["created_at"] <= r["updated_at"] <= NOW_TEXT
    assert r["expires_at"] is None or TS_RE.fullmatch(r["expires_at"])
    assert 10 <= len(r["reason"]) <= 2000
    assert isinstance(r["version"], int) and r["version"] >= 1


def test_fee_requests(records: dict[str, list[dict[str, Any]]]) -> None:
    assert records["fee_request"]
    for r in records["fee_request"]:
        _check_request(r)
        maker, taker = _dec(r["maker_bps"]), _dec(r["taker_bps"])
        assert 0 <= maker <= taker <= 100
        assert decimal_places(maker) <= 2 and decimal_places(taker) <= 2
        assert r["scope"] in ("spot", "futures", "all")
        assert TS_RE.fullmatch(r["valid_until"])


def test_withdrawal_requests(records: dict[str, list[dict[str, Any]]]) -> None:
    assert records["withdrawal_request"]
    for r in records["withdrawal_request"]:
        _check_request(r)
        asset = ASSET_BY_SYMBOL[r["asset"]]
        amount = _dec(r["amount"])
        assert amount > 0 and decimal_places(amount) <= asset.precision
        usd = _dec(r["usd_amount"])
        assert abs(usd - amount * Decimal(asset.usd_price)) < Decimal("0.01")
        if r["kind"] == "limit_increase":
            assert r["asset"] == "USD" and r["withdrawal_id"] is None
            assert TS_RE.fullmatch(r["valid_until"])
        else:
            assert r["kind"] == "expedite" and r["withdrawal_id"] and r["valid_until"] is None


def test_freeze(records: dict[str, list[dict[str, Any]]]) -> None:
    (freeze,) = records["freeze"]
    assert freeze["status"] == "active" and FreezeReason(freeze["reason_code"])
    assert freeze["created_by"] in {s["id"] for s in demo_staff(7)
                                    if "security_officer" in s["roles"]}
    assert freeze["scopes"] and all(FreezeScope(s) for s in freeze["scopes"])
    assert freeze["lifted_by"] is None and freeze["lifted_at"] is None
    _ts(freeze["created_at"])
    assert len(freeze["note"]) >= 20


def test_dependency_order() -> None:
    seen: dict[str, set[str]] = {"client": set(), "ticket": set()}
    for entity, r in book(7, 200):
        if entity == "client":
            seen["client"].add(r["uid"])
        elif entity == "ticket":
            assert r["client_uid"] in seen["client"]
            seen["ticket"].add(r["id"])
        elif entity == "message":
            assert r["ticket_id"] in seen["ticket"]
        else:
            assert r["client_uid"] in seen["client"]


def test_now_with_microseconds_gives_whole_seconds() -> None:
    from vipclient.sandbox.seed import generate

    items = list(generate(3, 5, NOW.replace(microsecond=654321), demo_staff(3)))
    assert all(TS_RE.fullmatch(r["created_at"]) for _, r in items)


def test_tiny_books() -> None:
    from vipclient.sandbox.seed import generate

    for n in (0, 1, 2, 3):
        items = list(generate(5, n, NOW, demo_staff(5)))
        clients = [r for e, r in items if e == "client"]
        assert len(clients) == n
        assert len([r for e, r in items if e == "freeze"]) == (1 if n else 0)
        assert all(tuple(r) == RECORD_FIELDS[e] for e, r in items)
