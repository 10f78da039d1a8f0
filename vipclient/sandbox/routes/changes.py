"""``GET /changes``: the ordered changes feed with long-poll.

Pages are assembled from the JSON text stored with each change (no per-item models), and a
waiting request sleeps on the feed notifier — woken by the commit itself, never polling.
"""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from starlette.concurrency import run_in_threadpool

from vipclient.sandbox.core import Sandbox
from vipclient.sandbox.deps import Principal, current_staff, get_sandbox
from vipclient.sandbox.feed import (
    Cursor,
    CursorError,
    FeedPage,
    decode_cursor,
    pruned_seq,
    read_page,
    render_page,
)
from vipclient.sandbox.problems import Problem, validation_problem
from vipclient.sandbox.schemas import ChangesPage

router = APIRouter(tags=["sync"])


def _read(sb: Sandbox, cursor: Cursor | None, limit: int) -> FeedPage:
    with sb.db.read() as s:
        pruned = pruned_seq(s)
        if cursor is not None and cursor.expired(pruned):
            raise Problem(
                410, "This cursor is older than the server's retention; sync again from "
                "the start (no cursor).", slug="cursor-expired",
            )
        # Past this check the caller misses no pruned tombstone (a fresh pull never needs
        # one), so its next cursor carries the current watermark.
        return read_page(s, 0 if cursor is None else cursor.seq, limit, pruned)


# A page of at most this many changes is read on the event loop from a SQLite file: a
# fraction of a millisecond, less than handing the read to a worker thread and back.
SMALL_PAGE = 64


def _small_read(sb: Sandbox, cursor: Cursor | None) -> bool:
    """The caller is (nearly) at the head of the feed of a SQLite file, so its page is small."""
    top = sb.db.change_seq  # the last seq committed (by this process, its only writer)
    return (
        cursor is not None and top is not None and top - cursor.seq <= SMALL_PAGE
        and sb.db.url.startswith("sqlite")
        # known: reading it the first time waits for the write lock, never on the loop
        and sb.db.pruned_seq is not None
    )


async def _read_soon(sb: Sandbox, cursor: Cursor | None, limit: int) -> FeedPage:
    """Read a page. When the shared in-memory database is free, read right here on the event
    loop (a page is a few milliseconds): a woken long-poll then answers without two thread
    hand-offs. The same for a small page of a SQLite file (a long-poll at the head of the
    feed). Otherwise read on a worker thread."""
    db = sb.db
    if db.memory:
        if db.lock.acquire(blocking=False):
            try:
                return _read(sb, cursor, limit)
            finally:
                db.lock.release()
    elif _small_read(sb, cursor):
        return _read(sb, cursor, limit)
    return await run_in_threadpool(_read, sb, cursor, limit)


@router.get(
    "/changes",
    response_class=Response,
    responses={200: {"model": ChangesPage, "description": "A page of changes in seq order"}},
)
async def changes(
    _staff: Annotated[Principal, Depends(current_staff)],
    sb: Annotated[Sandbox, Depends(get_sandbox)],
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    wait: Annotated[float, Query(ge=0, le=30)] = 0,
) -> Response:
    position: Cursor | None = None
    if cursor is not None:
        try:
            position = decode_cursor(cursor)
        except CursorError as exc:
            raise validation_problem([{"field": "cursor", "message": str(exc)}]) from exc
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    while True:
        # Take the event before reading: a commit after the read still wakes this wait.
        event = sb.feed.current()
        page = await _read_soon(sb, position, limit)
        remaining = deadline - loop.time()
        if page.count or remaining <= 0 or sb.feed.closed:
            break
        await sb.feed.wait(event, remaining)
    # Nothing new: hand back the very cursor the client sent.
    same = cursor if not page.count and cursor is not None else None
    return Response(render_page(page, same), media_type="application/json")
