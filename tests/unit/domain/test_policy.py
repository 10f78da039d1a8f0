"""Fee schedules, the contract's discount, and first-match policy evaluation."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vipclient.domain.enums import PolicyAction, RequestKind, Role, Tier, WithdrawalKind
from vipclient.domain.policy import (
    DEFAULT_POLICIES,
    TIER_FEES,
    Conditions,
    PolicyError,
    PolicyRule,
    RequestFacts,
    discount_pct,
    evaluate,
    rules_from_json,
    rules_to_json,
    tier_fees,
    usd_value,
)

D = Decimal


def test_tier_fees_match_the_contract() -> None:
    wire = {t.value: (str(r.maker_bps), str(r.taker_bps)) for t, r in TIER_FEES.items()}
    assert wire == {
        "VIP1": ("18", "20"), "VIP2": ("16", "19"), "VIP3": ("14", "18"), "VIP4": ("12", "16"),
        "VIP5": ("10", "14"), "VIP6": ("8", "12"), "VIP7": ("6", "10"), "VIP8": ("4", "8"),
        "VIP9": ("2", "6"), "VIP10": ("1", "4"),
    }
    assert tier_fees("VIP10").maker_bps == D(1)


@pytest.mark.parametrize(
    ("tier", "maker", "taker", "expected"),
    [
        ("VIP1", "18", "20", "0"),  # the tier's own rates
        ("VIP1", "20", "25", "0"),  # above the tier: no discount
        ("VIP1", "13.5", "20", "25"),  # maker 25 % off
        ("VIP1", "18", "10", "50"),  # taker 50 % off wins
        ("VIP1", "9", "15", "50"),  # max(50, 25)
        ("VIP10", "0", "4", "100"),
        ("VIP5", "0", "0", "100"),
    ],
)
def test_discount(tier: str, maker: str, taker: str, expected: str) -> None:
    assert discount_pct(tier, D(maker), D(taker)) == D(expected)


@given(
    tier=st.sampled_from(list(Tier)),
    maker=st.decimals(min_value=0, max_value=100, places=2),
    taker=st.decimals(min_value=0, max_value=100, places=2),
)
def test_discount_is_bounded_and_is_the_larger_side(tier: Tier, maker: D, taker: D) -> None:
    pct = discount_pct(tier, maker, taker)
    assert D(0) <= pct <= D(100)
    rates = TIER_FEES[tier]
    maker_only = discount_pct(tier, maker, rates.taker_bps)
    taker_only = discount_pct(tier, rates.maker_bps, taker)
    assert pct == max(maker_only, taker_only)
    if maker >= rates.maker_bps and taker >= rates.taker_bps:
        assert pct == 0


def fee(tier: str, maker: str, taker: str) -> str | None:
    return evaluate(DEFAULT_POLICIES, RequestFacts.fee(tier, D(maker), D(taker))).rule_id


def test_default_fee_rules_in_order() -> None:
    assert [r.id for r in DEFAULT_POLICIES] == [
        "fee-within-band", "fee-floor", "fee-deep", "fee-extreme",
        "wd-expedite", "wd-expedite-large", "wd-limit", "wd-limit-large",
        "api-open-whitelist", "api-market-maker-low-tier", "api-high-tier", "api-standard",
    ]
    assert fee("VIP1", "13.5", "15") == "fee-within-band"  # exactly 25 %
    assert fee("VIP1", "13.49", "20") == "fee-deep"
    assert fee("VIP1", "4.5", "20") == "fee-deep"  # exactly 75 %
    assert fee("VIP1", "4.49", "20") == "fee-extreme"
    # The floor is checked after within-band: VIP10's own 1 bps … 0.75 stays within band.
    assert fee("VIP10", "0.75", "4") == "fee-within-band"
    assert fee("VIP10", "0.4", "4") == "fee-floor"
    assert fee("VIP3", "0.25", "18") == "fee-floor"


def test_fee_extreme_needs_step_up_and_a_supervisor() -> None:
    d = evaluate(DEFAULT_POLICIES, RequestFacts.fee("VIP1", D(1), D(2)))
    assert d.action is PolicyAction.REQUIRE_APPROVAL
    assert d.rule is not None and d.rule.approver_role is Role.SUPERVISOR
    assert d.step_up and d.approvals_required == 1
    assert d.rule.expires_after_hours == 24


def wd(kind: str, usd: str, tier: str = "VIP4") -> str | None:
    facts = RequestFacts.withdrawal(tier, kind, D(usd))
    return evaluate(DEFAULT_POLICIES, facts).rule_id


def test_default_withdrawal_rules() -> None:
    assert wd("expedite", "250000") == "wd-expedite"
    assert wd("expedite", "250000.01") == "wd-expedite-large"
    assert wd("expedite", "5000000") == "wd-expedite-large"
    assert wd("expedite", "5000000.01") is None
    assert wd("limit_increase", "1000000") == "wd-limit"
    assert wd("limit_increase", "1000001") == "wd-limit-large"
    assert wd("limit_increase", "10000000.01") is None


def test_no_match_blocks_with_no_rule() -> None:
    d = evaluate(DEFAULT_POLICIES, RequestFacts.withdrawal("VIP1", "expedite", D("1e9")))
    assert d.rule is None and d.action is PolicyAction.BLOCK
    assert d.approvals_required == 0 and not d.step_up
    assert evaluate([], RequestFacts.fee("VIP1", D(18), D(20))).action is PolicyAction.BLOCK


def test_usd_value() -> None:
    assert usd_value("limit_increase", D("2000000"), D("1")) == D("2000000")
    assert usd_value(WithdrawalKind.EXPEDITE, D("2.5"), D("60000")) == D("150000.0")
    assert usd_value("limit_increase", D("5"), D("60000")) == D(5)  # already USD


def test_conditions_on_missing_facts_do_not_hold() -> None:
    rule = PolicyRule("x", RequestKind.WITHDRAWAL_REQUEST, PolicyAction.ALLOW,
                      Conditions(maker_bps_lt=D(5)))
    assert evaluate([rule], RequestFacts.withdrawal("VIP1", "expedite", D(1))).rule is None
    rule2 = PolicyRule("y", RequestKind.WITHDRAWAL_REQUEST, PolicyAction.ALLOW,
                       Conditions(discount_pct_lte=D(100)))
    assert evaluate([rule2], RequestFacts.withdrawal("VIP1", "expedite", D(1))).rule is None


def test_tiers_condition_and_rule_kind() -> None:
    rules = [
        PolicyRule("vip-top", RequestKind.FEE_REQUEST, PolicyAction.ALLOW,
                   Conditions(tiers=(Tier.VIP9, Tier.VIP10))),
        PolicyRule("wd-all", RequestKind.WITHDRAWAL_REQUEST, PolicyAction.ALLOW),
    ]
    assert evaluate(rules, RequestFacts.fee("VIP10", D(0), D(0))).rule_id == "vip-top"
    assert evaluate(rules, RequestFacts.fee("VIP8", D(0), D(0))).rule_id is None
    assert evaluate(rules, RequestFacts.withdrawal("VIP8", "expedite", D(1))).rule_id == "wd-all"


def test_json_round_trip_of_the_defaults() -> None:
    served = json.loads(json.dumps(rules_to_json(DEFAULT_POLICIES)))
    assert served[2] == {
        "id": "fee-deep", "applies_to": "fee_request", "when": {"discount_pct_lte": "75"},
        "action": "require_approval", "approvals": 1, "approver_role": "supervisor",
        "step_up": False, "expires_after_hours": 48,
        "description": DEFAULT_POLICIES[2].description,
    }
    assert served[0]["approver_role"] is None and served[0]["expires_after_hours"] is None
    assert served[4]["when"] == {"kind": "expedite", "usd_amount_lte": "250000"}
    assert tuple(rules_from_json(served)) == DEFAULT_POLICIES


@pytest.mark.parametrize(
    "bad",
    [
        {"applies_to": "fee_request", "action": "allow"},  # no id
        {"id": "a", "applies_to": "loan_request", "action": "allow"},
        {"id": "a", "applies_to": "fee_request", "action": "maybe"},
        {"id": "a", "applies_to": "fee_request", "action": "allow", "when": {"colour": "red"}},
        {"id": "a", "applies_to": "fee_request", "action": "allow",
         "when": {"discount_pct_lte": 25}},  # a float/int, not a decimal string
        {"id": "a", "applies_to": "fee_request", "action": "allow",
         "when": {"tiers": ["VIP11"]}},
        {"id": "a", "applies_to": "fee_request", "action": "require_approval", "approvals": 0,
         "approver_role": "supervisor", "expires_after_hours": 24},
        {"id": "a", "applies_to": "fee_request", "action": "require_approval", "approvals": 1,
         "approver_role": "janitor", "expires_after_hours": 24},
        {"id": "a", "applies_to": "fee_request", "action": "require_approval", "approvals": 1,
         "approver_role": "supervisor"},
        {"id": "a", "applies_to": "fee_request", "action": "allow", "step_up": "yes"},
    ],
)
def test_bad_rules_are_refused_with_a_reason(bad: dict[str, object]) -> None:
    with pytest.raises(PolicyError):
        rules_from_json([bad])


def test_duplicate_ids_are_refused() -> None:
    rule = {"id": "a", "applies_to": "fee_request", "action": "allow"}
    with pytest.raises(PolicyError, match="duplicate"):
        rules_from_json([rule, rule])


def test_expires_at() -> None:
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    assert DEFAULT_POLICIES[2].expires_at(t0) == t0 + timedelta(hours=48)
    assert DEFAULT_POLICIES[0].expires_at(t0) is None


@given(
    tier=st.sampled_from(list(Tier)),
    maker=st.decimals(min_value=0, max_value=100, places=2),
    extra=st.decimals(min_value=0, max_value=100, places=2),
)
def test_every_fee_request_gets_a_fee_rule(tier: Tier, maker: D, extra: D) -> None:
    """The defaults end with a catch-all, so a fee request is never blocked for lack of a
    rule; only the floor blocks."""
    taker = min(maker + extra, D(100))
    d = evaluate(DEFAULT_POLICIES, RequestFacts.fee(tier, maker, taker))
    assert d.rule is not None and d.rule.applies_to is RequestKind.FEE_REQUEST
    if d.action is PolicyAction.BLOCK:
        assert d.rule_id == "fee-floor" and maker < D("0.5")
