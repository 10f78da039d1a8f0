"""Opaque keyset cursors for the list endpoints (``{items, next_cursor, has_more}`` pages)."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from vipclient.sandbox.problems import validation_problem


def encode_key(*key: Any) -> str:
    """A cursor after the row whose sort key is ``key``."""
    raw = json.dumps(list(key), separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(b"k1" + raw).decode().rstrip("=")


def decode_keys(cursor: str, arity: int = 1) -> list[Any]:
    """The sort key of a cursor; a cursor that is not ours is a 422 on ``cursor``."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        if not raw.startswith(b"k1"):
            raise ValueError("bad tag")
        key = json.loads(raw[2:])
        if not isinstance(key, list) or len(key) != arity:
            raise ValueError("bad key")
        if not all(isinstance(k, str | int) for k in key):
            raise ValueError("bad key part")
        return key
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise validation_problem(
            [{"field": "cursor", "message": "not a cursor of this list"}]
        ) from exc


def decode_key(cursor: str) -> Any:
    return decode_keys(cursor, 1)[0]
