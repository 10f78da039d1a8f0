"""Fee schedules and the request policies (platform-api, "Policies, fee requests …", and
"API-access requests (v1.1)").

Rules are data: the server serves an ordered list at ``GET /policies`` and the **first** rule
whose conditions all hold decides; when none matches, the request is blocked. The client runs
the same :func:`evaluate` over whatever the server serves to tell a person in advance what will
happen (allowed at once, who must approve, whether a TOTP code will be asked, or blocked); the
server's answer is what counts.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from vipclient.domain.enums import (
    PolicyAction,
    RateLimitTier,
    RequestKind,
    Role,
    Tier,
    WithdrawalKind,
)
from vipclient.domain.money import MoneyError, parse_decimal, to_wire


class PolicyError(ValueError):
    """A rule in its JSON form that cannot be understood."""


# --- tier fee schedules ----------------------------------------------------------------------


@dataclass(frozen=True)
class FeeRates:
    maker_bps: Decimal
    taker_bps: Decimal


TIER_FEES: dict[Tier, FeeRates] = {
    Tier.VIP1: FeeRates(Decimal("18"), Decimal("20")),
    Tier.VIP2: FeeRates(Decimal("16"), Decimal("19")),
    Tier.VIP3: FeeRates(Decimal("14"), Decimal("18")),
    Tier.VIP4: FeeRates(Decimal("12"), Decimal("16")),
    Tier.VIP5: FeeRates(Decimal("10"), Decimal("14")),
    Tier.VIP6: FeeRates(Decimal("8"), Decimal("12")),
    Tier.VIP7: FeeRates(Decimal("6"), Decimal("10")),
    Tier.VIP8: FeeRates(Decimal("4"), Decimal("8")),
    Tier.VIP9: FeeRates(Decimal("2"), Decimal("6")),
    Tier.VIP10: FeeRates(Decimal("1"), Decimal("4")),
}


def tier_fees(tier: Tier | str) -> FeeRates:
    return TIER_FEES[Tier(tier)]


def _one_discount(tier_rate: Decimal, requested: Decimal) -> Decimal:
    if tier_rate <= 0 or requested >= tier_rate:
        return Decimal(0)
    return (tier_rate - requested) / tier_rate * 100


def discount_pct(tier: Tier | str, maker_bps: Decimal, taker_bps: Decimal) -> Decimal:
    """The contract's discount: the larger of ``(tier − requested) / tier × 100`` for maker and
    for taker, each 0 where the request is not below the tier's rate or that rate is 0."""
    rates = tier_fees(tier)
    return max(_one_discount(rates.maker_bps, maker_bps), _one_discount(rates.taker_bps, taker_bps))


def usd_value(kind: WithdrawalKind | str, amount: Decimal, usd_price: Decimal) -> Decimal:
    """A withdrawal request's value in USD: a limit increase is stated in USD already (the new
    limit); an expedite is worth ``amount × usd_price`` of its asset."""
    if WithdrawalKind(kind) is WithdrawalKind.LIMIT_INCREASE:
        return amount
    return amount * usd_price


# --- rules -----------------------------------------------------------------------------------


_CONDITION_KEYS = (
    "tiers", "kind", "discount_pct_lte", "maker_bps_lt", "usd_amount_lte", "rate_limit_tiers",
    "whitelist_cleared",
)
_FLAGS = {"true": True, "false": False}


@dataclass(frozen=True)
class Conditions:
    """A rule's ``when``: every condition that is set must hold; none set always matches."""

    tiers: tuple[Tier, ...] | None = None
    kind: WithdrawalKind | None = None
    discount_pct_lte: Decimal | None = None
    maker_bps_lt: Decimal | None = None
    usd_amount_lte: Decimal | None = None
    rate_limit_tiers: tuple[RateLimitTier, ...] | None = None
    whitelist_cleared: bool | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.tiers is not None:
            out["tiers"] = [t.value for t in self.tiers]
        if self.kind is not None:
            out["kind"] = self.kind.value
        for key in ("discount_pct_lte", "maker_bps_lt", "usd_amount_lte"):
            value = getattr(self, key)
            if value is not None:
                out[key] = to_wire(value)
        if self.rate_limit_tiers is not None:
            out["rate_limit_tiers"] = [t.value for t in self.rate_limit_tiers]
        if self.whitelist_cleared is not None:
            out["whitelist_cleared"] = "true" if self.whitelist_cleared else "false"
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> Conditions:
        data = data or {}
        if not isinstance(data, Mapping):
            raise PolicyError("'when' must be an object")
        unknown = sorted(set(data) - set(_CONDITION_KEYS))
        if unknown:
            # An unknown condition cannot be judged here; guessing could show "allowed" for a
            # request the server blocks, so refuse the rule set instead.
            raise PolicyError(f"unknown condition(s): {', '.join(unknown)}")
        try:
            tiers = data.get("tiers")
            rate_tiers = data.get("rate_limit_tiers")
            return cls(
                tiers=None if tiers is None else tuple(Tier(t) for t in tiers),
                kind=None if data.get("kind") is None else WithdrawalKind(data["kind"]),
                discount_pct_lte=_opt_dec(data.get("discount_pct_lte")),
                maker_bps_lt=_opt_dec(data.get("maker_bps_lt")),
                usd_amount_lte=_opt_dec(data.get("usd_amount_lte")),
                rate_limit_tiers=None if rate_tiers is None else _rate_tiers(rate_tiers),
                whitelist_cleared=_opt_flag(data.get("whitelist_cleared")),
            )
        except (ValueError, TypeError) as exc:
            raise PolicyError(f"bad condition: {exc}") from exc


def _rate_tiers(values: Any) -> tuple[RateLimitTier, ...]:
    # A bare string would iterate as letters: a list of names is what the contract serves.
    if not isinstance(values, list):
        raise PolicyError("rate_limit_tiers is a list of tier names")
    return tuple(RateLimitTier(v) for v in values)


def _opt_flag(value: Any) -> bool | None:
    """``"true"``/``"false"``, strings like every condition value."""
    if value is None:
        return None
    if not isinstance(value, str) or value not in _FLAGS:
        raise PolicyError('a yes/no condition is "true" or "false"')
    return _FLAGS[value]


def _opt_dec(value: Any) -> Decimal | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise PolicyError("condition values are decimal strings")
    try:
        return parse_decimal(value)
    except MoneyError as exc:
        raise PolicyError(str(exc)) from exc


@dataclass(frozen=True)
class PolicyRule:
    id: str
    applies_to: RequestKind
    action: PolicyAction
    when: Conditions = field(default_factory=Conditions)
    approvals: int = 0
    approver_role: Role | None = None
    step_up: bool = False
    expires_after_hours: int | None = None
    description: str = ""

    def __post_init__(self) -> None:
        if self.action is PolicyAction.REQUIRE_APPROVAL:
            if self.approvals < 1 or self.approver_role is None:
                raise PolicyError(f"rule {self.id}: require_approval needs approvals and a role")
            if not self.expires_after_hours or self.expires_after_hours < 1:
                raise PolicyError(f"rule {self.id}: require_approval needs expires_after_hours")

    def expires_at(self, created_at: datetime) -> datetime | None:
        """When a pending request under this rule expires (None for allow/block)."""
        if self.expires_after_hours is None:
            return None
        return created_at + timedelta(hours=self.expires_after_hours)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "applies_to": self.applies_to.value,
            "when": self.when.to_json(),
            "action": self.action.value,
            "approvals": self.approvals,
            "approver_role": None if self.approver_role is None else self.approver_role.value,
            "step_up": self.step_up,
            "expires_after_hours": self.expires_after_hours,
        }
        if self.description:
            out["description"] = self.description
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PolicyRule:
        try:
            role = data.get("approver_role")
            hours = data.get("expires_after_hours")
            approvals = data.get("approvals") or 0
            step_up = data.get("step_up", False)
            if not isinstance(approvals, int) or isinstance(approvals, bool):
                raise PolicyError("approvals must be an integer")
            if hours is not None and (not isinstance(hours, int) or isinstance(hours, bool)):
                raise PolicyError("expires_after_hours must be an integer")
            if not isinstance(step_up, bool):
                raise PolicyError("step_up must be true or false")
            return cls(
                id=str(data["id"]),
                applies_to=RequestKind(data["applies_to"]),
                action=PolicyAction(data["action"]),
                when=Conditions.from_json(data.get("when")),
                approvals=approvals,
                approver_role=None if role is None else Role(role),
                step_up=step_up,
                expires_after_hours=hours,
                description=str(data.get("description") or ""),
            )
        except KeyError as exc:
            raise PolicyError(f"rule without {exc.args[0]!r}") from exc
        except ValueError as exc:
            if isinstance(exc, PolicyError):
                raise
            raise PolicyError(f"rule {data.get('id')!r}: {exc}") from exc


def rules_from_json(items: Iterable[Mapping[str, Any]]) -> list[PolicyRule]:
    """Rules in served order; raises :class:`PolicyError` naming the first bad one."""
    rules = [PolicyRule.from_json(item) for item in items]
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise PolicyError(f"duplicate rule id {rule.id!r}")
        seen.add(rule.id)
    return rules


def rules_to_json(rules: Iterable[PolicyRule]) -> list[dict[str, Any]]:
    return [rule.to_json() for rule in rules]


def _d(text: str) -> Decimal:
    return Decimal(text)


DEFAULT_POLICIES: tuple[PolicyRule, ...] = (
    PolicyRule(
        "fee-within-band", RequestKind.FEE_REQUEST, PolicyAction.ALLOW,
        Conditions(discount_pct_lte=_d("25")),
        description="A discount of up to 25 % off the tier's rates is applied at once.",
    ),
    PolicyRule(
        "fee-floor", RequestKind.FEE_REQUEST, PolicyAction.BLOCK,
        Conditions(maker_bps_lt=_d("0.5")),
        description="A maker rate below 0.5 bps is never granted.",
    ),
    PolicyRule(
        "fee-deep", RequestKind.FEE_REQUEST, PolicyAction.REQUIRE_APPROVAL,
        Conditions(discount_pct_lte=_d("75")), 1, Role.SUPERVISOR, False, 48,
        description="A discount of up to 75 % needs one supervisor within 48 h.",
    ),
    PolicyRule(
        "fee-extreme", RequestKind.FEE_REQUEST, PolicyAction.REQUIRE_APPROVAL,
        Conditions(), 1, Role.SUPERVISOR, True, 24,
        description="A deeper discount needs one supervisor with a TOTP code within 24 h.",
    ),
    PolicyRule(
        "wd-expedite", RequestKind.WITHDRAWAL_REQUEST, PolicyAction.ALLOW,
        Conditions(kind=WithdrawalKind.EXPEDITE, usd_amount_lte=_d("250000")),
        description="Expediting a withdrawal worth up to 250,000 USD is done at once.",
    ),
    PolicyRule(
        "wd-expedite-large", RequestKind.WITHDRAWAL_REQUEST, PolicyAction.REQUIRE_APPROVAL,
        Conditions(kind=WithdrawalKind.EXPEDITE, usd_amount_lte=_d("5000000")),
        1, Role.SECURITY_OFFICER, True, 24,
        description="Expediting up to 5,000,000 USD needs a security officer with a TOTP "
        "code within 24 h.",
    ),
    PolicyRule(
        "wd-limit", RequestKind.WITHDRAWAL_REQUEST, PolicyAction.REQUIRE_APPROVAL,
        Conditions(kind=WithdrawalKind.LIMIT_INCREASE, usd_amount_lte=_d("1000000")),
        1, Role.SUPERVISOR, False, 48,
        description="A 24 h withdrawal limit of up to 1,000,000 USD needs one supervisor "
        "within 48 h.",
    ),
    PolicyRule(
        "wd-limit-large", RequestKind.WITHDRAWAL_REQUEST, PolicyAction.REQUIRE_APPROVAL,
        Conditions(kind=WithdrawalKind.LIMIT_INCREASE, usd_amount_lte=_d("10000000")),
        1, Role.SECURITY_OFFICER, True, 72,
        description="A limit of up to 10,000,000 USD needs a security officer with a TOTP "
        "code within 72 h.",
    ),
    PolicyRule(
        "api-open-whitelist", RequestKind.API_ACCESS_REQUEST, PolicyAction.REQUIRE_APPROVAL,
        Conditions(whitelist_cleared=True), 1, Role.SECURITY_OFFICER, True, 24,
        description="Emptying a client's IP whitelist, so that their API keys work from any "
        "IP, needs a security officer with a TOTP code within 24 h.",
    ),
    PolicyRule(
        "api-market-maker-low-tier", RequestKind.API_ACCESS_REQUEST, PolicyAction.BLOCK,
        Conditions(rate_limit_tiers=(RateLimitTier.MARKET_MAKER,),
                   tiers=tuple(Tier.from_level(level) for level in range(1, 7))),
        description="The market-maker rate limit is never granted to clients below VIP7.",
    ),
    PolicyRule(
        "api-high-tier", RequestKind.API_ACCESS_REQUEST, PolicyAction.REQUIRE_APPROVAL,
        Conditions(rate_limit_tiers=(RateLimitTier.INSTITUTIONAL, RateLimitTier.MARKET_MAKER)),
        1, Role.SUPERVISOR, False, 48,
        description="The institutional or market-maker rate limit needs one supervisor "
        "within 48 h.",
    ),
    PolicyRule(
        "api-standard", RequestKind.API_ACCESS_REQUEST, PolicyAction.ALLOW,
        description="Any other change of API rate limit or IP whitelist is applied at once.",
    ),
)


# --- evaluation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestFacts:
    """What a rule's conditions look at, for one request."""

    applies_to: RequestKind
    tier: Tier
    maker_bps: Decimal | None = None
    taker_bps: Decimal | None = None
    kind: WithdrawalKind | None = None
    usd_amount: Decimal | None = None
    rate_limit_tier: RateLimitTier | None = None
    whitelist_cleared: bool | None = None

    @classmethod
    def fee(cls, tier: Tier | str, maker_bps: Decimal, taker_bps: Decimal) -> RequestFacts:
        return cls(RequestKind.FEE_REQUEST, Tier(tier), maker_bps=maker_bps, taker_bps=taker_bps)

    @classmethod
    def withdrawal(
        cls, tier: Tier | str, kind: WithdrawalKind | str, usd_amount: Decimal
    ) -> RequestFacts:
        return cls(
            RequestKind.WITHDRAWAL_REQUEST, Tier(tier), kind=WithdrawalKind(kind),
            usd_amount=usd_amount,
        )

    @classmethod
    def api_access(
        cls, tier: Tier | str, rate_limit_tier: RateLimitTier | str,
        current_whitelist: Collection[str], requested_whitelist: Collection[str],
    ) -> RequestFacts:
        """An API-access request; it clears the whitelist when it empties one that is not
        empty now (an empty whitelist lets any IP use the client's keys)."""
        return cls(
            RequestKind.API_ACCESS_REQUEST, Tier(tier),
            rate_limit_tier=RateLimitTier(rate_limit_tier),
            whitelist_cleared=bool(current_whitelist) and not requested_whitelist,
        )

    @property
    def discount_pct(self) -> Decimal | None:
        if self.maker_bps is None or self.taker_bps is None:
            return None
        return discount_pct(self.tier, self.maker_bps, self.taker_bps)


def matches(rule: PolicyRule, facts: RequestFacts) -> bool:
    """Whether every condition of ``rule`` holds; a condition about a fact the request does
    not have (e.g. a maker rate on a withdrawal request) does not hold."""
    if rule.applies_to is not facts.applies_to:
        return False
    w = rule.when
    if w.tiers is not None and facts.tier not in w.tiers:
        return False
    if w.kind is not None and facts.kind is not w.kind:
        return False
    if w.discount_pct_lte is not None:
        discount = facts.discount_pct
        if discount is None or discount > w.discount_pct_lte:
            return False
    if w.maker_bps_lt is not None and (
        facts.maker_bps is None or not facts.maker_bps < w.maker_bps_lt
    ):
        return False
    if w.rate_limit_tiers is not None and facts.rate_limit_tier not in w.rate_limit_tiers:
        return False
    if w.whitelist_cleared is not None and facts.whitelist_cleared is not w.whitelist_cleared:
        return False
    return w.usd_amount_lte is None or (
        facts.usd_amount is not None and facts.usd_amount <= w.usd_amount_lte
    )


@dataclass(frozen=True)
class Decision:
    """The first matching rule and what it says; ``rule`` is None when nothing matched (then
    the action is ``block``)."""

    rule: PolicyRule | None
    action: PolicyAction

    @property
    def rule_id(self) -> str | None:
        return None if self.rule is None else self.rule.id

    @property
    def approvals_required(self) -> int:
        if self.rule is None or self.action is not PolicyAction.REQUIRE_APPROVAL:
            return 0
        return self.rule.approvals

    @property
    def step_up(self) -> bool:
        return self.rule is not None and self.rule.step_up


def evaluate(rules: Sequence[PolicyRule], facts: RequestFacts) -> Decision:
    """First match decides; no match → block."""
    for rule in rules:
        if matches(rule, facts):
            return Decision(rule, rule.action)
    return Decision(None, PolicyAction.BLOCK)
