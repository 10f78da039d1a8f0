"""A kept session opened from the cache alone.

The window of a person who stayed signed in is painted from their cache before anything
slower is loaded: this reads who they are with plain sqlite3 and hands back the cache, its
ORM and migrations left for later (``Cache.deferred``). The keyring, the HTTP client and the
sync engine follow behind the first paint (``SessionService.resume`` with this cache).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vipclient.services.context import Me
from vipclient.store.cache import Cache, cache_path
from vipclient.store.reader import CacheReader


@dataclass(frozen=True)
class CachedSession:
    server_url: str
    me: Me
    cache: Cache


def cached_me(reader: CacheReader, username: str) -> Me | None:
    """Who ``username`` is, from the synced staff list (``None`` before the first sync)."""
    with reader.read() as conn:
        row = conn.execute(
            "SELECT id, username, display_name, roles, languages FROM staff"
            " WHERE username = ? LIMIT 1", (username,),
        ).fetchone()
    if row is None:
        return None
    staff_id, name, display, roles, languages = row
    return Me(
        id=str(staff_id),
        username=name or username,
        display_name=display or username,
        roles=frozenset(r for r in (roles or "").split(",") if r),
        languages=tuple(lang for lang in (languages or "").split(",") if lang),
    )


def from_cache(
    server_url: str, username: str,
    location: Callable[[str, str], Path] = cache_path,
) -> CachedSession | None:
    """The person's cache and who they are, when the cache can show them at once: it exists,
    its schema is the newest, and it holds their staff row. Otherwise ``None`` (the slower
    way — keyring, maybe ``/me``, migrations — opens the window)."""
    path = location(server_url, username)
    if not path.exists():
        return None
    cache = Cache.deferred(path)
    try:
        me = cached_me(cache.reader, username) if cache.is_current() else None
    except Exception:
        cache.close()
        raise
    if me is None:
        cache.close()
        return None
    return CachedSession(server_url=server_url, me=me, cache=cache)
