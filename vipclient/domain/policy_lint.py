"""Checks of a served rule set, and "what if" questions about it.

The rules are whatever ``GET /policies`` serves; first match wins and no match blocks
(:func:`vipclient.domain.policy.evaluate`, the function the sandbox enforces with). This module
finds what a person reading the rules would want to know and could easily miss:

- a rule that can never be the first match, because earlier rules always match its requests
  first (or because no request can satisfy its conditions at all);
- a rule whose approvals can never be given: fewer staff hold its approver role than the
  approvals it needs, counting that a requester cannot approve their own request;
- a kind of request for which no rule allows anything (every request of it is blocked).

It works by asking :func:`evaluate` itself about a finite set of requests that stands for every
possible one. A rule's conditions compare the request with a few thresholds (the discount, a
maker rate, a USD value), so whether a condition holds only changes at those thresholds; between
two of them every request behaves alike. :func:`sample_requests` picks, for every such stretch,
requests a person could really send (rates of at most two decimals, a maker rate not above the
taker rate, amounts above 0), so a rule that decides none of them decides no request at all.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from itertools import pairwise, product

from vipclient.domain.enums import (
    PolicyAction,
    RateLimitTier,
    RequestKind,
    Role,
    Tier,
    WithdrawalKind,
)
from vipclient.domain.money import RATE_MAX_BPS, format_bps
from vipclient.domain.policy import (
    PolicyRule,
    RequestFacts,
    evaluate,
    matches,
    tier_fees,
)

CENT = Decimal("0.01")
#: Who may make a request (and so can never approve that one): platform-api, "Who may request".
REQUESTER_ROLES = frozenset({Role.ACCOUNT_MANAGER, Role.SUPERVISOR})


# --- requests that stand for every request --------------------------------------------------


def _floor(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_FLOOR)


def _ceil(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_CEILING)


def _around(boundaries: Iterable[Decimal], low: Decimal, high: Decimal) -> list[Decimal]:
    """Values of two decimals in ``[low, high]`` on both sides of each boundary and on it,
    plus both ends: at least one value of every stretch between two boundaries (its first and
    its last), and every boundary a request can state exactly."""
    values = {low, high}
    for b in boundaries:
        for v in (_floor(b) - CENT, _floor(b), _ceil(b), _ceil(b) + CENT):
            if low <= v <= high:
                values.add(v)
    return sorted(values)


def _rules_of(rules: Iterable[PolicyRule], kind: RequestKind) -> list[PolicyRule]:
    return [r for r in rules if r.applies_to is kind]


def _fee_samples(rules: Sequence[PolicyRule]) -> Iterator[RequestFacts]:
    discounts = [r.when.discount_pct_lte for r in rules if r.when.discount_pct_lte is not None]
    maker_limits = [r.when.maker_bps_lt for r in rules if r.when.maker_bps_lt is not None]
    for tier in Tier:
        rates = tier_fees(tier)
        # discount ≤ t holds exactly when maker ≥ tier × (1 − t/100) and taker likewise.
        makers = _around(
            [*(rates.maker_bps * (1 - t / 100) for t in discounts), *maker_limits,
             rates.maker_bps], Decimal(0), RATE_MAX_BPS)
        takers = _around(
            [*(rates.taker_bps * (1 - t / 100) for t in discounts), rates.taker_bps],
            Decimal(0), RATE_MAX_BPS)
        for maker, taker in product(makers, takers):
            if maker <= taker:
                yield RequestFacts.fee(tier, maker, taker)


def _usd_samples(rules: Sequence[PolicyRule]) -> list[Decimal]:
    limits = sorted({r.when.usd_amount_lte for r in rules if r.when.usd_amount_lte is not None})
    top = (limits[-1] if limits else Decimal(0)) * 2 + 1
    values = set(_around(limits, CENT, max(top, CENT)))
    # Between two limits closer than a cent (an expedite's value has any number of decimals).
    values.update((a + b) / 2 for a, b in pairwise(limits) if a > 0)
    return sorted(v for v in values if v > 0)


def _withdrawal_samples(rules: Sequence[PolicyRule]) -> Iterator[RequestFacts]:
    amounts = _usd_samples(rules)
    for tier, kind, usd in product(Tier, WithdrawalKind, amounts):
        yield RequestFacts.withdrawal(tier, kind, usd)


def _api_samples() -> Iterator[RequestFacts]:
    for tier, rate, cleared in product(Tier, RateLimitTier, (False, True)):
        yield RequestFacts.api_access(tier, rate, ["203.0.113.0/24"] if cleared else [],
                                      [] if cleared else ["203.0.113.0/24"])


def sample_requests(rules: Sequence[PolicyRule], kind: RequestKind) -> Iterator[RequestFacts]:
    """Requests of ``kind`` that stand for every possible one under ``rules`` (see the
    module's doc): every rule that decides some request decides one of these."""
    own = _rules_of(rules, kind)
    if kind is RequestKind.FEE_REQUEST:
        return _fee_samples(own)
    if kind is RequestKind.WITHDRAWAL_REQUEST:
        return _withdrawal_samples(own)
    return _api_samples()


# --- what the rules decide --------------------------------------------------------------------


@dataclass
class Coverage:
    """For one rule set: which rule decides which of the sample requests."""

    #: rule id → a request it decides (the first found), for rules that decide any.
    witnesses: dict[str, RequestFacts] = field(default_factory=dict)
    #: rule id → ids of the rules that decide the requests it matches, when it decides none.
    taken_by: dict[str, set[str]] = field(default_factory=dict)
    #: rule ids that match no request at all.
    unmatched: set[str] = field(default_factory=set)
    #: kinds of which some request is not blocked.
    open_kinds: set[RequestKind] = field(default_factory=set)


def coverage(rules: Sequence[PolicyRule]) -> Coverage:
    out = Coverage()
    matched: set[str] = set()
    taken: dict[str, set[str]] = {r.id: set() for r in rules}
    for kind in RequestKind:
        own = _rules_of(rules, kind)
        for facts in sample_requests(rules, kind):
            decision = evaluate(rules, facts)
            if decision.rule is not None:
                out.witnesses.setdefault(decision.rule.id, facts)
            if decision.action is not PolicyAction.BLOCK:
                out.open_kinds.add(kind)
            for rule in own:
                if matches(rule, facts):
                    matched.add(rule.id)
                    if decision.rule is not None and decision.rule.id != rule.id:
                        taken[rule.id].add(decision.rule.id)
    for rule in rules:
        if rule.id not in matched:
            out.unmatched.add(rule.id)
        elif rule.id not in out.witnesses:
            out.taken_by[rule.id] = taken[rule.id]
    return out


# --- findings ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StaffMember:
    id: str
    roles: frozenset[Role]

    @classmethod
    def of(cls, staff_id: str, roles: Iterable[str]) -> StaffMember:
        known = set()
        for role in roles:
            try:
                known.add(Role(role))
            except ValueError:
                continue  # a role this desk does not know grants nothing here
        return cls(staff_id, frozenset(known))


@dataclass(frozen=True)
class NeverFirst:
    """``rule_id`` matches requests, but the earlier rules ``taken_by`` always decide them."""

    rule_id: str
    taken_by: tuple[str, ...]


@dataclass(frozen=True)
class NeverMatches:
    """No request can meet every condition of ``rule_id``."""

    rule_id: str


@dataclass(frozen=True)
class ApprovalsImpossible:
    """``rule_id`` needs ``needed`` approvals by a ``role`` and only ``holders`` hold it.

    ``requesters`` are the staff whose own requests could then never be approved (a requester
    never approves their own); ``always`` when that is every request, whoever makes it.
    """

    rule_id: str
    role: Role
    needed: int
    holders: tuple[str, ...]
    requesters: tuple[str, ...]
    always: bool


@dataclass(frozen=True)
class NothingAllowed:
    """Every request of ``kind`` is blocked: no rule allows it or lets it be approved."""

    kind: RequestKind


Finding = NeverFirst | NeverMatches | ApprovalsImpossible | NothingAllowed


def _approvals(rule: PolicyRule, staff: Collection[StaffMember]) -> ApprovalsImpossible | None:
    if rule.action is not PolicyAction.REQUIRE_APPROVAL or rule.approver_role is None:
        return None
    role = rule.approver_role
    holders = sorted(s.id for s in staff if role in s.roles)
    requesters = sorted(s.id for s in staff if s.roles & REQUESTER_ROLES)
    # A request by someone who holds the role leaves one approver fewer.
    short = [r for r in requesters if len([h for h in holders if h != r]) < rule.approvals]
    if len(holders) >= rule.approvals and not short:
        return None
    always = len(holders) < rule.approvals or (bool(requesters) and len(short) == len(requesters))
    return ApprovalsImpossible(rule.id, role, rule.approvals, tuple(holders), tuple(short),
                               always)


def lint(rules: Sequence[PolicyRule], staff: Collection[StaffMember]) -> list[Finding]:
    """What is wrong with ``rules`` for these ``staff``, in the rules' order, then per kind."""
    cover = coverage(rules)
    findings: list[Finding] = []
    for rule in rules:
        if rule.id in cover.unmatched:
            findings.append(NeverMatches(rule.id))
        elif rule.id in cover.taken_by:
            order = [r.id for r in rules]
            taken = sorted(cover.taken_by[rule.id], key=order.index)
            findings.append(NeverFirst(rule.id, tuple(taken)))
        elif (short := _approvals(rule, staff)) is not None:
            findings.append(short)
    findings.extend(NothingAllowed(kind) for kind in RequestKind if kind not in cover.open_kinds)
    return findings


# --- why a rule matched (or did not) ----------------------------------------------------------


@dataclass(frozen=True)
class ConditionCheck:
    """One condition of a rule against one request: ``name`` is the condition's key,
    ``wanted`` the rule's value, ``actual`` the request's (None: the request has no such
    fact), ``held`` whether it holds."""

    name: str
    wanted: str
    actual: str | None
    held: bool


def _joined(values: Iterable[object]) -> str:
    return ", ".join(str(v) for v in values)


def explain(rule: PolicyRule, facts: RequestFacts) -> list[ConditionCheck]:
    """Each condition of ``rule`` with the request's value and whether it holds (an empty
    list: the rule has no condition and matches every request of its kind)."""
    w = rule.when
    out: list[ConditionCheck] = []
    if w.tiers is not None:
        out.append(ConditionCheck("tiers", _joined(w.tiers), facts.tier.value,
                                  facts.tier in w.tiers))
    if w.kind is not None:
        actual = None if facts.kind is None else facts.kind.value
        out.append(ConditionCheck("kind", w.kind.value, actual, facts.kind is w.kind))
    if w.discount_pct_lte is not None:
        d = facts.discount_pct
        out.append(ConditionCheck("discount_pct_lte", str(w.discount_pct_lte),
                                  None if d is None else _round(d),
                                  d is not None and d <= w.discount_pct_lte))
    if w.maker_bps_lt is not None:
        m = facts.maker_bps
        out.append(ConditionCheck("maker_bps_lt", str(w.maker_bps_lt),
                                  None if m is None else str(m),
                                  m is not None and m < w.maker_bps_lt))
    if w.usd_amount_lte is not None:
        u = facts.usd_amount
        out.append(ConditionCheck("usd_amount_lte", str(w.usd_amount_lte),
                                  None if u is None else str(u),
                                  u is not None and u <= w.usd_amount_lte))
    if w.rate_limit_tiers is not None:
        r = facts.rate_limit_tier
        out.append(ConditionCheck("rate_limit_tiers", _joined(w.rate_limit_tiers),
                                  None if r is None else r.value, r in w.rate_limit_tiers))
    if w.whitelist_cleared is not None:
        c = facts.whitelist_cleared
        out.append(ConditionCheck("whitelist_cleared", "true" if w.whitelist_cleared else "false",
                                  None if c is None else ("true" if c else "false"),
                                  c is w.whitelist_cleared))
    return out


def _round(value: Decimal) -> str:
    """A discount for reading: at most two decimals, no trailing zeros."""
    return format_bps(value.quantize(CENT))


__all__ = [
    "ApprovalsImpossible", "ConditionCheck", "Coverage", "Finding", "NeverFirst", "NeverMatches",
    "NothingAllowed", "StaffMember", "coverage", "explain", "lint",
    "sample_requests",
]
