"""Reading a long first pull's pages in a child process.

A first pull of a large book is hundreds of pages. Read on a thread beside the one writing
them, the HTTP and the JSON took the interpreter lock from the writer so often that the writer,
the slow side, ran a third slower than with its pages already in memory. A child process has
its own interpreter: it reads the feed as fast as the server answers and hands each page's
body, as the server sent it, through a pipe.

The child only speeds up the common case. It stops at the first answer that is not a
well-formed page (an error status, a network failure, a malformed body) and says so; the
parent carries on from the last page it received with its own requests, which refresh the
token, read the problem and report the failure exactly as they do for every other request.
So the child needs no token refresh, no error mapping and no retry of its own.

The access token reaches the child through the pipe ``spawn`` pickles its arguments into,
never its command line or environment, and the child writes no log.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

import orjson
import requests

# How often a receiving thread looks up from the pipe to see whether it should stop.
POLL_S = 0.25


@dataclass(frozen=True)
class FeedGrant:
    """What a child process needs to read ``/changes`` as this session (picklable)."""

    url: str
    authorization: str = ""
    ca_bundle: str | None = None
    proxy: str | None = None
    verify: bool | str = True  # as ApiClient verifies each request
    timeout: tuple[float, float] = (5.0, 30.0)
    limit: int = 1000

    def __repr__(self) -> str:  # never the token, whatever logs a grant
        return f"FeedGrant(url={self.url!r}, limit={self.limit})"


# A page as the child hands it over: the server's body, the cursor after it, more to come.
RawPage = tuple[bytes, str, bool]


class FeedReader:
    """The parent's end of one child process reading the feed.

    The child starts at once and says when it is ready (a new interpreter takes a fraction
    of a second); the parent goes on reading pages itself until then, and hands over with
    :meth:`start`, from the cursor it has reached. :meth:`next_page` then gives the pages in
    order, and ``None`` once the child has stopped (after the last page, or at the first answer
    it could not use: :attr:`stopped_because` says which). :meth:`close` ends the child at any
    point; a reader is used once.
    """

    def __init__(self, grant: FeedGrant) -> None:
        # spawn, never fork: the app has Qt's and sync's threads, which a fork would copy
        # mid-step (the default on Windows and macOS, and safe everywhere).
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        self._pipe: Connection = ours
        self._process = context.Process(
            target=read_feed, args=(grant, theirs), name="vipclient-feed", daemon=True
        )
        self._process.start()
        theirs.close()  # the child's end: EOF here once the child is gone
        self._ready = self._closed = False
        self.stopped_because: str | None = None

    def ready(self) -> bool:
        """Whether the child waits for :meth:`start` (never blocks)."""
        if not self._ready and self.stopped_because is None:
            try:
                if self._pipe.poll(0):
                    self._ready = orjson.loads(self._pipe.recv_bytes()) is True
                    if not self._ready:
                        self._ended("the reader did not start")
                elif not self._process.is_alive():
                    self._ended(f"the reader ended with code {self._process.exitcode}")
            except (EOFError, OSError, ValueError) as exc:
                self._ended(f"the reader's pipe failed: {type(exc).__name__}")
        return self._ready

    def start(self, cursor: str | None) -> None:
        """Read from ``cursor`` on (once the reader is :meth:`ready`)."""
        try:
            self._pipe.send_bytes(orjson.dumps(cursor))
        except OSError as exc:
            self._ended(f"the reader's pipe failed: {type(exc).__name__}")

    def next_page(self, stop: Callable[[], bool]) -> RawPage | None:
        """The next page; ``None`` when the child has stopped or ``stop()`` became true."""
        if self.stopped_because is not None:
            return None
        try:
            while not self._pipe.poll(POLL_S):
                if stop():
                    self._ended("stopped by the app")
                    return None
                if not self._process.is_alive() and not self._pipe.poll(0):
                    self._ended(f"the reader ended with code {self._process.exitcode}")
                    return None
            header = orjson.loads(self._pipe.recv_bytes())
            if isinstance(header, str):
                self._ended(header)
                return None
            cursor, more = header
            return self._pipe.recv_bytes(), str(cursor), bool(more)
        except (EOFError, OSError, ValueError) as exc:
            self._ended(f"the reader's pipe failed: {type(exc).__name__}")
            return None

    def _ended(self, reason: str) -> None:
        self.stopped_because = reason
        self.close()

    def close(self) -> None:
        """End the child (at once: what it was reading is not needed) and free the pipe."""
        if self._closed:
            return
        self._closed = True
        if self._process.is_alive():
            self._process.kill()
        self._process.join(2.0)
        with contextlib.suppress(OSError):
            self._pipe.close()
        with contextlib.suppress(ValueError):  # still running after the kill: leave it
            self._process.close()


def read_feed(grant: FeedGrant, pipe: Connection) -> None:
    """The child: once started, read pages until the last, or the first it cannot use.

    Says ``true`` when ready and takes the cursor to start from; then sends, for each page, a
    header ``[cursor after it, more]`` and the body; at the end, a header that is the reason
    it stopped. Runs in its own process; ends when the parent closes the pipe.
    """
    # Ctrl+C in a terminal reaches the whole process group; the parent decides when to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        session = _session(grant)
        pipe.send_bytes(b"true")
        cursor = orjson.loads(pipe.recv_bytes())
        reason = _read_pages(grant, session, cursor, pipe.send_bytes)
    except (EOFError, OSError):
        return  # the parent is gone or closed the pipe: nobody to tell
    with contextlib.suppress(OSError):
        pipe.send_bytes(orjson.dumps(reason))
        pipe.close()


def _session(grant: FeedGrant) -> requests.Session:
    from vipclient.api.transport import SocketRegistry, new_session

    return new_session(SocketRegistry(), ca_bundle=grant.ca_bundle, proxy=grant.proxy)


def _read_pages(grant: FeedGrant, session: requests.Session, cursor: str | None,
                send: Callable[[bytes], None]) -> str:
    headers = {"Accept": "application/json", "Authorization": grant.authorization}
    while True:
        params: dict[str, Any] = {"limit": grant.limit, "wait": 0}
        if cursor is not None:
            params["cursor"] = cursor
        try:
            response = session.get(grant.url, params=params, headers=headers, verify=grant.verify,
                                   timeout=grant.timeout, allow_redirects=False)
        except requests.RequestException as exc:
            return f"the request failed: {type(exc).__name__}"
        if response.status_code != 200:
            return f"the server answered {response.status_code}"
        body = response.content
        page = page_position(body)
        if page is None:
            return "the server's answer was not a page of changes"
        cursor, more = page
        send(orjson.dumps([cursor, more]))
        send(body)
        if not more:
            return "the last page was read"


def page_parts(page: Any) -> tuple[list[Any], str, bool] | None:
    """A decoded ``/changes`` answer as its changes, the cursor after them and whether more
    follow; ``None`` when it is not a page of changes (the contract's shape, nothing more)."""
    if (not isinstance(page, dict) or not isinstance(page.get("changes"), list)
            or not isinstance(page.get("next_cursor"), str)):
        return None
    return page["changes"], page["next_cursor"], bool(page.get("has_more"))


def page_position(body: bytes) -> tuple[str, bool] | None:
    """The cursor after a page and whether more follow; ``None`` for anything else."""
    try:
        parts = page_parts(orjson.loads(body))
    except ValueError:
        return None
    return None if parts is None else (parts[1], parts[2])


def decode_page(body: bytes) -> list[Any]:
    """A page's changes from a body the child already checked."""
    changes: list[Any] = orjson.loads(body)["changes"]
    return changes


__all__ = ["FeedGrant", "FeedReader", "RawPage", "decode_page", "page_parts", "page_position",
           "read_feed"]
