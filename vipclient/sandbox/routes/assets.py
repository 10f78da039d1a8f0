"""``GET /assets``: the assets requests may name, with precision and a USD price."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select

from vipclient.sandbox.core import Sandbox
from vipclient.sandbox.db import Asset
from vipclient.sandbox.deps import Principal, current_staff, get_sandbox
from vipclient.sandbox.paging import decode_text_key, encode_key
from vipclient.sandbox.schemas import AssetOut, Page

router = APIRouter(tags=["assets"])


@router.get("/assets", response_model=Page[AssetOut])
def list_assets(
    _staff: Annotated[Principal, Depends(current_staff)],
    sb: Annotated[Sandbox, Depends(get_sandbox)],
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> dict[str, Any]:
    stmt = select(Asset).order_by(Asset.symbol).limit(limit + 1)
    if cursor is not None:
        stmt = stmt.where(Asset.symbol > decode_text_key(cursor, "assets"))
    with sb.read() as s:
        rows = s.scalars(stmt).all()
        items = [a.to_api() for a in rows[:limit]]
    more = len(rows) > limit
    return {
        "items": items,
        "next_cursor": encode_key("assets", rows[limit - 1].symbol) if more else None,
        "has_more": more,
    }
