"""Cursors that name their list, so one list's cursor sent to another is refused (422).

Built on ``paging.encode_key``/``decode_keys``: the first key part is the list's tag.
"""

from __future__ import annotations

from typing import Any

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
