"""Demo API-access requests (platform-api v1.1): rate-limit tiers and IP whitelists.

They are judged by the contract's default rules like the fee and withdrawal requests of
:mod:`demo_requests` (whose outcomes, requesters and approvers they share), and drawn from a
generator of their own, so the rest of the book is record for record what it was before they
existed. They never change a client: an applied request is the one that gave the client the
``api`` settings it has now (so only clients whose whitelist is written in today's strict form
get one), and it has no ``valid_until`` (its fall-back would have nothing to fall back to).
Pending requests start from the client's settings now; history (rejected, expired, cancelled)
from them too.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from vipclient.domain.enums import PolicyAction, RateLimitTier
from vipclient.domain.networks import check_whitelist, diff_whitelists, setting_network
from vipclient.domain.policy import DEFAULT_POLICIES, RequestFacts, evaluate
from vipclient.sandbox.demo_clients import ClientPlan
from vipclient.sandbox.demo_requests import DAY, RequestFactory
from vipclient.sandbox.demo_time import ts

API_ACCESS_REQUEST_FIELDS: tuple[str, ...] = (
    "id", "client_uid", "requester_id", "rate_limit_tier", "ip_whitelist", "valid_until",
    "reason", "status", "rule_id", "approvals_required", "approver_role", "step_up",
    "approvals", "expires_at", "created_at", "updated_at", "version",
)
# The rules a pending request of the book is always waiting under (once managers have
# clients that allow it): one for a supervisor, one for a security officer.
PENDING_RULES: tuple[str, ...] = ("api-high-tier", "api-open-whitelist")

RAISE = "raise"  # a higher rate-limit tier
OPEN = "open"  # an emptied whitelist: any IP may use the keys
# The change a pending request of each rule asks for.
_CHANGE_FOR = {"api-high-tier": RAISE, "api-open-whitelist": OPEN}

_TIERS = tuple(RateLimitTier)
_NETS4 = ("203.0.113", "198.51.100", "192.0.2")
_RAISE_REASONS = (
    "Client runs a market-making bot on three pairs and hits the rate limit at every open.",
    "New algorithmic desk at the client; their order flow needs the higher request rate.",
    "Client is onboarding an execution broker that routes all orders through the API.",
    "Volume doubled this quarter; the client's risk engine polls positions every second.",
)
_LOWER_REASONS = (
    "Client switched their bot off for good; back to the standard limit at their request.",
    "Trial of the higher limit ended; the client's volume did not need it.",
)
_OPEN_REASONS = (
    "Client moved their bots to a cloud provider with changing IPs; keys rotated, the "
    "client accepts key-only protection.",
    "Client's traders work from hotels this month; the whitelist blocks them. Keys rotated.",
)
_NETWORK_REASONS = (
    "Client added a second data centre; new egress range confirmed by their CTO by phone.",
    "New office network for the client's trading desk, range from their provider's letter.",
    "Disaster-recovery site goes live next week; its range must be whitelisted first.",
)


@dataclass(frozen=True)
class _Settings:
    tier: str
    whitelist: tuple[str, ...]

    def strict(self) -> list[str]:
        """The networks as a request writes them (an older bare address as ``/32``)."""
        return [str(n) for n in map(setting_network, self.whitelist) if n is not None]


def _new_network(rng: random.Random) -> str:
    """In documentation ranges (RFC 5737, RFC 3849): realistic, never anybody's server."""
    kind = rng.random()
    if kind < 0.45:
        return f"{rng.choice(_NETS4)}.{rng.randrange(2, 250)}/32"
    if kind < 0.8:
        return f"{rng.choice(_NETS4)}.{rng.choice((0, 16, 32, 64, 128))}/28"
    return f"2001:db8:{rng.randrange(1, 0xFFFF):x}::/48"


def _rank(tier: str) -> int:
    return _TIERS.index(RateLimitTier(tier))


class ApiAccessFactory:
    """API-access requests of the seeded book, numbered AR000001 … (``requests`` lends its
    requesters, outcomes and times, so the three kinds of request read alike)."""

    def __init__(self, requests: RequestFactory) -> None:
        self.requests = requests
        self.seq = 0

    def _asked(self, rng: random.Random, now: _Settings,
               change: str) -> tuple[_Settings, str] | None:
        """What a request asks for from the settings ``now``; None when ``change`` cannot
        be asked (no whitelist to empty, no higher tier)."""
        networks = now.strict()
        if change == OPEN:
            return (_Settings(now.tier, ()), rng.choice(_OPEN_REASONS)) if networks else None
        higher = _TIERS[_rank(now.tier) + 1:]
        if not higher:
            return None
        extra = [_new_network(rng)] if not networks or rng.random() < 0.4 else []
        wanted = check_whitelist([*networks, *extra]).wire()
        return _Settings(rng.choice(higher).value, tuple(wanted)), rng.choice(_RAISE_REASONS)

    def _earlier(self, rng: random.Random, now: _Settings) -> tuple[_Settings, str] | None:
        """Settings the client may have had before a request gave it those ``now``, and that
        request's reason; None when no request could have (a whitelist written before
        today's strict form)."""
        if not check_whitelist(list(now.whitelist)).ok:
            return None
        if now.whitelist:
            kept = now.whitelist[:rng.randrange(len(now.whitelist))]
            before = _Settings(rng.choice(_TIERS[:_rank(now.tier) + 1]).value, kept)
        elif now.tier == RateLimitTier.STANDARD.value and rng.random() < 0.5:
            before = _Settings(now.tier, tuple(check_whitelist(
                [_new_network(rng), _new_network(rng)]).wire()))
        else:
            before = _Settings(RateLimitTier.ELEVATED.value, ())
        reasons: tuple[str, ...]
        if _rank(before.tier) < _rank(now.tier):
            reasons = _RAISE_REASONS
        elif _rank(before.tier) > _rank(now.tier):
            reasons = _LOWER_REASONS
        else:
            reasons = _NETWORK_REASONS if now.whitelist else _OPEN_REASONS
        return before, rng.choice(reasons)

    def api_access_request(
        self, rng: random.Random, plan: ClientPlan, status: str, change: str = RAISE
    ) -> dict[str, Any] | None:
        """One request wished to end in ``status``: an applied one led to the client's
        settings now, the others ask for ``change`` (:data:`RAISE` or :data:`OPEN`) from them;
        None if the rules forbid it."""
        client = plan.record
        now = _Settings(client["api"]["rate_limit_tier"], tuple(client["api"]["ip_whitelist"]))
        if status == "applied":
            earlier = self._earlier(rng, now)
            if earlier is None:
                return None
            (before, reason), after = earlier, now
        else:
            asked = self._asked(rng, now, change)
            if asked is None:
                return None
            before, (after, reason) = now, asked
        if after.tier == before.tier and not diff_whitelists(before.whitelist,
                                                             after.whitelist).changed:
            return None  # a request that changes nothing is refused
        decision = evaluate(DEFAULT_POLICIES, RequestFacts.api_access(
            client["tier"], after.tier, before.whitelist, after.whitelist))
        if decision.action is PolicyAction.BLOCK or decision.rule is None:
            return None
        requests = self.requests
        requester = requests.requester(rng, plan)
        created = requests.made_at(rng, decision, status)
        outcome = requests.outcome(rng, decision, requester, status, created)
        if outcome is None:
            return None
        final, approvals, expires, updated = outcome
        if final != status:
            return None  # an "allow" rule applies at once: it never ends otherwise
        valid_until = None
        if status != "applied" and rng.random() < 0.5:
            start = requests.now_s if status == "pending_approval" else created
            valid_until = ts(start + int(rng.uniform(30 * DAY, 180 * DAY)))
        self.seq += 1
        return {
            "id": f"AR{self.seq:06d}",
            "client_uid": client["uid"],
            "requester_id": requester,
            "rate_limit_tier": after.tier,
            "ip_whitelist": list(after.whitelist),
            "valid_until": valid_until,
            "reason": reason,
            # ``expires_at`` as the sandbox keeps it: only while a decision is awaited.
            **requests.decided(decision, final, approvals,
                               expires if final == "pending_approval" else None, created,
                               updated),
        }

    def for_client(
        self, rng: random.Random, plan: ClientPlan, *, force_pending: tuple[str, ...] = ()
    ) -> list[tuple[str, dict[str, Any]]]:
        """The API-access requests of one client — some history, the applied one behind its
        settings, a pending one — more often for clients who trade through the API.
        ``force_pending`` names rules (of :data:`PENDING_RULES`) one of which a pending
        request should wait under, where the client's settings allow it."""
        out: list[tuple[str, dict[str, Any]]] = []

        def add(status: str, change: str = RAISE) -> bool:
            for _ in range(3):  # a draw may land on a blocked or empty change: try again
                rec = self.api_access_request(rng, plan, status, change)
                if rec is not None:
                    out.append(("api_access_request", rec))
                    return True
            return False

        chance = 0.03 + (0.1 if "api-heavy" in plan.tags else 0.0)
        if rng.random() < chance:
            add(rng.choice(("rejected", "expired", "cancelled")), rng.choice((RAISE, OPEN)))
        if rng.random() < chance:
            add("applied")
        if not any(add("pending_approval", _CHANGE_FOR[rule]) for rule in force_pending) and (
            rng.random() < chance
        ):
            add("pending_approval", rng.choice((RAISE, OPEN)))
        return out
