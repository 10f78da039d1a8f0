"""The maker-checker requests' routes: each kind's own ``POST`` (in its module) and the five
routes every kind shares — list, read, approve, reject, cancel — made here once per kind.

It also runs the time-based endings of every kind on the sandbox's tick (:func:`expire_due`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel
from sqlalchemy.orm import Session

from vipclient.domain.enums import RequestStatus
from vipclient.sandbox.deps import IdempotencyKey
from vipclient.sandbox.maker_checker import (
    AnyStaff,
    DecisionIn,
    Limit,
    RequestSpec,
    SbDep,
    cancel,
    decide,
    expire_pending,
    list_requests,
    load,
)
from vipclient.sandbox.routes import api_access_requests, fee_requests, withdrawal_requests
from vipclient.sandbox.schemas import Page

router = APIRouter(tags=["requests"])

KINDS: tuple[tuple[RequestSpec[Any], type[BaseModel]], ...] = (
    (fee_requests.FEE_REQUESTS, fee_requests.FeeRequestOut),
    (withdrawal_requests.WITHDRAWAL_REQUESTS, withdrawal_requests.WithdrawalRequestOut),
    (api_access_requests.API_ACCESS_REQUESTS, api_access_requests.ApiAccessRequestOut),
)


def add_shared_routes(router: APIRouter, kind: RequestSpec[Any], out: type[BaseModel]) -> None:
    """List, read, approve, reject and cancel for ``kind``, answering ``out``. Route names
    (hence OpenAPI operation ids) follow the entity: ``approve_fee_request`` …"""
    entity, path = kind.entity, kind.path

    def approve(request_id: str, staff: AnyStaff, sb: SbDep, _key: IdempotencyKey,
                body: DecisionIn | None = None) -> dict[str, Any]:
        return decide(kind, request_id, "approve", body, staff, sb)

    def reject(request_id: str, staff: AnyStaff, sb: SbDep, _key: IdempotencyKey,
               body: DecisionIn | None = None) -> dict[str, Any]:
        return decide(kind, request_id, "reject", body, staff, sb)

    def cancel_one(request_id: str, staff: AnyStaff, sb: SbDep,
                   _key: IdempotencyKey) -> dict[str, Any]:
        return cancel(kind, request_id, staff, sb)

    def list_all(
        _staff: AnyStaff, sb: SbDep, status: RequestStatus | None = None,
        client_uid: str | None = None, requester_id: str | None = None, limit: Limit = 200,
        cursor: str | None = None,
    ) -> dict[str, Any]:
        return list_requests(kind, sb, status, client_uid, requester_id, limit, cursor)

    def get_one(request_id: str, _staff: AnyStaff, sb: SbDep) -> dict[str, Any]:
        with sb.read() as s:
            return dict(load(s, kind, request_id).to_api())

    for verb, endpoint in (("approve", approve), ("reject", reject), ("cancel", cancel_one)):
        router.add_api_route(f"{path}/{{request_id}}/{verb}", endpoint, methods=["POST"],
                             response_model=out, name=f"{verb}_{entity}")
    router.add_api_route(path, list_all, methods=["GET"], name=f"list_{entity}s",
                         response_model=Page[out])  # type: ignore[valid-type]
    router.add_api_route(f"{path}/{{request_id}}", get_one, methods=["GET"],
                         response_model=out, name=f"get_{entity}")


for _module in (fee_requests, withdrawal_requests, api_access_requests):
    router.include_router(_module.router)
for _kind, _out in KINDS:
    add_shared_routes(router, _kind, _out)


def expire_due(s: Session, now: datetime) -> int:
    """Time-based endings, for the sandbox's tick (periodic and on clock advance): pending
    requests past their rule's ``expires_after_hours`` expire; then what applied requests
    changed until a time now past falls back (custom fee schedules to the tier's, raised
    limits to the limit before them, API settings to those they replaced). Returns how many
    things changed."""
    changed = sum(expire_pending(s, kind, now) for kind, _out in KINDS)
    return changed + sum(kind.fall_back(s, now) for kind, _out in KINDS)
