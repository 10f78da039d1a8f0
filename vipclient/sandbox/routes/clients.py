"""``GET /clients``, ``GET /clients/{uid}`` and ``PATCH /clients/{uid}`` (If-Match)."""

from __future__ import annotations

from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import APIRouter, Depends, Header, Query, Response
from sqlalchemy import or_, select

from vipclient.domain.enums import Role, Tier
from vipclient.sandbox.core import Sandbox, audit, emit_change, now_of
from vipclient.sandbox.db import Client, Staff
from vipclient.sandbox.deps import (
    Principal,
    check_if_match,
    current_staff,
    etag,
    get_sandbox,
)
from vipclient.sandbox.paging import decode_text_key, encode_key
from vipclient.sandbox.problems import Problem, not_found, validation_problem
from vipclient.sandbox.schemas import ClientOut, ClientPatch, Page

router = APIRouter(tags=["clients"])


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@router.get("/clients", response_model=Page[ClientOut])
def list_clients(
    _staff: Annotated[Principal, Depends(current_staff)],
    sb: Annotated[Sandbox, Depends(get_sandbox)],
    q: Annotated[str | None, Query(max_length=200, description="uid, name or e-mail")] = None,
    tier: Annotated[Tier | None, Query()] = None,
    manager: Annotated[str | None, Query(max_length=40, description="manager_id")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    cursor: Annotated[str | None, Query(max_length=400)] = None,
) -> dict[str, Any]:
    stmt = select(Client).order_by(Client.uid).limit(limit + 1)
    if q:
        pattern = _like(q)
        stmt = stmt.where(or_(
            Client.uid.ilike(pattern, escape="\\"),
            Client.display_name.ilike(pattern, escape="\\"),
            Client.email.ilike(pattern, escape="\\"),
        ))
    if tier is not None:
        stmt = stmt.where(Client.tier == tier.value)
    if manager is not None:
        stmt = stmt.where(Client.manager_id == manager)
    if cursor is not None:
        stmt = stmt.where(Client.uid > decode_text_key(cursor, "clients"))
    with sb.read() as s:
        rows = s.scalars(stmt).all()
        items = [c.to_api() for c in rows[:limit]]
    more = len(rows) > limit
    return {
        "items": items,
        "next_cursor": encode_key("clients", rows[limit - 1].uid) if more else None,
        "has_more": more,
    }


@router.get("/clients/{uid}", response_model=ClientOut)
def get_client(
    uid: str,
    response: Response,
    _staff: Annotated[Principal, Depends(current_staff)],
    sb: Annotated[Sandbox, Depends(get_sandbox)],
) -> dict[str, Any]:
    with sb.read() as s:
        client = s.get(Client, uid)
        if client is None:
            raise not_found("client", uid)
        response.headers["ETag"] = etag(client.version)
        return client.to_api()


def _validate_patch(s: Any, patch: ClientPatch, fields: set[str]) -> None:
    errors: list[dict[str, str]] = []
    if "timezone" in fields:
        try:
            ZoneInfo(patch.timezone or "")
        except (ZoneInfoNotFoundError, ValueError):
            errors.append({"field": "timezone", "message": "not an IANA time zone"})
    if "tags" in fields:
        if patch.tags is None:
            errors.append({"field": "tags", "message": "must be a list (empty to clear)"})
        elif any(not t.strip() or len(t) > 40 for t in patch.tags):
            errors.append({"field": "tags", "message": "each tag has 1–40 characters"})
    if "languages" in fields and (
        patch.languages is None or any(not 2 <= len(x) <= 8 for x in patch.languages)
    ):
        errors.append({"field": "languages", "message": "language codes such as 'zh' or 'en'"})
    if "notes" in fields and patch.notes is None:
        errors.append({"field": "notes", "message": "must be text (empty to clear)"})
    if "preferred_channel" in fields and patch.preferred_channel is None:
        errors.append({"field": "preferred_channel", "message": "must be set"})
    if "manager_id" in fields and patch.manager_id is not None:
        manager = s.get(Staff, patch.manager_id)
        if manager is None or Role.ACCOUNT_MANAGER.value not in manager.roles:
            errors.append({"field": "manager_id", "message": "not an account manager"})
    if errors:
        raise validation_problem(errors)


@router.patch("/clients/{uid}", response_model=ClientOut)
def patch_client(
    uid: str,
    patch: ClientPatch,
    response: Response,
    staff: Annotated[Principal, Depends(current_staff)],
    sb: Annotated[Sandbox, Depends(get_sandbox)],
    if_match: Annotated[str | None, Header(alias="If-Match")] = None,
) -> dict[str, Any]:
    fields = set(patch.model_fields_set)
    if "manager_id" in fields and not staff.has_any(Role.SUPERVISOR.value):
        raise Problem(403, "Only a supervisor may change a client's manager.",
                      slug="missing-role", required_roles=[Role.SUPERVISOR.value])
    with sb.transaction() as s:
        _validate_patch(s, patch, fields)
        client = s.get(Client, uid)
        if client is None:
            raise not_found("client", uid)
        check_if_match(if_match, client.version)
        changed: dict[str, Any] = {}
        for name in sorted(fields):
            value = getattr(patch, name)
            if hasattr(value, "value"):
                value = value.value
            if getattr(client, name) != value:
                changed[name] = {"from": getattr(client, name), "to": value}
                setattr(client, name, value)
        if changed:
            client.version += 1
            client.updated_at = now_of(s)
            data = client.to_api()
            emit_change(s, "client", client.uid, "upsert", client.version, data)
            audit(s, staff.id, "client.update", client.uid, {"changed": changed})
        else:
            data = client.to_api()
    response.headers["ETag"] = etag(data["version"])
    return data
