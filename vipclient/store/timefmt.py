"""The one timestamp format of the cache.

Every timestamp column holds RFC 3339 UTC text at second precision with a ``Z``
(``2026-11-25T07:53:21Z``) — the wire format of the platform API. Fixed width, so text order is
time order: queries compare and sort these columns as plain strings, and code that compares them
with "now" formats now through :func:`db_time` first.
"""

from __future__ import annotations

from datetime import UTC, datetime

_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def db_time(value: datetime | str | None) -> str | None:
    """The stored form of a datetime or an RFC 3339 string (any offset, any fraction)."""
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) == 20 and value[10] == "T" and value[19] == "Z" and value[4] == "-":
            return value  # already the wire's (and the cache's) form: the common case
        value = parse_db_time(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime(_FORMAT)


def db_now() -> str:
    """The local clock's now in the stored form (bookkeeping only; SLA maths uses server time)."""
    return datetime.now(UTC).strftime(_FORMAT)


def parse_db_time(text: str) -> datetime:
    """An aware UTC datetime from a stored or wire timestamp."""
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)
