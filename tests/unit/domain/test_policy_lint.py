"""The rule-set linter and the "why" of a match, checked against the sandbox's own evaluation.

The linter claims things about every possible request from a finite sample; hypothesis sends
requests it never sampled through :func:`vipclient.domain.policy.evaluate` (the function the
sandbox enforces with) and checks each claim holds for them too.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from vipclient.domain.enums import (
    PolicyAction,
    RateLimitTier,
    RequestKind,
    Role,
    Tier,
    WithdrawalKind,
)
from vipclient.domain.policy import (
    DEFAULT_POLICIES,
    Conditions,
    PolicyRule,
    RequestFacts,
    evaluate,
    matches,
)
from vipclient.domain.policy_lint import (
    ApprovalsImpossible,
    NeverFirst,
    NeverMatches,
    NothingAllowed,
    StaffMember,
    coverage,
    explain,
    lint,
)

D = Decimal
DEMO_STAFF = [
    StaffMember.of("S1", ["account_manager"]), StaffMember.of("S2", ["account_manager"]),
    StaffMember.of("S3", ["supervisor"]), StaffMember.of("S4", ["security_officer"]),
    StaffMember.of("S5", ["security_officer"]),
]

# --- strategies ------------------------------------------------------------------------------

thresholds = st.decimals(min_value=0, max_value=100, places=3)
usd_limits = st.decimals(min_value=0, max_value=20_000_000, places=2)


@st.composite
def conditions(draw: st.DrawFn, kind: RequestKind) -> Conditions:
    maybe = st.booleans()
    tiers = (tuple(draw(st.lists(st.sampled_from(list(Tier)), min_size=1, max_size=4,
                                 unique=True))) if draw(maybe) else None)
    if kind is RequestKind.FEE_REQUEST:
        return Conditions(
            tiers=tiers,
            discount_pct_lte=draw(thresholds) if draw(maybe) else None,
            maker_bps_lt=draw(thresholds) if draw(maybe) else None,
            # A condition of another kind makes a rule match nothing: the linter must say so.
            usd_amount_lte=draw(usd_limits) if draw(st.integers(0, 9)) == 0 else None,
        )
    if kind is RequestKind.WITHDRAWAL_REQUEST:
        return Conditions(
            tiers=tiers,
            kind=draw(st.sampled_from(list(WithdrawalKind))) if draw(maybe) else None,
            usd_amount_lte=draw(usd_limits) if draw(maybe) else None,
        )
    return Conditions(
        tiers=tiers,
        rate_limit_tiers=(tuple(draw(st.lists(st.sampled_from(list(RateLimitTier)),
                                              min_size=1, max_size=3, unique=True)))
                          if draw(maybe) else None),
        whitelist_cleared=draw(st.booleans()) if draw(maybe) else None,
    )


@st.composite
def rule_sets(draw: st.DrawFn) -> list[PolicyRule]:
    out: list[PolicyRule] = []
    for n in range(draw(st.integers(1, 9))):
        kind = draw(st.sampled_from(list(RequestKind)))
        action = draw(st.sampled_from(list(PolicyAction)))
        approval = action is PolicyAction.REQUIRE_APPROVAL
        out.append(PolicyRule(
            f"r{n}", kind, action, draw(conditions(kind)),
            approvals=draw(st.integers(1, 3)) if approval else 0,
            approver_role=draw(st.sampled_from(list(Role))) if approval else None,
            expires_after_hours=24 if approval else None,
        ))
    return out


rates_ = st.decimals(min_value=0, max_value=100, places=2)


@st.composite
def requests(draw: st.DrawFn) -> RequestFacts:
    tier = draw(st.sampled_from(list(Tier)))
    kind = draw(st.sampled_from(list(RequestKind)))
    if kind is RequestKind.FEE_REQUEST:
        a, b = sorted((draw(rates_), draw(rates_)))
        return RequestFacts.fee(tier, a, b)
    if kind is RequestKind.WITHDRAWAL_REQUEST:
        amount = draw(st.decimals(min_value=D("0.000001"), max_value=50_000_000, places=6))
        return RequestFacts.withdrawal(tier, draw(st.sampled_from(list(WithdrawalKind))), amount)
    cleared = draw(st.booleans())
    return RequestFacts.api_access(tier, draw(st.sampled_from(list(RateLimitTier))),
                                   ["192.0.2.0/24"] if cleared else [],
                                   [] if cleared else ["192.0.2.0/24"])


@st.composite
def near_thresholds(draw: st.DrawFn, rules: list[PolicyRule]) -> RequestFacts:
    """A request a few cents (or a hair) from a threshold of one of ``rules``: where a
    linter that looked at too few requests would be caught out."""
    from vipclient.domain.policy import tier_fees

    rule = draw(st.sampled_from(rules))
    tier = draw(st.sampled_from(list(Tier)))
    step = draw(st.sampled_from([D("0.01"), D("0.000001")]))
    offset = draw(st.integers(-3, 3)) * step

    def near(value: Decimal, low: Decimal, high: Decimal) -> Decimal:
        return min(high, max(low, value.quantize(step) + offset))

    w = rule.when
    rates = tier_fees(tier)
    hundred, zero = D(100), D(0)
    if rule.applies_to is RequestKind.FEE_REQUEST:
        maker, taker = draw(rates_), draw(rates_)
        if w.discount_pct_lte is not None:
            cut = 1 - w.discount_pct_lte / 100
            maker = near(rates.maker_bps * cut, zero, hundred).quantize(D("0.01"))
            taker = near(rates.taker_bps * cut, zero, hundred).quantize(D("0.01"))
        if w.maker_bps_lt is not None and draw(st.booleans()):
            maker = near(w.maker_bps_lt, zero, hundred).quantize(D("0.01"))
        maker, taker = sorted((maker, taker))
        return RequestFacts.fee(tier, maker, taker)
    if rule.applies_to is RequestKind.WITHDRAWAL_REQUEST:
        limit = w.usd_amount_lte if w.usd_amount_lte is not None else D(1000)
        amount = max(D("0.000001"), near(limit, D("0.000001"), D(10**9)))
        kind = w.kind or draw(st.sampled_from(list(WithdrawalKind)))
        return RequestFacts.withdrawal(tier, kind, amount)
    return draw(requests())


# --- properties ------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(rule_sets(), st.data())
def test_no_request_is_decided_by_a_rule_the_linter_says_is_never_first(
    rules: list[PolicyRule], data: st.DataObject
) -> None:
    sent = data.draw(st.lists(st.one_of(requests(), near_thresholds(rules)), min_size=1,
                              max_size=40))
    findings = lint(rules, DEMO_STAFF)
    never = {f.rule_id for f in findings if isinstance(f, NeverFirst | NeverMatches)}
    unmatched = {f.rule_id for f in findings if isinstance(f, NeverMatches)}
    blocked = {f.kind for f in findings if isinstance(f, NothingAllowed)}
    by_id = {r.id: r for r in rules}
    for facts in sent:
        decision = evaluate(rules, facts)
        assert decision.rule_id not in never, (decision.rule_id, facts)
        for rule_id in unmatched:
            assert not matches(by_id[rule_id], facts)
        if facts.applies_to in blocked:
            assert decision.action is PolicyAction.BLOCK


@settings(max_examples=150, deadline=None)
@given(rule_sets())
def test_every_rule_the_linter_calls_reachable_decides_its_witness(rules: list[PolicyRule]) -> None:
    cover = coverage(rules)
    for rule_id, witness in cover.witnesses.items():
        assert evaluate(rules, witness).rule_id == rule_id
    # Every rule is either reachable, shadowed or unmatchable, and only one of those.
    assert set(cover.witnesses) | set(cover.taken_by) | cover.unmatched == {r.id for r in rules}
    assert not set(cover.witnesses) & (set(cover.taken_by) | cover.unmatched)


def test_the_seeded_rules_are_all_reachable() -> None:
    findings = lint(DEFAULT_POLICIES, DEMO_STAFF)
    assert not [f for f in findings if not isinstance(f, ApprovalsImpossible)]


def test_a_rule_after_a_catch_all_is_never_first() -> None:
    rules = [
        PolicyRule("all", RequestKind.FEE_REQUEST, PolicyAction.ALLOW),
        PolicyRule("deep", RequestKind.FEE_REQUEST, PolicyAction.BLOCK,
                   Conditions(discount_pct_lte=D("75"))),
    ]
    assert NeverFirst("deep", ("all",)) in lint(rules, DEMO_STAFF)


def test_a_narrower_band_after_a_wider_one_is_never_first() -> None:
    rules = [
        PolicyRule("wide", RequestKind.WITHDRAWAL_REQUEST, PolicyAction.ALLOW,
                   Conditions(usd_amount_lte=D("1000000"))),
        PolicyRule("narrow", RequestKind.WITHDRAWAL_REQUEST, PolicyAction.BLOCK,
                   Conditions(kind=WithdrawalKind.EXPEDITE, usd_amount_lte=D("250000"))),
    ]
    assert lint(rules, DEMO_STAFF)[0] == NeverFirst("narrow", ("wide",))


def test_conditions_that_cannot_hold_together_match_nothing() -> None:
    rules = [PolicyRule("odd", RequestKind.WITHDRAWAL_REQUEST, PolicyAction.ALLOW,
                        Conditions(maker_bps_lt=D("5")))]
    findings = lint(rules, DEMO_STAFF)
    assert NeverMatches("odd") in findings
    assert NothingAllowed(RequestKind.WITHDRAWAL_REQUEST) in findings
    assert NothingAllowed(RequestKind.FEE_REQUEST) in findings  # no rule at all: blocked


def test_approvals_no_one_can_give() -> None:
    two = PolicyRule("two-officers", RequestKind.API_ACCESS_REQUEST,
                     PolicyAction.REQUIRE_APPROVAL, approvals=3,
                     approver_role=Role.SECURITY_OFFICER, expires_after_hours=24)
    finding = lint([two], DEMO_STAFF)[0]
    assert isinstance(finding, ApprovalsImpossible) and finding.always
    assert finding.holders == ("S4", "S5")
    # One supervisor: a request she makes herself can never be approved (maker-checker).
    one = PolicyRule("sup", RequestKind.FEE_REQUEST, PolicyAction.REQUIRE_APPROVAL,
                     approvals=1, approver_role=Role.SUPERVISOR, expires_after_hours=24)
    finding = lint([one], DEMO_STAFF)[0]
    assert isinstance(finding, ApprovalsImpossible)
    assert finding.requesters == ("S3",) and not finding.always
    # A second supervisor mends it.
    more = [*DEMO_STAFF, StaffMember.of("S6", ["supervisor", "account_manager"])]
    assert not [f for f in lint([one], more) if isinstance(f, ApprovalsImpossible)]
    # When every requester is the only holder, no request can ever be approved.
    alone = [StaffMember.of("S3", ["supervisor"])]
    finding = lint([one], alone)[0]
    assert isinstance(finding, ApprovalsImpossible) and finding.always


def test_explain_names_each_condition_with_the_request_value() -> None:
    deep = next(r for r in DEFAULT_POLICIES if r.id == "fee-deep")
    facts = RequestFacts.fee("VIP1", D("9"), D("20"))  # 50 % off the maker rate
    checks = explain(deep, facts)
    assert [(c.name, c.wanted, c.actual, c.held) for c in checks] == [
        ("discount_pct_lte", "75", "50", True)]
    low = next(r for r in DEFAULT_POLICIES if r.id == "api-market-maker-low-tier")
    checks = explain(low, RequestFacts.api_access("VIP8", "market_maker", [], ["1.2.3.0/24"]))
    assert [(c.name, c.held) for c in checks] == [("tiers", False), ("rate_limit_tiers", True)]
    always = next(r for r in DEFAULT_POLICIES if r.id == "fee-extreme")
    assert explain(always, facts) == []
