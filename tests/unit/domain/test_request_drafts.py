"""A request form's fields checked with the contract's rules, before anything is sent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from tests.support.screens import client_json
from vipclient.domain.enums import FeeScope, RateLimitTier, RequestKind, WithdrawalKind
from vipclient.domain.request_drafts import (
    USD_ASSET,
    AssetInfo,
    ClientFacts,
    api_access_draft,
    assets_from_json,
    fee_draft,
    usd_of,
    withdrawal_draft,
)

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
LATER = NOW + timedelta(days=30)
REASON = "Volume doubled this quarter."
CLIENT = ClientFacts.from_json(client_json(
    "U1", "Ann", tier=7, withdrawal_limit_24h_usd="2000000.00",
    api={"rate_limit_tier": "standard", "ip_whitelist": ["203.0.113.0/24"]}))
BTC = AssetInfo("BTC", 8, Decimal("64000"))


def test_a_good_fee_request() -> None:
    draft = fee_draft(CLIENT, "4.5", "8", FeeScope.SPOT, LATER, REASON, NOW)
    assert draft.ok and draft.kind is RequestKind.FEE_REQUEST
    assert draft.body == {"client_uid": "U1", "scope": "spot", "maker_bps": "4.5",
                          "taker_bps": "8", "valid_until": "2026-12-25T09:00:00Z",
                          "reason": REASON}
    assert draft.facts is not None and draft.facts.discount_pct == Decimal(25)


def test_each_fee_field_gets_its_own_message() -> None:
    draft = fee_draft(CLIENT, "1e3", "０.５", FeeScope.ALL, NOW - timedelta(days=1), "short", NOW)
    assert {p.field: p.code for p in draft.problems} == {
        "maker_bps": "not_a_number", "taker_bps": "not_a_number",
        "valid_until": "valid_until_past", "reason": "reason_length"}
    assert draft.problem("maker_bps").params["why"] == "exponent"  # type: ignore[union-attr]
    assert draft.facts is None
    above = fee_draft(CLIENT, "9", "8", FeeScope.ALL, LATER, REASON, NOW)
    assert [(p.field, p.code) for p in above.problems] == [("maker_bps", "maker_above_taker")]
    missing = fee_draft(CLIENT, "1", "2", FeeScope.ALL, None, REASON, NOW)
    assert [p.code for p in missing.problems] == ["valid_until_missing"]


def test_withdrawal_limit_and_expedite() -> None:
    limit = withdrawal_draft(CLIENT, WithdrawalKind.LIMIT_INCREASE, USD_ASSET, "3,000,000",
                             "", LATER, REASON, NOW)
    assert limit.ok and limit.body["amount"] == "3000000" and limit.body["asset"] == "USD"
    assert limit.facts is not None and limit.facts.usd_amount == Decimal(3000000)
    lower = withdrawal_draft(CLIENT, WithdrawalKind.LIMIT_INCREASE, USD_ASSET, "1000", "",
                             LATER, REASON, NOW)
    assert [p.code for p in lower.problems] == ["not_an_increase"]
    in_btc = withdrawal_draft(CLIENT, WithdrawalKind.LIMIT_INCREASE, BTC, "1", "", LATER,
                              REASON, NOW)
    assert [p.code for p in in_btc.problems] == ["limit_in_usd"]
    fast = withdrawal_draft(CLIENT, WithdrawalKind.EXPEDITE, BTC, "2.5", "", None, REASON, NOW)
    assert [p.code for p in fast.problems] == ["withdrawal_id_missing"]
    fast = withdrawal_draft(CLIENT, WithdrawalKind.EXPEDITE, BTC, "2.5", " W-77 ", None,
                            REASON, NOW)
    assert fast.ok and fast.body["withdrawal_id"] == "W-77" and "valid_until" not in fast.body
    assert fast.facts is not None and fast.facts.usd_amount == Decimal(160000)
    too_fine = withdrawal_draft(CLIENT, WithdrawalKind.EXPEDITE, BTC, "0.123456789", "W-1",
                                None, REASON, NOW)
    assert [p.code for p in too_fine.problems] == ["too_many_places"]
    unknown = withdrawal_draft(CLIENT, WithdrawalKind.EXPEDITE, None, "1", "W-1", None,
                               REASON, NOW)
    assert [p.code for p in unknown.problems] == ["asset_unknown"]
    assert usd_of(WithdrawalKind.EXPEDITE, BTC, "0.5") == Decimal("32000.00")
    assert usd_of(WithdrawalKind.EXPEDITE, BTC, "1,5") is None


def test_api_access() -> None:
    draft = api_access_draft(CLIENT, RateLimitTier.ELEVATED, ["198.51.100.0/24",
                                                              " 203.0.113.0/24 "], None,
                             REASON, NOW)
    assert draft.ok and draft.body["ip_whitelist"] == ["198.51.100.0/24", "203.0.113.0/24"]
    assert draft.facts is not None and draft.facts.whitelist_cleared is False
    same = api_access_draft(CLIENT, RateLimitTier.STANDARD, ["203.0.113.0/24"], None, REASON,
                            NOW)
    assert [p.code for p in same.problems] == ["changes_nothing"]
    bad = api_access_draft(CLIENT, RateLimitTier.STANDARD, ["10.0.0.1", "0.0.0.0/0"], None,
                           REASON, NOW)
    assert [p.field for p in bad.problems] == ["ip_whitelist[0]", "ip_whitelist[1]"]
    cleared = api_access_draft(CLIENT, RateLimitTier.STANDARD, [], None, REASON, NOW)
    assert cleared.facts is not None and cleared.facts.whitelist_cleared is True


def test_assets_read_from_the_contract_only() -> None:
    found = assets_from_json([
        {"symbol": "BTC", "precision": 8, "usd_price": "64000.12"},
        {"symbol": "BAD", "precision": 8, "usd_price": 1.5},
        {"symbol": "ODD", "precision": True, "usd_price": "1"},
        "nonsense",
    ])
    assert list(found) == ["BTC"] and found["BTC"].usd_price == Decimal("64000.12")
