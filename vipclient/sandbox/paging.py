"""Opaque keyset cursors for the list endpoints (``{items, next_cursor, has_more}`` pages)."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, or_
from sqlalchemy.orm import Session

from vipclient.sandbox.clock import iso, parse_ts
from vipclient.sandbox.problems import validation_problem

# Keys are compared with database integers: a larger number is no cursor of ours (and would
# not even bind to a SQLite INTEGER).
MAX_INT_KEY = 2**63 - 1


def _not_ours() -> Exception:
    return validation_problem([{"field": "cursor", "message": "not a cursor of this list"}])


def encode_key(tag: str, *key: Any) -> str:
    """A cursor of the list ``tag`` after the row whose sort key is ``key``. The tag makes a
    cursor of one list foreign to every other, even where their keys look alike."""
    raw = json.dumps([tag, *key], separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(b"k1" + raw).decode().rstrip("=")


def decode_keys(cursor: str, tag: str, *kinds: type[str] | type[int]) -> list[Any]:
    """The sort key of a cursor of the list ``tag``, one part of each of ``kinds`` (``str``
    or ``int``); any other cursor — garbled, or another list's — is a 422."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        if not raw.startswith(b"k1"):
            raise ValueError("bad tag")
        tagged = json.loads(raw[2:])
        if not isinstance(tagged, list) or len(tagged) != len(kinds) + 1 or tagged[0] != tag:
            raise ValueError("another list's cursor, or none")
        key = tagged[1:]
        for part, kind in zip(key, kinds, strict=True):
            if type(part) is not kind:
                raise ValueError("bad key part")
            if isinstance(part, int) and not -MAX_INT_KEY <= part <= MAX_INT_KEY:
                raise ValueError("key out of range")
        return key
    except (binascii.Error, ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise _not_ours() from exc


def decode_text_key(cursor: str, tag: str) -> str:
    """A cursor of the list ``tag`` after the row whose (text) sort key it holds."""
    return str(decode_keys(cursor, tag, str)[0])


def decode_position(cursor: str, tag: str) -> int:
    """A cursor of the list ``tag`` whose key is a whole number ≥ 0 (a seq or an offset)."""
    key = int(decode_keys(cursor, tag, int)[0])
    if key < 0:
        raise _not_ours()
    return key


def decode_time_key(cursor: str, tag: str,
                    tie: type[str] | type[int] = str) -> tuple[datetime, Any]:
    """A cursor of the list ``tag`` after the row at ``(created_at, tie-breaker)``."""
    at_text, last = decode_keys(cursor, tag, str, tie)
    try:
        return parse_ts(at_text), last
    except (ValueError, OverflowError) as exc:
        raise _not_ours() from exc


def page_newest_first(s: Session, model: Any, stmt: Select[Any], limit: int,
                      cursor: str | None) -> dict[str, Any]:
    """A page of ``model`` rows, newest first, keyset on (created_at, id) so inserts never
    shift a page; ``model`` has ``id``, ``created_at`` and ``to_api()`` (its table names
    the list in the cursor)."""
    tag = str(model.__tablename__)
    if cursor:
        at, last_id = decode_time_key(cursor, tag)
        stmt = stmt.where(or_(
            model.created_at < at, and_(model.created_at == at, model.id < last_id)
        ))
    rows = list(s.scalars(
        stmt.order_by(model.created_at.desc(), model.id.desc()).limit(limit + 1)
    ))
    more = len(rows) > limit
    rows = rows[:limit]
    nxt = encode_key(tag, iso(rows[-1].created_at), rows[-1].id) if more and rows else None
    return {"items": [r.to_api() for r in rows], "next_cursor": nxt, "has_more": more}
