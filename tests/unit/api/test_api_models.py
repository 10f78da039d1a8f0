"""Wire models: decimals only from strings, aware UTC datetimes, unknown fields ignored, and
a server answer that breaks the contract becomes MalformedResponse naming where."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from vipclient.api.errors import MalformedResponse
from vipclient.api.models import (
    Asset,
    Change,
    ChangesPage,
    Client,
    FeeRequest,
    LoginResponse,
    Page,
    Policy,
    Problem,
    Ticket,
    parse,
)
from vipclient.domain.enums import ChangeOp, Entity, Role, Tier


def client_json(**over: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "uid": "U10000042",
        "display_name": "王小明",
        "email": "w@example.com",
        "phone": None,
        "tier": "VIP7",
        "kyc_level": 3,
        "region": "APAC",
        "languages": ["zh", "en"],
        "timezone": "Asia/Shanghai",
        "preferred_channel": "chat",
        "manager_id": "S1",
        "volume_30d_usd": "1250000.00",
        "assets_usd": "98000000.50",
        "fee_schedule": {
            "maker_bps": "6",
            "taker_bps": "10",
            "source": "tier",
            "expires_at": None,
        },
        "withdrawal_limit_24h_usd": "2000000",
        "api": {"rate_limit_tier": "high", "ip_whitelist": ["10.0.0.1"]},
        "status": "active",
        "freeze_scopes": [],
        "tags": ["whale"],
        "notes": "",
        "created_at": "2026-01-02T03:04:05Z",
        "updated_at": "2026-01-02T03:04:05.123456+08:00",
        "version": 3,
    }
    data.update(over)
    return data


def test_client_parses_money_as_decimal_and_times_as_utc() -> None:
    client = parse(Client, client_json())
    assert client.volume_30d_usd == Decimal("1250000.00")
    assert isinstance(client.fee_schedule.maker_bps, Decimal)
    assert client.tier is Tier.VIP7
    assert client.updated_at.tzinfo is UTC
    assert client.updated_at == datetime(2026, 1, 1, 19, 4, 5, 123456, tzinfo=UTC)
    assert client.api.ip_whitelist == ["10.0.0.1"]


@pytest.mark.parametrize("bad", [1250000.0, 1250000, True, "1e400x", "NaN", "Infinity", " 1", ""])
def test_money_must_be_a_finite_decimal_string(bad: object) -> None:
    with pytest.raises(MalformedResponse) as info:
        parse(Client, client_json(volume_30d_usd=bad))
    assert info.value.path == "response.volume_30d_usd"


def test_float_rate_in_nested_object_is_refused_with_its_path() -> None:
    data = client_json()
    data["fee_schedule"]["maker_bps"] = 6.0
    with pytest.raises(MalformedResponse) as info:
        parse(Client, data, where="clients/U10000042")
    assert info.value.path == "clients/U10000042.fee_schedule.maker_bps"


def test_naive_datetime_is_refused() -> None:
    with pytest.raises(MalformedResponse):
        parse(Client, client_json(created_at="2026-01-02T03:04:05"))


def test_unknown_fields_are_ignored_for_forward_compatibility() -> None:
    client = parse(Client, client_json(loyalty_points="12", new_block={"x": 1}))
    assert client.uid == "U10000042"


def test_unknown_enum_value_is_malformed() -> None:
    with pytest.raises(MalformedResponse) as info:
        parse(Client, client_json(tier="VIP11"))
    assert info.value.path.endswith("tier")


def test_json_dump_keeps_decimals_as_strings() -> None:
    dumped = parse(Client, client_json()).model_dump(mode="json")
    assert dumped["volume_30d_usd"] == "1250000.00"
    assert dumped["created_at"] == "2026-01-02T03:04:05Z"


def test_malformed_is_logged_with_path_but_not_the_value(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    with pytest.raises(MalformedResponse):
        parse(Client, client_json(email=None, assets_usd=31337.5))
    text = caplog.text
    assert "assets_usd" in text or "email" in text
    assert "31337" not in text


def test_not_an_object_is_malformed_not_a_crash() -> None:
    with pytest.raises(MalformedResponse):
        parse(ChangesPage, "<html>oops</html>")
    with pytest.raises(MalformedResponse):
        parse(ChangesPage, None)


def test_login_response_never_shows_tokens_in_repr() -> None:
    login = parse(
        LoginResponse,
        {
            "access_token": "ACCESS-abcdef",
            "refresh_token": "REFRESH-abcdef",
            "expires_in": 900,
            "staff": {
                "id": "S1",
                "username": "alice",
                "display_name": "Alice",
                "roles": ["account_manager"],
                "languages": ["en"],
            },
        },
    )
    assert "ACCESS-abcdef" not in repr(login)
    assert "REFRESH-abcdef" not in repr(login)
    assert login.staff.has_role(Role.ACCOUNT_MANAGER)


def ticket_json() -> dict[str, Any]:
    return {
        "id": "T1",
        "client_uid": "U1",
        "subject": "Withdrawal stuck",
        "category": "withdrawal",
        "channel": "chat",
        "priority": "urgent",
        "status": "new",
        "assignee_id": None,
        "team": None,
        "language": "en",
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
        "first_response_due": "2026-01-01T00:15:00Z",
        "next_response_due": None,
        "resolution_due": "2026-01-01T04:00:00Z",
        "first_responded_at": None,
        "solved_at": None,
        "sla_events": [{"at": "2026-01-01T00:00:00Z", "clock": "first_response",
                        "event": "started"}],
        "version": 1,
    }


def test_change_model_validates_data_of_its_entity() -> None:
    change = parse(
        Change,
        {"seq": 5, "entity": "ticket", "id": "T1", "op": "upsert", "version": 1,
         "data": ticket_json()},
    )
    ticket = change.model()
    assert isinstance(ticket, Ticket)
    assert ticket.sla_events[0].event == "started"
    assert change.entity is Entity.TICKET


def test_change_with_bad_data_raises_malformed_with_seq() -> None:
    data = ticket_json()
    data["priority"] = "apocalyptic"
    change = parse(
        Change, {"seq": 9, "entity": "ticket", "id": "T1", "op": "upsert", "version": 2,
                 "data": data},
    )
    with pytest.raises(MalformedResponse) as info:
        change.model()
    assert info.value.path == "change 9.data.priority"


def test_delete_change_has_no_model_and_upsert_needs_data() -> None:
    gone = parse(Change, {"seq": 1, "entity": "client", "id": "U1", "op": "delete",
                          "version": 4})
    assert gone.op is ChangeOp.DELETE and gone.model() is None
    broken = parse(Change, {"seq": 2, "entity": "client", "id": "U1", "op": "upsert",
                            "version": 4})
    with pytest.raises(MalformedResponse):
        broken.model()


def test_generic_page_of_assets() -> None:
    page = parse(
        Page[Asset],
        {"items": [{"symbol": "BTC", "precision": 8, "usd_price": "64000.12"}],
         "next_cursor": None, "has_more": False},
    )
    assert page.items[0].usd_price == Decimal("64000.12")
    with pytest.raises(MalformedResponse) as info:
        parse(Page[Asset], {"items": [{"symbol": "BTC", "precision": 8, "usd_price": 64000.12}],
                            "next_cursor": None, "has_more": False})
    assert info.value.path == "response.items.0.usd_price"


def test_policy_and_fee_request() -> None:
    rule = parse(Policy, {"id": "fee-deep", "applies_to": "fee_request",
                          "when": {"discount_pct_lte": "75"}, "action": "require_approval",
                          "approvals": 1, "approver_role": "supervisor", "step_up": False,
                          "expires_after_hours": 48})
    assert rule.when.discount_pct_lte == Decimal("75")
    request = parse(FeeRequest, {"id": "F1", "client_uid": "U1", "status": "pending_approval",
                                 "maker_bps": "2.5", "taker_bps": "5", "scope": "spot",
                                 "requester_id": "S1", "approvals": [
                                     {"staff_id": "S3", "decision": "approve", "comment": "",
                                      "at": "2026-01-01T00:00:00Z"}]})
    assert request.maker_bps == Decimal("2.5")
    assert request.approvals[0].staff_id == "S3"


def test_problem_keeps_extension_members() -> None:
    problem = parse(Problem, {"type": "x", "title": "Forbidden", "status": 403, "detail": "no",
                              "rule_id": None})
    assert problem.model_extra == {"rule_id": None}


def test_a_change_of_an_entity_the_desk_does_not_know_is_kept_as_a_name() -> None:
    change = parse(Change, {"seq": 3, "entity": "hologram", "id": "h-1", "op": "upsert",
                            "version": 1, "data": {"title": "x"}})
    assert change.entity == "hologram" and not isinstance(change.entity, Entity)
    assert change.model() is None


def test_policy_conditions_of_v1_1_are_kept() -> None:
    """Every seeded rule reads back with all its conditions (v1.1 added two the model used to
    drop: a rule 'market maker for VIP1–6' read as 'VIP1–6' would block far more)."""
    from vipclient.domain.policy import DEFAULT_POLICIES

    for rule in DEFAULT_POLICIES:
        served = rule.to_json()
        parsed = parse(Policy, served)
        assert parsed.when.model_dump(exclude_none=True, mode="json") == served["when"]


def test_api_access_request_is_a_feed_entity() -> None:
    from vipclient.api.models import ApiAccessRequest

    change = parse(Change, {"seq": 9, "entity": "api_access_request", "id": "AR1",
                            "op": "upsert", "version": 2, "data": {
                                "id": "AR1", "client_uid": "U1", "status": "applied",
                                "requester_id": "S1", "rate_limit_tier": "elevated",
                                "ip_whitelist": ["203.0.113.0/24"], "valid_until": None,
                                "approvals": [], "created_at": "2026-01-01T00:00:00Z"}})
    request = change.model()
    assert isinstance(request, ApiAccessRequest)
    assert request.rate_limit_tier == "elevated" and request.ip_whitelist == ["203.0.113.0/24"]
