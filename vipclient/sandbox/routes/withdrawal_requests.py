"""Withdrawal requests: a higher 24 h withdrawal limit until ``valid_until``, or the expedited
release of one withdrawal.

What is the withdrawal kind's own: its body and its checks (asset, amount, validity), the
facts the policies look at (kind and USD value), its effect and its fall-back. The life cycle
is :mod:`vipclient.sandbox.maker_checker`'s.

Choices the contract leaves open (documented in docs/sandbox.md):

* a limit increase that is not above the client's current limit is 409 (``not-an-increase``);
* an applied expedite is the release of that withdrawal: the request records it and the audit
  entry says ``released: true`` (the contract has no withdrawal entity to update);
* a second increase on top of a running one falls back, at its own end, to the limit before
  the first.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from fastapi import APIRouter
from pydantic import Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from vipclient.domain.enums import WithdrawalKind
from vipclient.domain.money import MoneyError, parse_amount, quantize, to_wire
from vipclient.domain.policy import RequestFacts, usd_value
from vipclient.sandbox.clock import iso
from vipclient.sandbox.core import audit
from vipclient.sandbox.db import Asset, Client, WithdrawalRequest
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
from vipclient.sandbox.problems import Problem
from vipclient.sandbox.refusals import Errors
from vipclient.sandbox.schemas import Body

router = APIRouter()


class WithdrawalRequestIn(Body):
    client_uid: str = Field(min_length=1, max_length=20)
    kind: WithdrawalKind
    asset: str = Field(min_length=1, max_length=10)
    amount: str = Field(max_length=64, description="decimal string; USD for limit_increase")
    withdrawal_id: str | None = Field(default=None, max_length=64)
    valid_until: str | None = Field(default=None, max_length=40)
    reason: str = Field(max_length=4000)


class WithdrawalRequestOut(RequestOut):
    kind: WithdrawalKind
    asset: str
    amount: str
    usd_amount: str
    withdrawal_id: str | None


def _apply(s: Session, row: WithdrawalRequest, client: Client,
           now: datetime) -> dict[str, Any]:
    if row.kind != WithdrawalKind.LIMIT_INCREASE.value:
        return {"withdrawal_id": row.withdrawal_id, "released": True,
                "asset": row.asset, "amount": row.amount}
    if client.base_withdrawal_limit_24h_usd is None:
        # Keep the limit to fall back to; a second increase on top keeps the first base.
        client.base_withdrawal_limit_24h_usd = client.withdrawal_limit_24h_usd
    client.withdrawal_limit_24h_usd = row.amount
    client.withdrawal_limit_expires_at = row.valid_until
    touch_client(s, client, now)
    return {"withdrawal_limit_24h_usd": row.amount, "until": iso(row.valid_until)}


def _fall_back(s: Session, now: datetime) -> int:
    """Applied limit increases past ``valid_until`` fall back to the limit before them."""
    changed = 0
    for client in s.scalars(select(Client).where(
        Client.withdrawal_limit_expires_at.is_not(None),
        Client.withdrawal_limit_expires_at <= now,
    ).order_by(Client.uid)).all():
        base = client.base_withdrawal_limit_24h_usd or client.withdrawal_limit_24h_usd
        audit(s, None, "client.update", client.uid,
              {"withdrawal_limit_24h_usd": base, "from": client.withdrawal_limit_24h_usd,
               "reason": "limit increase ended"})
        client.withdrawal_limit_24h_usd = base
        client.base_withdrawal_limit_24h_usd = None
        client.withdrawal_limit_expires_at = None
        touch_client(s, client, now)
        changed += 1
    return changed


WITHDRAWAL_REQUESTS = RequestSpec(WithdrawalRequest, "withdrawal request",
                                  "/withdrawal-requests", "WR", _apply, _fall_back)


@router.post("/withdrawal-requests", status_code=201, response_model=WithdrawalRequestOut)
def create_withdrawal_request(body: WithdrawalRequestIn, staff: Requester,
                              sb: SbDep, _key: IdempotencyKey) -> dict[str, Any]:
    now = sb.now()
    errors = Errors()
    with sb.read() as s:
        asset = s.get(Asset, body.asset)
        precision = asset.precision if asset else None
        usd_price = Decimal(asset.usd_price) if asset else None
    amount = None
    if asset is None:
        errors.add("asset", f"The asset {body.asset!r} is not known.")
    elif body.kind is WithdrawalKind.LIMIT_INCREASE and body.asset != "USD":
        errors.add("asset", "A limit increase is stated in USD.")
    if precision is not None:
        try:
            amount = parse_amount(body.amount, precision, asset=body.asset)
        except MoneyError as exc:
            errors.add("amount", exc.message)
    valid_until = None
    if body.kind is WithdrawalKind.LIMIT_INCREASE:
        valid_until = check_valid_until(errors, body.valid_until, now)
    else:
        if not (body.withdrawal_id or "").strip():
            errors.add("withdrawal_id", "Say which withdrawal to expedite.")
        if body.valid_until is not None:
            valid_until = check_valid_until(errors, body.valid_until, now)
    reason = check_reason(errors, body.reason)
    errors.raise_if_any()
    assert amount is not None and usd_price is not None
    usd = usd_value(body.kind, amount, usd_price)

    def prepare(_s: Session, client: Client) -> tuple[RequestFacts, WithdrawalRequest]:
        assert amount is not None
        if body.kind is WithdrawalKind.LIMIT_INCREASE and amount <= Decimal(
            client.withdrawal_limit_24h_usd
        ):
            raise Problem(409, "The requested limit is not above the client's current "
                          f"limit of {client.withdrawal_limit_24h_usd} USD.",
                          slug="not-an-increase",
                          current_limit=client.withdrawal_limit_24h_usd)
        row = WithdrawalRequest(
            kind=body.kind.value, asset=body.asset, amount=to_wire(amount),
            usd_amount=to_wire(quantize(usd, 2)),
            withdrawal_id=(body.withdrawal_id or "").strip() or None,
            valid_until=valid_until, reason=reason,
        )
        return RequestFacts.withdrawal(client.tier, body.kind, usd), row

    return submit(sb, staff, WITHDRAWAL_REQUESTS, body.client_uid, prepare)
