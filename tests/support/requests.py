"""Requests of all three kinds as the feed serves them, for caches filled without a server
(unit tests of the Requests section's queries, its screens, and the 10,000-request benchmark)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.support.screens import apply, client_json
from tests.support.sync import upsert
from vipclient.domain.policy import DEFAULT_POLICIES
from vipclient.domain.sla import format_ts
from vipclient.store.cache import Cache

NOW = datetime(2026, 11, 25, 9, 0, 0, tzinfo=UTC)


def request_json(entity: str, request_id: str, client_uid: str, *, requester: str = "S1",
                 status: str = "pending_approval", rule_id: str = "fee-deep",
                 approver_role: str | None = "supervisor", approvals: list[dict[str, Any]] |
                 None = None, created: datetime = NOW, version: int = 1,
                 **extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": request_id, "client_uid": client_uid, "requester_id": requester,
        "status": status, "rule_id": rule_id,
        "approvals_required": 1 if approver_role else 0, "approver_role": approver_role,
        "step_up": False, "approvals": approvals or [],
        "expires_at": format_ts(created + timedelta(hours=48))
        if status == "pending_approval" else None,
        "reason": "The client's volume doubled this quarter.",
        "created_at": format_ts(created), "updated_at": format_ts(created), "version": version,
    }
    if entity == "fee_request":
        base.update(maker_bps="3", taker_bps="7", scope="all",
                    valid_until=format_ts(created + timedelta(days=30)))
    elif entity == "withdrawal_request":
        base.update(kind="limit_increase", asset="USD", amount="3000000", usd_amount="3000000",
                    withdrawal_id=None, valid_until=format_ts(created + timedelta(days=7)))
    else:
        base.update(rate_limit_tier="institutional", ip_whitelist=["203.0.113.0/24"],
                    valid_until=None)
    base.update(extra)
    return base


def policies() -> list[Any]:
    return [upsert("policy", dict(rule.to_json(), version=1)) for rule in DEFAULT_POLICIES]


ENTITIES = ("fee_request", "withdrawal_request", "api_access_request")
_RULES = {"fee_request": ("fee-deep", "supervisor"),
          "withdrawal_request": ("wd-limit-large", "security_officer"),
          "api_access_request": ("api-high-tier", "supervisor")}


def fill_requests(cache: Cache, n: int, clients: int, seed: int = 11) -> None:
    """``n`` requests spread over the three kinds, the clients U10000000… and staff S1–S4,
    a fifth of them pending."""
    rng = random.Random(seed)
    batch = []
    for i in range(n):
        entity = ENTITIES[i % 3]
        rule, role = _RULES[entity]
        status = rng.choice(["pending_approval", "applied", "applied", "rejected", "expired",
                             "cancelled", "applied", "applied", "applied", "applied"])
        batch.append(upsert(entity, request_json(
            entity, f"R{i:06d}", f"U{10000000 + rng.randrange(clients)}",
            requester=rng.choice(["S1", "S1", "S2", "S3"]), status=status, rule_id=rule,
            approver_role=role, created=NOW - timedelta(minutes=rng.randrange(60 * 24 * 90)),
        )))
    apply(cache, *batch, *policies())


__all__ = ["NOW", "client_json", "fill_requests", "policies", "request_json"]
