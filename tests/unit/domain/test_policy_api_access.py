"""The API-access conditions (``rate_limit_tiers``, ``whitelist_cleared``) in the same
first-match evaluation as fee and withdrawal requests, and the four default rules."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vipclient.domain.enums import PolicyAction, RateLimitTier, RequestKind, Role, Tier
from vipclient.domain.policy import (
    DEFAULT_POLICIES,
    Conditions,
    PolicyError,
    PolicyRule,
    RequestFacts,
    evaluate,
    rules_from_json,
    rules_to_json,
)

WL = ["203.0.113.0/24"]


def api(tier: str, rate: str, current: list[str], requested: list[str]) -> str | None:
    facts = RequestFacts.api_access(tier, rate, current, requested)
    return evaluate(DEFAULT_POLICIES, facts).rule_id


@pytest.mark.parametrize(
    ("tier", "rate", "current", "requested", "rule"),
    [
        ("VIP1", "elevated", [], WL, "api-standard"),
        ("VIP1", "standard", WL, ["198.51.100.0/24"], "api-standard"),
        ("VIP3", "elevated", WL, [], "api-open-whitelist"),
        ("VIP3", "market_maker", WL, [], "api-open-whitelist"),  # first match: the clearing
        ("VIP6", "market_maker", [], WL, "api-market-maker-low-tier"),
        ("VIP7", "market_maker", [], WL, "api-high-tier"),
        ("VIP2", "institutional", [], [], "api-high-tier"),  # nothing to clear: not "cleared"
        ("VIP10", "institutional", WL, WL, "api-high-tier"),
    ],
)
def test_default_api_rules(tier: str, rate: str, current: list[str], requested: list[str],
                           rule: str) -> None:
    assert api(tier, rate, current, requested) == rule


def test_the_defaults_say_who_approves_and_block_the_low_tier_market_maker() -> None:
    opened = evaluate(DEFAULT_POLICIES, RequestFacts.api_access("VIP5", "standard", WL, []))
    assert opened.action is PolicyAction.REQUIRE_APPROVAL and opened.step_up
    assert opened.rule is not None and opened.rule.approver_role is Role.SECURITY_OFFICER
    assert opened.rule.expires_after_hours == 24
    high = evaluate(DEFAULT_POLICIES, RequestFacts.api_access("VIP8", "institutional", [], []))
    assert high.rule is not None and high.rule.approver_role is Role.SUPERVISOR
    assert not high.step_up and high.rule.expires_after_hours == 48
    blocked = evaluate(DEFAULT_POLICIES, RequestFacts.api_access("VIP1", "market_maker", [], WL))
    assert blocked.action is PolicyAction.BLOCK and blocked.approvals_required == 0


@given(
    tier=st.sampled_from(list(Tier)),
    rate=st.sampled_from(list(RateLimitTier)),
    current=st.sampled_from([[], WL]),
    requested=st.sampled_from([[], WL, ["2001:db8::/48"]]),
)
def test_every_api_request_gets_the_rule_the_contract_names(
    tier: Tier, rate: RateLimitTier, current: list[str], requested: list[str]
) -> None:
    decision = evaluate(DEFAULT_POLICIES, RequestFacts.api_access(tier, rate, current,
                                                                  requested))
    if current and not requested:
        expected = "api-open-whitelist"
    elif rate is RateLimitTier.MARKET_MAKER and tier.level <= 6:
        expected = "api-market-maker-low-tier"
    elif rate in (RateLimitTier.INSTITUTIONAL, RateLimitTier.MARKET_MAKER):
        expected = "api-high-tier"
    else:
        expected = "api-standard"
    assert decision.rule_id == expected
    assert decision.rule is not None
    assert decision.rule.applies_to is RequestKind.API_ACCESS_REQUEST


def test_the_new_conditions_hold_only_for_api_access_facts() -> None:
    flagged = PolicyRule("wl", RequestKind.FEE_REQUEST, PolicyAction.ALLOW,
                         Conditions(whitelist_cleared=False))
    assert evaluate([flagged], RequestFacts.fee("VIP1", Decimal(18), Decimal(20))).rule is None
    tiered = PolicyRule("rt", RequestKind.API_ACCESS_REQUEST, PolicyAction.ALLOW,
                        Conditions(rate_limit_tiers=(RateLimitTier.ELEVATED,)))
    kept = PolicyRule("kept", RequestKind.API_ACCESS_REQUEST, PolicyAction.ALLOW,
                      Conditions(whitelist_cleared=False))
    rules = [tiered, kept]
    assert evaluate(rules, RequestFacts.api_access("VIP1", "elevated", WL, [])).rule_id == "rt"
    assert evaluate(rules, RequestFacts.api_access("VIP1", "standard", WL, WL)).rule_id == "kept"
    assert evaluate(rules, RequestFacts.api_access("VIP1", "standard", WL, [])).rule is None


def test_json_of_the_api_rules_is_the_contracts() -> None:
    served = json.loads(json.dumps(rules_to_json(DEFAULT_POLICIES)))
    by_id = {rule["id"]: rule for rule in served}
    assert by_id["api-open-whitelist"]["when"] == {"whitelist_cleared": "true"}
    assert by_id["api-market-maker-low-tier"]["when"] == {
        "rate_limit_tiers": ["market_maker"],
        "tiers": ["VIP1", "VIP2", "VIP3", "VIP4", "VIP5", "VIP6"],
    }
    assert by_id["api-high-tier"]["when"] == {"rate_limit_tiers": ["institutional",
                                                                   "market_maker"]}
    assert by_id["api-standard"]["when"] == {} and by_id["api-standard"]["action"] == "allow"
    assert [r["id"] for r in served[-4:]] == ["api-open-whitelist", "api-market-maker-low-tier",
                                              "api-high-tier", "api-standard"]
    assert tuple(rules_from_json(served)) == DEFAULT_POLICIES


@pytest.mark.parametrize(
    "when",
    [
        {"whitelist_cleared": True},  # a JSON boolean: condition values are strings
        {"whitelist_cleared": "yes"},
        {"rate_limit_tiers": "market_maker"},  # a name, not a list of names
        {"rate_limit_tiers": ["turbo"]},
    ],
)
def test_bad_api_conditions_are_refused(when: dict[str, object]) -> None:
    with pytest.raises(PolicyError):
        rules_from_json([{"id": "a", "applies_to": "api_access_request", "action": "allow",
                          "when": when}])
