"""The changes feed: waking long-polls, reading pages and the cursor format.

A waiting ``GET /changes`` takes the notifier's current event *before* it reads the database,
so a commit that lands between its read and its wait still wakes it. Commits happen on worker
threads; :meth:`FeedNotifier.notify` hands the wake-up to the event loop thread-safely, and
waiters never poll.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import bindparam, func, select
from sqlalchemy import delete as sa_delete
from sqlalchemy.orm import Session

from vipclient.sandbox.db import PRUNED_SEQ, Change, Database, Meta


class FeedNotifier:
    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._event: asyncio.Event | None = None
        self._lock = threading.Lock()
        self.closed = False
        self.waiting = 0  # long-polls parked right now (tests and benchmarks watch it)

    def current(self) -> asyncio.Event:
        """The event the next commit will set (call on the event loop)."""
        loop = asyncio.get_running_loop()
        with self._lock:
            if self._loop is not loop or self._event is None:
                self._loop = loop
                self._event = asyncio.Event()
            return self._event

    def _fire(self) -> None:
        with self._lock:
            event, self._event = self._event, asyncio.Event()
        if event is not None:
            event.set()

    def notify(self) -> None:
        """A change committed: wake every waiter (callable from any thread)."""
        with self._lock:
            loop = self._loop
        if loop is None or loop.is_closed():
            return
        # The loop may stop between the check and the call: nobody is waiting then.
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(self._fire)

    async def wait(self, event: asyncio.Event, timeout: float) -> None:
        """Park until ``event`` (from :meth:`current`) is set or ``timeout`` passes."""
        self.waiting += 1
        try:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), timeout)
        finally:
            self.waiting -= 1

    def close(self) -> None:
        """Shutting down: release every waiter now and let no new one wait."""
        self.closed = True
        self.notify()


class CursorError(ValueError):
    pass


@dataclass(frozen=True)
class Cursor:
    """A position in the feed: after ``seq``, issued when tombstones up to ``watermark``
    had already been pruned.

    The cursor goes stale (410) only when a tombstone it might still need — one newer than
    both — is pruned later. So a fresh pull that started after a prune pages on happily,
    while a cursor from before the prune is refused.
    """

    seq: int
    watermark: int

    def encode(self) -> str:
        raw = f"c2:{self.seq}:{self.watermark}".encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def expired(self, pruned: int) -> bool:
        return pruned > max(self.seq, self.watermark)


def decode_cursor(cursor: str) -> Cursor:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        parts = raw.split(":")
        if parts[0] != "c2" or len(parts) != 3 or not all(p.isdigit() for p in parts[1:]):
            raise CursorError("not a cursor of this feed")
        return Cursor(int(parts[1]), int(parts[2]))
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise CursorError("not a cursor of this feed") from exc


@dataclass(frozen=True)
class FeedPage:
    """``body``: the page's changes as JSON objects joined by commas (UTF-8), ``count`` of
    them."""

    body: bytes
    count: int
    next_cursor: Cursor
    has_more: bool


def pruned_seq(session: Session) -> int:
    """Tombstones up to this seq were pruned: a cursor below it would miss deletes.

    Kept in memory by the :class:`Database` once read (only this process prunes, and it
    updates the value as the prune commits): every page of the feed asks for it."""
    db = session.info.get("db")
    if isinstance(db, Database):
        known = db.pruned_seq
        if known is not None:
            return known
        # Read it under the write lock, so a prune committing meanwhile cannot be overwritten
        # by the older value read here.
        with db.lock:
            if db.pruned_seq is None:
                meta = session.get(Meta, PRUNED_SEQ)
                db.pruned_seq = 0 if meta is None else meta.value
            return db.pruned_seq
    meta = session.get(Meta, PRUNED_SEQ)
    return 0 if meta is None else meta.value


_PAGE_COLUMNS = "seq, entity, entity_id, op, version, data"
# The page query in each DB-API parameter style it may meet (SQLite: qmark; psycopg: format).
_PAGE_SQL = {
    style: f"SELECT {_PAGE_COLUMNS} FROM changes WHERE seq > {mark} ORDER BY seq LIMIT {mark}"
    for style, mark in (("qmark", "?"), ("format", "%s"), ("pyformat", "%s"))
}
_PAGE_SELECT = (
    select(Change.seq, Change.entity, Change.entity_id, Change.op, Change.version, Change.data)
    .where(Change.seq > bindparam("after"))
    .order_by(Change.seq)
    .limit(bindparam("limit"))
)

FeedRow = tuple[int, str, str, str, int, str | None]


def _page_rows(session: Session, after: int, limit: int) -> Sequence[FeedRow]:
    """Up to ``limit`` feed rows after ``after`` as plain tuples.

    Straight from the DB-API cursor: a page is up to a thousand rows of plain integers and
    text (no type conversion), and SQLAlchemy's result processing cost more than the query."""
    connection = session.connection()
    sql = _PAGE_SQL.get(connection.dialect.paramstyle)
    if sql is None:
        return session.execute(_PAGE_SELECT, {"after": after, "limit": limit}).tuples().all()
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql, (after, limit))
        return cast(Sequence[FeedRow], cursor.fetchall())
    finally:
        cursor.close()


# SQLite assembles a whole page itself: each change's JSON object from its columns, exactly as
# ``_render_rows`` writes it, joined into one UTF-8 blob — no Python object per change, no
# decoding and re-encoding of the stored JSON. The rows come from an ordered, limited
# subquery, which SQLite runs as a co-routine feeding the aggregate in seq order. The same
# statement (one snapshot) counts ids that ``json.dumps`` would escape (then the page is
# rendered in Python instead) and reads the feed's top seq, which says whether more follow.
_ITEM = '{"seq":%d,"entity":"%s","id":"%s","op":"%s","version":%d'
_SQLITE_PAGE = (
    "SELECT count(*), max(seq),"
    " sum(entity_id GLOB '*[^ -~]*' OR instr(entity_id, '\"') OR instr(entity_id, '\\')),"
    # printf writes each object in one pass (a chain of || copies the growing text each time)
    f" CAST(group_concat(CASE WHEN data IS NULL"
    f" THEN printf('{_ITEM}}}', seq, entity, entity_id, op, version)"
    f" ELSE printf('{_ITEM},\"data\":%s}}', seq, entity, entity_id, op, version, data) END,"
    " ',') AS BLOB),"
    " (SELECT max(seq) FROM changes)"
    f" FROM (SELECT {_PAGE_COLUMNS} FROM changes WHERE seq > ? ORDER BY seq LIMIT ?)"
)


def _sqlite_page(session: Session, after: int, limit: int, watermark: int) -> FeedPage | None:
    """The page assembled by SQLite, or None when an id needs JSON escaping."""
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(_SQLITE_PAGE, (after, limit))
        row = cursor.fetchone()  # an aggregate: always one row
    finally:
        cursor.close()
    assert row is not None
    count, last, escaped, body, top = row
    if escaped:
        return None
    if not count:
        return FeedPage(b"", 0, Cursor(after, watermark), False)
    return FeedPage(bytes(body), int(count), Cursor(int(last), watermark), int(top) > int(last))


def _render_rows(rows: Sequence[FeedRow]) -> bytes:
    dumps = json.dumps
    items: list[str] = []
    append = items.append
    for seq, entity, entity_id, op, version, data in rows:
        if data is None:
            append(
                f'{{"seq":{seq},"entity":"{entity}","id":{dumps(entity_id)},'
                f'"op":"{op}","version":{version}}}'
            )
        else:
            append(
                f'{{"seq":{seq},"entity":"{entity}","id":{dumps(entity_id)},'
                f'"op":"{op}","version":{version},"data":{data}}}'
            )
    return ",".join(items).encode()


def read_page(session: Session, after: int, limit: int, watermark: int) -> FeedPage:
    """Changes after ``after`` in seq order, each rendered from its stored JSON text;
    ``watermark`` is the pruned seq to stamp on the next cursor."""
    if session.get_bind().dialect.name == "sqlite":
        page = _sqlite_page(session, after, limit, watermark)
        if page is not None:
            return page
    rows = _page_rows(session, after, limit + 1)
    has_more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1][0] if rows else after
    return FeedPage(_render_rows(rows), len(rows), Cursor(last, watermark), has_more)


def render_page(page: FeedPage, next_cursor: str | None = None) -> bytes:
    """The page as JSON bytes; ``next_cursor`` overrides the cursor after its last change."""
    more = b"true" if page.has_more else b"false"
    cursor = json.dumps(next_cursor if next_cursor is not None else page.next_cursor.encode())
    return b"".join((
        b'{"changes":[', page.body, b'],"next_cursor":', cursor.encode(), b',"has_more":',
        more, b"}",
    ))


def prune_tombstones(session: Session, now: datetime, retention: timedelta) -> int:
    """Forget deletes older than ``retention``; cursors from before them become 410."""
    cutoff = now - retention
    top = session.scalar(
        select(func.max(Change.seq)).where(Change.op == "delete", Change.at < cutoff)
    )
    if top is None:
        return 0
    result = session.execute(
        sa_delete(Change).where(Change.op == "delete", Change.at < cutoff)
    )
    meta = session.get(Meta, PRUNED_SEQ)
    if meta is None:
        meta = Meta(key=PRUNED_SEQ, value=top)
        session.add(meta)
    else:
        meta.value = max(meta.value, top)
    # The Database keeps the watermark in memory once this commits.
    session.info[PRUNED_SEQ] = meta.value
    return int(getattr(result, "rowcount", 0) or 0)
