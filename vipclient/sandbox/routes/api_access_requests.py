"""API-access requests (platform-api v1.1): a client's API rate-limit tier and IP whitelist.

What is the API-access kind's own: its body and its checks (tier, whitelist, validity, a
change at all), the facts the policies look at (requested tier, whether a whitelist is
emptied), its effect (the client's ``api`` becomes the requested settings) and its fall-back
at ``valid_until``. The life cycle is :mod:`vipclient.sandbox.maker_checker`'s; whitelist
rules are :mod:`vipclient.domain.networks`'.

Choices the contract leaves open (documented in docs/sandbox.md):

* the whitelist is stored and served in canonical form (``2001:0DB8::/48`` →
  ``2001:db8::/48``), in the order sent; spaces around an entry are dropped;
* "changes nothing" compares with the client's settings now, where an address written
  without a prefix (settings older than these rules) means that one address; it is checked
  once the client is found, after the frozen check, and names both fields;
* only the latest applied request of a client can fall back: applying one cancels what an
  earlier one was to fall back to; a fall-back restores exactly the settings its request
  replaced (audited ``client.update`` by the system).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter
from pydantic import Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from vipclient.domain.enums import RateLimitTier
from vipclient.domain.networks import check_whitelist, diff_whitelists
from vipclient.domain.policy import RequestFacts
from vipclient.sandbox.clock import iso
from vipclient.sandbox.core import audit
from vipclient.sandbox.db import ApiAccessRequest, Client
from vipclient.sandbox.deps import IdempotencyKey
from vipclient.sandbox.maker_checker import (
    Requester,
    RequestOut,
    RequestSpec,
    SbDep,
    check_reason,
    check_valid_until,
    submit,
    touch_client,
)
from vipclient.sandbox.refusals import Errors
from vipclient.sandbox.schemas import Body

router = APIRouter()

_TIERS = tuple(t.value for t in RateLimitTier)


class ApiAccessRequestIn(Body):
    client_uid: str = Field(min_length=1, max_length=20)
    # A string checked by the route, so that a wrong tier is named beside every other bad
    # field of the same request.
    rate_limit_tier: str = Field(max_length=40, json_schema_extra={"enum": list(_TIERS)})
    ip_whitelist: list[Annotated[str, Field(max_length=200)]] = Field(
        max_length=100, description="the complete new list: at most 20 networks in CIDR form; "
        "empty means any IP")
    valid_until: str | None = Field(default=None, max_length=40,
                                    description="RFC 3339, in the future, ≤ 365 days")
    reason: str = Field(max_length=4000)


class ApiAccessRequestOut(RequestOut):
    rate_limit_tier: RateLimitTier
    ip_whitelist: list[str]


def _settings(client: Client) -> dict[str, Any]:
    return {"rate_limit_tier": client.api_rate_limit_tier,
            "ip_whitelist": list(client.api_ip_whitelist)}


def _set(s: Session, client: Client, settings: dict[str, Any], now: datetime) -> dict[str, Any]:
    """Make ``settings`` the client's ``api``; returns what changed, for the audit."""
    diff = diff_whitelists(client.api_ip_whitelist, settings["ip_whitelist"])
    changed = {"rate_limit_tier": settings["rate_limit_tier"],
               "from_rate_limit_tier": client.api_rate_limit_tier,
               "added": list(diff.added), "removed": list(diff.removed)}
    client.api_rate_limit_tier = settings["rate_limit_tier"]
    client.api_ip_whitelist = list(settings["ip_whitelist"])
    touch_client(s, client, now)
    return changed


def _apply(s: Session, row: ApiAccessRequest, client: Client, now: datetime) -> dict[str, Any]:
    before = _settings(client)
    # This request changes the settings, so no earlier one falls back any more.
    for earlier in s.scalars(select(ApiAccessRequest).where(
        ApiAccessRequest.client_uid == client.uid, ApiAccessRequest.fallback_at.is_not(None),
    )):
        earlier.fallback_at, earlier.fallback_api = None, None
    if row.valid_until is not None:
        row.fallback_at, row.fallback_api = row.valid_until, before
    changed = _set(s, client, {"rate_limit_tier": row.rate_limit_tier,
                               "ip_whitelist": row.ip_whitelist}, now)
    return changed | {"until": iso(row.valid_until)}


def _fall_back(s: Session, now: datetime) -> int:
    """Applied requests past ``valid_until`` (and not changed since by a later one) give the
    client back the settings they replaced."""
    due = s.scalars(select(ApiAccessRequest).where(
        ApiAccessRequest.fallback_at.is_not(None), ApiAccessRequest.fallback_at <= now,
    ).order_by(ApiAccessRequest.fallback_at, ApiAccessRequest.id)).all()
    for row in due:
        settings = row.fallback_api
        row.fallback_at, row.fallback_api = None, None
        client = s.get(Client, row.client_uid)
        assert client is not None and settings is not None
        changed = _set(s, client, settings, now)
        audit(s, None, "client.update", client.uid,
              {"api": changed, "request_id": row.id, "reason": "API access change ended"})
    return len(due)


API_ACCESS_REQUESTS = RequestSpec(ApiAccessRequest, "API-access request",
                                  "/api-access-requests", "AR", _apply, _fall_back)


@router.post("/api-access-requests", status_code=201, response_model=ApiAccessRequestOut)
def create_api_access_request(body: ApiAccessRequestIn, staff: Requester, sb: SbDep,
                              _key: IdempotencyKey) -> dict[str, Any]:
    now = sb.now()
    errors = Errors()
    tier: RateLimitTier | None = None
    try:
        tier = RateLimitTier(body.rate_limit_tier)
    except ValueError:
        errors.add("rate_limit_tier", f"Choose one of the rate-limit tiers: {', '.join(_TIERS)}.")
    whitelist = check_whitelist(body.ip_whitelist)
    for problem in whitelist.problems:
        field = "ip_whitelist" if problem.index is None else f"ip_whitelist[{problem.index}]"
        errors.add(field, problem.message)
    valid_until = None
    if body.valid_until is not None:
        valid_until = check_valid_until(errors, body.valid_until, now)
    reason = check_reason(errors, body.reason)
    errors.raise_if_any()
    assert tier is not None
    networks = whitelist.wire()

    def prepare(_s: Session, client: Client) -> tuple[RequestFacts, ApiAccessRequest]:
        assert tier is not None
        if (tier.value == client.api_rate_limit_tier
                and not diff_whitelists(client.api_ip_whitelist, networks).changed):
            nothing = Errors()
            nothing.add("rate_limit_tier", f"The client's rate-limit tier is {tier} already.")
            nothing.add("ip_whitelist", "The client's whitelist holds these networks already.")
            nothing.raise_if_any("This request changes nothing: the client has these API "
                                 "settings already.")
        row = ApiAccessRequest(rate_limit_tier=tier.value, ip_whitelist=networks,
                               valid_until=valid_until, reason=reason)
        facts = RequestFacts.api_access(client.tier, tier, client.api_ip_whitelist, networks)
        return facts, row

    return submit(sb, staff, API_ACCESS_REQUESTS, body.client_uid, prepare)
