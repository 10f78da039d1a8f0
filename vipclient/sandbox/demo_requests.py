"""Demo fee and withdrawal requests (maker-checker history) and the one active freeze.

Every request is judged by the contract's default rules through
:func:`vipclient.domain.policy.evaluate`, so ``rule_id``, ``approvals_required``,
``approver_role``, ``step_up`` and ``expires_at`` are what the sandbox itself would have set;
requests the rules would block are never generated (a blocked request is refused, not
stored). Applied requests are reflected on the client (custom fee schedule, raised limit),
approvals never come from the requester, and pending ones have not expired at ``now``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from typing import Any

from vipclient.domain.enums import PolicyAction
from vipclient.domain.money import format_bps, to_wire
from vipclient.domain.policy import DEFAULT_POLICIES, Decision, RequestFacts, evaluate, tier_fees
from vipclient.sandbox.demo_clients import ClientPlan
from vipclient.sandbox.demo_market import ASSET_BY_SYMBOL, CRYPTO, CRYPTO_WEIGHTS
from vipclient.sandbox.demo_time import ts

HOUR = 3600
DAY = 86400

FEE_REQUEST_FIELDS: tuple[str, ...] = (
    "id", "client_uid", "requester_id", "maker_bps", "taker_bps", "scope", "valid_until",
    "reason", "status", "rule_id", "approvals_required", "approver_role", "step_up",
    "approvals", "expires_at", "created_at", "updated_at", "version",
)
WITHDRAWAL_REQUEST_FIELDS: tuple[str, ...] = (
    "id", "client_uid", "requester_id", "kind", "asset", "amount", "usd_amount",
    "withdrawal_id", "valid_until", "reason", "status", "rule_id", "approvals_required",
    "approver_role", "step_up", "approvals", "expires_at", "created_at", "updated_at", "version",
)
FREEZE_FIELDS: tuple[str, ...] = (
    "id", "client_uid", "scopes", "status", "reason_code", "note", "created_by", "created_at",
    "updated_at", "lifted_by", "lifted_at", "version",
)
# As the sandbox's approve/reject endpoints record a decision: who, what, when, in which role
# and whether the approval was stepped up.
APPROVAL_FIELDS: tuple[str, ...] = ("staff_id", "decision", "comment", "at", "role", "step_up")
# The ``decision`` values of an approval entry, as the approve/reject endpoints record them.
APPROVE = "approve"
REJECT = "reject"

_FEE_REASONS = (
    "Client is moving most of their maker volume from a competitor and asked us to match "
    "their current rate.",
    "Market maker on new listings; committed to keep two-sided quotes within 10 bps.",
    "30-day volume is just below the next tier; bridging rate agreed for the quarter.",
    "Institutional onboarding: rate agreed in the term sheet signed by sales.",
    "Retention: client threatened to leave after the fee change; supervisor asked for an offer.",
    "Promotional rate for the futures launch, as agreed with the client's trading desk.",
)
_LIMIT_REASONS = (
    "Client settles OTC trades daily and the current limit splits every settlement in two.",
    "Treasury rebalancing to cold storage at month end; documents on file.",
    "Fund subscription cycle: redemptions need to leave within 24 h.",
    "Client bought property abroad; proof of purchase received by compliance.",
)
_EXPEDITE_REASONS = (
    "Client has a margin call on another venue; funds must leave within the hour.",
    "Settlement deadline with an OTC counterparty today, address whitelisted for months.",
    "Withdrawal held by routine review; client known, destination verified by phone.",
    "Payroll for the client's company, same address every month.",
)
_APPROVE_COMMENTS = (
    "Checked volume and history, fine.",
    "Approved — within what sales agreed.",
    "OK. Client verified by phone.",
    "Source of funds on file, approved.",
    "Approved for the stated period only.",
)
_REJECT_COMMENTS = (
    "Too deep for this volume; offer the next tier instead.",
    "Rejected: source of funds not documented yet.",
    "Not justified by the 30-day volume.",
    "Destination address added yesterday — wait for the 24 h cool-down.",
)
FREEZE_NOTES = (
    "Client called from a new number reporting a SIM swap; attacker changed the e-mail and "
    "tried two withdrawals to new addresses. Freeze until identity is re-verified on video.",
    "Phishing site harvested the client's credentials; API keys created from an unknown IP. "
    "Keys revoked, account frozen pending a security review with the client.",
)


@dataclass(slots=True)
class RequestDesk:
    """Who may ask and who may approve, by role."""

    managers: tuple[str, ...]
    supervisors: tuple[str, ...]
    security: tuple[str, ...]

    @classmethod
    def from_staff(cls, staff: list[dict[str, Any]]) -> RequestDesk:
        def with_role(role: str) -> tuple[str, ...]:
            return tuple(s["id"] for s in staff if role in s["roles"])

        return cls(with_role("account_manager"), with_role("supervisor"),
                   with_role("security_officer"))

    def approvers(self, role: str | None, requester: str) -> tuple[str, ...]:
        pool = {"supervisor": self.supervisors, "security_officer": self.security}.get(
            role or "", ())
        return tuple(s for s in pool if s != requester)


def _rate(tier_rate: Decimal, discount_pct: float) -> Decimal:
    """The tier's rate less ``discount_pct`` %, rounded up to 0.01 bps so the real discount
    never exceeds the one aimed at."""
    value = tier_rate * (Decimal(1) - Decimal(str(round(discount_pct, 2))) / 100)
    return value.quantize(Decimal("0.01"), rounding=ROUND_CEILING)


class RequestFactory:
    """Fee and withdrawal requests of the seeded book, numbered FR000001 / WR000001."""

    def __init__(self, now_s: int, desk: RequestDesk) -> None:
        self.now_s = now_s
        self.desk = desk
        self.fee_seq = 0
        self.wd_seq = 0
        self._crypto_cum: list[int] = []
        total = 0
        for w in CRYPTO_WEIGHTS:
            total += w
            self._crypto_cum.append(total)

    # -- shared -------------------------------------------------------------------------

    def requester(self, rng: random.Random, plan: ClientPlan) -> str:
        if plan.manager in self.desk.managers and rng.random() < 0.9:
            return plan.manager
        if self.desk.supervisors:
            return rng.choice(self.desk.supervisors)
        return plan.manager

    def outcome(
        self,
        rng: random.Random,
        decision: Decision,
        requester: str,
        status: str,
        created: int,
    ) -> tuple[str, list[dict[str, Any]], int | None, int] | None:
        """Status, approvals, expires_at and updated_at for a wished-for ``status``, or None
        when the rules make it impossible (no eligible approver, or pending but expired)."""
        rule = decision.rule
        assert rule is not None
        expires = None if rule.expires_after_hours is None else (
            created + rule.expires_after_hours * HOUR)
        if decision.action is PolicyAction.ALLOW:
            # Applied the moment it was made: an allowed request has no other history.
            return "applied", [], expires, created
        role = rule.approver_role.value if rule.approver_role is not None else None
        approvers = self.desk.approvers(role, requester)
        assert expires is not None
        if not approvers and status != "cancelled":
            return None  # nobody but the requester could decide: maker-checker forbids it
        if status == "pending_approval":
            if expires <= self.now_s:
                return None
            return status, [], expires, created
        if status == "expired":
            return (status, [], expires, expires) if expires <= self.now_s else None
        if status == "cancelled":
            at = created + int(rng.uniform(600, min(expires - created, 20 * HOUR)))
            return (status, [], expires, at) if at <= self.now_s else None
        at = created + int(rng.uniform(300, min(expires - created - 60, 18 * HOUR)))
        if at > self.now_s:
            return None
        approver = rng.choice(approvers)
        if status == "rejected":
            entry = {"staff_id": approver, "decision": REJECT,
                     "comment": rng.choice(_REJECT_COMMENTS), "at": ts(at), "role": role,
                     "step_up": False}
            return status, [entry], expires, at
        entry = {"staff_id": approver, "decision": APPROVE,
                 "comment": rng.choice(_APPROVE_COMMENTS), "at": ts(at), "role": role,
                 "step_up": rule.step_up}
        return "applied", [entry], expires, at

    def made_at(self, rng: random.Random, decision: Decision, status: str) -> int:
        """When a request wished to end in ``status`` was made: a pending one within its
        rule's expiry, an applied one days to weeks ago, history further back."""
        if status == "pending_approval":
            assert decision.rule is not None
            hours = decision.rule.expires_after_hours or 24
            return self.now_s - int(rng.uniform(0.05, 0.85) * hours * HOUR)
        if status == "applied":
            return self.now_s - int(rng.uniform(2 * DAY, 60 * DAY))
        return self.now_s - int(rng.uniform(4 * DAY, 90 * DAY))

    def decided(self, decision: Decision, final: str, approvals: list[dict[str, Any]],
                expires: int | None, created: int, updated: int) -> dict[str, Any]:
        """A record's fields from ``status`` to ``version`` (in the records' order): what its
        rule and its history set."""
        return {
            "status": final,
            **self.policy_fields(decision),
            "approvals": approvals,
            "expires_at": None if expires is None else ts(expires),
            "created_at": ts(created),
            "updated_at": ts(updated),
            "version": 1 + len(approvals) + (1 if final in ("expired", "cancelled") else 0),
        }

    @staticmethod
    def policy_fields(decision: Decision) -> dict[str, Any]:
        rule = decision.rule
        assert rule is not None
        return {
            "rule_id": rule.id,
            "approvals_required": decision.approvals_required,
            "approver_role": None if rule.approver_role is None else rule.approver_role.value,
            "step_up": rule.step_up,
        }

    # -- fee requests -------------------------------------------------------------------

    def fee_request(
        self, rng: random.Random, plan: ClientPlan, status: str, depth: str
    ) -> dict[str, Any] | None:
        """One fee request wished to end in ``status`` with a ``depth`` of discount
        (``band`` ≤ 25 %, ``deep`` ≤ 75 %, ``extreme`` beyond); None if the rules forbid it.
        An applied request becomes the client's custom fee schedule."""
        tier = plan.record["tier"]
        rates = tier_fees(tier)
        lo, hi = {"band": (5.0, 25.0), "deep": (30.0, 72.0), "extreme": (78.0, 92.0)}[depth]
        d = rng.uniform(lo, hi)
        maker = _rate(rates.maker_bps, d)
        taker = _rate(rates.taker_bps, d * rng.uniform(0.4, 1.0))
        facts = RequestFacts.fee(tier, maker, taker)
        decision = evaluate(DEFAULT_POLICIES, facts)
        if decision.action is PolicyAction.BLOCK or decision.rule is None:
            return None
        requester = self.requester(rng, plan)
        created = self.made_at(rng, decision, status)
        outcome = self.outcome(rng, decision, requester, status, created)
        if outcome is None:
            return None
        final, approvals, expires, updated = outcome
        if final == "applied":  # the client's current custom schedule: still valid now
            valid_until = self.now_s + int(rng.uniform(20 * DAY, 180 * DAY))
        else:
            valid_until = created + int(rng.uniform(20 * DAY, 180 * DAY))
        if final != status and status != "applied":
            return None  # an "allow" rule cannot end pending, rejected, expired or cancelled
        self.fee_seq += 1
        record: dict[str, Any] = {
            "id": f"FR{self.fee_seq:06d}",
            "client_uid": plan.record["uid"],
            "requester_id": requester,
            "maker_bps": format_bps(maker),
            "taker_bps": format_bps(taker),
            "scope": rng.choices(("all", "spot", "futures"), weights=(6, 3, 2))[0],
            "valid_until": ts(valid_until),
            "reason": rng.choice(_FEE_REASONS),
            **self.decided(decision, final, approvals, expires, created, updated),
        }
        if final == "applied":
            client = plan.record
            client["fee_schedule"] = {
                "maker_bps": record["maker_bps"],
                "taker_bps": record["taker_bps"],
                "source": "custom",
                "expires_at": record["valid_until"],
            }
            client["version"] += 1
            client["updated_at"] = max(client["updated_at"], record["updated_at"])
        return record

    # -- withdrawal requests ------------------------------------------------------------

    def withdrawal_request(
        self, rng: random.Random, plan: ClientPlan, status: str, kind: str
    ) -> dict[str, Any] | None:
        """One withdrawal request (``limit_increase`` or ``expedite``) wished to end in
        ``status``; None if the rules forbid it. An applied limit increase raises the
        client's 24 h limit until ``valid_until``."""
        client = plan.record
        tier = client["tier"]
        current = Decimal(client["withdrawal_limit_24h_usd"])
        withdrawal_id: str | None = None
        valid_until: int | None = None
        if kind == "limit_increase":
            asset = ASSET_BY_SYMBOL["USD"]
            raised = current * Decimal(str(rng.choice((1.5, 2, 2.5, 3, 4))))
            raised = min(raised, Decimal(10_000_000))
            raised = (raised / 50_000).quantize(Decimal(1), rounding=ROUND_CEILING) * 50_000
            if raised <= current:
                return None
            amount = raised.quantize(Decimal("0.01"))
            usd = amount
        else:
            asset = CRYPTO[rng.choices(range(len(CRYPTO)), cum_weights=self._crypto_cum)[0]]
            target = rng.uniform(20_000, 200_000) if rng.random() < 0.55 else rng.uniform(
                400_000, 4_000_000)
            price = Decimal(asset.usd_price)
            amount = (Decimal(str(target)) / price).quantize(Decimal(1).scaleb(-asset.places))
            if amount <= 0:
                return None
            usd = (amount * price).quantize(Decimal("0.01"))
            withdrawal_id = f"WD{rng.randrange(10**11, 10**12)}"
        facts = RequestFacts.withdrawal(tier, kind, usd)
        decision = evaluate(DEFAULT_POLICIES, facts)
        if decision.action is PolicyAction.BLOCK or decision.rule is None:
            return None
        requester = self.requester(rng, plan)
        if status == "pending_approval":
            hours = decision.rule.expires_after_hours or 24
            created = self.now_s - int(rng.uniform(0.05, 0.85) * hours * HOUR)
        elif status == "applied" and kind == "limit_increase":
            created = self.now_s - int(rng.uniform(1 * DAY, 20 * DAY))
        else:
            created = self.now_s - int(rng.uniform(2 * DAY, 90 * DAY))
        if kind == "limit_increase":
            start = self.now_s if status in ("applied", "pending_approval") else created
            valid_until = start + int(rng.uniform(7 * DAY, 90 * DAY))
        outcome = self.outcome(rng, decision, requester, status, created)
        if outcome is None:
            return None
        final, approvals, expires, updated = outcome
        if final != status and status != "applied":
            return None
        self.wd_seq += 1
        record: dict[str, Any] = {
            "id": f"WR{self.wd_seq:06d}",
            "client_uid": client["uid"],
            "requester_id": requester,
            "kind": kind,
            "asset": asset.symbol,
            "amount": to_wire(amount),
            "usd_amount": to_wire(usd),
            "withdrawal_id": withdrawal_id,
            "valid_until": None if valid_until is None else ts(valid_until),
            "reason": rng.choice(_LIMIT_REASONS if kind == "limit_increase"
                                 else _EXPEDITE_REASONS),
            **self.decided(decision, final, approvals, expires, created, updated),
        }
        if final == "applied" and kind == "limit_increase":
            client["withdrawal_limit_24h_usd"] = f"{amount:.2f}"
            client["version"] += 1
            client["updated_at"] = max(client["updated_at"], record["updated_at"])
        return record

    # -- per client ---------------------------------------------------------------------

    def for_client(
        self, rng: random.Random, plan: ClientPlan, *, force_pending: str | None = None
    ) -> list[tuple[str, dict[str, Any]]]:
        """The requests of one client. ``force_pending`` (``fee_request`` or
        ``withdrawal_request``) guarantees a pending one, so even a small sandbox has work
        waiting for a checker."""
        out: list[tuple[str, dict[str, Any]]] = []
        level = plan.level

        def add_fee(status: str, depth: str) -> bool:
            for _ in range(4):  # a draw may land on a blocked rate: try another depth
                rec = self.fee_request(rng, plan, status, depth)
                if rec is not None:
                    out.append(("fee_request", rec))
                    return True
            return False

        def add_wd(status: str, kind: str) -> bool:
            for _ in range(4):
                rec = self.withdrawal_request(rng, plan, status, kind)
                if rec is not None:
                    out.append(("withdrawal_request", rec))
                    return True
            return False

        # History first (older), then what is live now; a later applied schedule wins.
        if rng.random() < 0.04:
            add_fee(rng.choice(("rejected", "expired", "cancelled")),
                    rng.choice(("deep", "extreme")))
        if rng.random() < 0.02 + 0.012 * level:
            add_fee("applied", rng.choices(("band", "deep"), weights=(3, 2))[0])
        if force_pending == "fee_request" or rng.random() < 0.025 + 0.004 * level:
            add_fee("pending_approval", rng.choices(("deep", "extreme"), weights=(3, 1))[0])
        if rng.random() < 0.03:
            add_wd(rng.choice(("rejected", "expired", "cancelled")),
                   rng.choice(("limit_increase", "expedite")))
        if rng.random() < 0.04:
            add_wd("applied", rng.choice(("limit_increase", "expedite")))
        if force_pending == "withdrawal_request" or rng.random() < 0.025 + 0.003 * level:
            add_wd("pending_approval", rng.choice(("limit_increase", "expedite")))
        return out


def make_freeze(
    rng: random.Random, plan: ClientPlan, created_by: str, at: int, reason: str
) -> dict[str, Any]:
    """The active freeze on ``plan``'s client, and the client's status and scopes to match.
    ``reason`` is ``account_compromise`` or ``phishing_report`` (the notes tell those)."""
    scopes = rng.choice((["withdrawals", "api"], ["login", "trading", "withdrawals", "api"],
                         ["withdrawals"]))
    note = FREEZE_NOTES[0] if reason == "account_compromise" else FREEZE_NOTES[1]
    client = plan.record
    client["status"] = "frozen"
    client["freeze_scopes"] = list(scopes)
    client["version"] += 1
    client["updated_at"] = max(client["updated_at"], ts(at))
    return {
        "id": "FZ000001",
        "client_uid": client["uid"],
        "scopes": list(scopes),
        "status": "active",
        "reason_code": reason,
        "note": note,
        "created_by": created_by,
        "created_at": ts(at),
        "updated_at": ts(at),
        "lifted_by": None,
        "lifted_at": None,
        "version": 1,
    }
