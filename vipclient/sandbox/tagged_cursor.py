"""Cursors that name their list, so one list's cursor sent to another is refused (422).

Built on ``paging.encode_key``/``decode_keys``: the first key part is the list's tag.
:func:`newest_first` pages a query newest first on such cursors.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, and_, or_
from sqlalchemy.orm import Session

from vipclient.sandbox.clock import iso, parse_ts
from vipclient.sandbox.paging import decode_keys, encode_key
from vipclient.sandbox.problems import validation_problem


def encode_after(tag: str, *key: Any) -> str:
    """A cursor of the list ``tag`` after the row whose sort key is ``key``."""
    return encode_key(tag, *key)


def decode_after(cursor: str, tag: str, arity: int) -> list[Any]:
    """The sort key of a cursor of the list ``tag``; any other cursor is a 422."""
    keys = decode_keys(cursor, arity + 1)
    if keys[0] != tag:
        raise validation_problem([{"field": "cursor", "message": "not a cursor of this list"}])
    return keys[1:]


def newest_first(
    s: Session, model: Any, stmt: Select[Any], tag: str, limit: int, cursor: str | None
) -> dict[str, Any]:
    """A page of ``stmt`` (rows of ``model``, which has ``created_at`` and ``id``) newest
    first, keyset on (created_at, id) so rows added meanwhile never shift a page."""
    if cursor is not None:
        at_text, last_id = decode_after(cursor, tag, 2)
        try:
            at = parse_ts(str(at_text))
        except ValueError:
            raise validation_problem(
                [{"field": "cursor", "message": "not a cursor of this list"}]
            ) from None
        stmt = stmt.where(or_(
            model.created_at < at, and_(model.created_at == at, model.id < str(last_id))
        ))
    stmt = stmt.order_by(model.created_at.desc(), model.id.desc()).limit(limit + 1)
    rows = list(s.scalars(stmt))
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1] if more and rows else None
    return {
        "items": [r.to_api() for r in rows],
        "next_cursor": encode_after(tag, iso(last.created_at), last.id) if last else None,
        "has_more": more,
    }
