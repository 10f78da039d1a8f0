"""Fee requests: a custom fee schedule for a client until ``valid_until``.

What is the fee kind's own: its body and its checks (rates, validity), the facts the policies
look at (the discount off the tier's rates), its effect (the client's ``fee_schedule`` becomes
``custom`` until ``valid_until``) and its fall-back (to the tier's schedule). The life cycle is
:mod:`vipclient.sandbox.maker_checker`'s.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter
from pydantic import Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from vipclient.domain.enums import FeeScope
from vipclient.domain.money import MoneyError, check_rates, parse_rate_bps, to_wire
from vipclient.domain.policy import RequestFacts, tier_fees
from vipclient.sandbox.clock import iso
from vipclient.sandbox.core import audit
from vipclient.sandbox.db import Client, FeeRequest
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


class FeeRequestIn(Body):
    client_uid: str = Field(min_length=1, max_length=20)
    maker_bps: str = Field(max_length=32, description="basis points, decimal string")
    taker_bps: str = Field(max_length=32, description="basis points, decimal string")
    scope: FeeScope = FeeScope.ALL
    valid_until: str = Field(max_length=40, description="RFC 3339, in the future, ≤ 365 days")
    reason: str = Field(max_length=4000)


class FeeRequestOut(RequestOut):
    maker_bps: str
    taker_bps: str
    scope: FeeScope


def _apply(s: Session, row: FeeRequest, client: Client, now: datetime) -> dict[str, Any]:
    client.fee_maker_bps, client.fee_taker_bps = row.maker_bps, row.taker_bps
    client.fee_source = "custom"
    client.fee_expires_at = row.valid_until
    touch_client(s, client, now)
    return {"maker_bps": row.maker_bps, "taker_bps": row.taker_bps,
            "expires_at": iso(row.valid_until)}


def _fall_back(s: Session, now: datetime) -> int:
    """Custom fee schedules past ``expires_at`` fall back to the tier's."""
    changed = 0
    for client in s.scalars(select(Client).where(
        Client.fee_source == "custom", Client.fee_expires_at.is_not(None),
        Client.fee_expires_at <= now,
    ).order_by(Client.uid)).all():
        rates = tier_fees(client.tier)
        client.fee_maker_bps, client.fee_taker_bps = to_wire(rates.maker_bps), to_wire(
            rates.taker_bps
        )
        client.fee_source, client.fee_expires_at = "tier", None
        audit(s, None, "client.update", client.uid,
              {"fee_schedule": "custom schedule expired; back to the tier's"})
        touch_client(s, client, now)
        changed += 1
    return changed


FEE_REQUESTS = RequestSpec(FeeRequest, "fee request", "/fee-requests", "FR", _apply, _fall_back)


@router.post("/fee-requests", status_code=201, response_model=FeeRequestOut)
def create_fee_request(body: FeeRequestIn, staff: Requester, sb: SbDep,
                       _key: IdempotencyKey) -> dict[str, Any]:
    now = sb.now()
    errors = Errors()
    maker = taker = None
    try:
        maker = parse_rate_bps(body.maker_bps, what="maker rate")
    except MoneyError as exc:
        errors.add("maker_bps", exc.message)
    try:
        taker = parse_rate_bps(body.taker_bps, what="taker rate")
    except MoneyError as exc:
        errors.add("taker_bps", exc.message)
    if maker is not None and taker is not None:
        try:
            check_rates(maker, taker)
        except MoneyError as exc:
            errors.add("maker_bps", exc.message)
    valid_until = check_valid_until(errors, body.valid_until, now)
    reason = check_reason(errors, body.reason)
    errors.raise_if_any()
    assert maker is not None and taker is not None and valid_until is not None

    def prepare(_s: Session, client: Client) -> tuple[RequestFacts, FeeRequest]:
        assert maker is not None and taker is not None
        row = FeeRequest(maker_bps=to_wire(maker), taker_bps=to_wire(taker),
                         scope=body.scope.value, valid_until=valid_until, reason=reason)
        return RequestFacts.fee(client.tier, maker, taker), row

    return submit(sb, staff, FEE_REQUESTS, body.client_uid, prepare)
