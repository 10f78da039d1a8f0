"""The sync engine: pull the changes feed into the cache, push the outbox to the platform.

No Qt here: two plain threads and callbacks (the Qt controller turns them into signals).

Pull thread
    From no cursor it pulls the whole feed in pages of 1,000 (progress reported per page),
    then long-polls ``/changes?wait=25``. Each page and its ``next_cursor`` are applied in ONE
    transaction, so a crash never leaves the cache ahead of or behind its cursor. A restart
    during the first pull continues from the stored cursor. 410 Gone (cursor too old) starts a
    re-sync from scratch: every entity is pulled again and, at the end, rows the server no
    longer sent are deleted; the outbox and local-only rows are never touched by it.

Push thread
    Sends outbox rows oldest first, one at a time, each with its stored ``Idempotency-Key``
    (and ``If-Match`` when set), so the long-poll never delays a push. Network errors, garbled
    answers, 5xx and 429 are retried with exponential back-off and full jitter (at least the
    server's ``Retry-After``); the head row waits, so actions stay in order. A refusal that
    retrying cannot fix marks the row ``failed`` with the server's problem detail; 412 marks it
    ``conflict`` and fetches the entity's current state into the cache for the person to
    compare. A step-up challenge pauses the queue and reports a :class:`StepUpChallenge`;
    ``provide_step_up(code)`` steps up and sends the SAME key again.

    Keys live 24 h on the server. A row first sent more than 23 h ago (server clock) is not
    sent again blindly: when the command carries a :class:`~vipclient.store.outbox.Verify`
    the engine GETs it and marks the row done if the server already shows the action, else
    sends it as new; without one the row is marked failed with a plain explanation, for the
    person to check and resend.

State
    ``live``, ``syncing`` (first pull or re-sync, with progress) or ``offline`` with ``since``
    and a plain reason (unreachable, TLS, server problem, session ended). Both threads retry on
    their own, so the engine reconnects by itself. ``stop()`` aborts the API client (closing a
    long-poll's connection) and joins both threads within about a second.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import queue
import random
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from vipclient.api import errors as E
from vipclient.api.feed_reader import FeedReader, decode_page, page_parts
from vipclient.store import outbox as ob
from vipclient.store import uploads
from vipclient.store.apply import (
    EntityChange,
    PreparedChanges,
    apply_changes,
    begin_resync,
    finish_resync,
    prepare_raw,
    upsert_if_newer,
)
from vipclient.store.bulk_load import defer_indexes, finish_bulk_load
from vipclient.store.cache import Cache
from vipclient.store.files import FileStore, files_root
from vipclient.store.models import OutboxRow, SyncStateRow
from vipclient.store.search import index_pending
from vipclient.store.timefmt import db_now, db_time, parse_db_time
from vipclient.sync.events import (
    Api,
    NullListener,
    StepUpChallenge,
    SyncListener,
    SyncProgress,
    SyncStatus,
)
from vipclient.sync.messages import message

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

KEY_LIFETIME_GUARD = timedelta(hours=23)
PUSH_ECHO_GATHER_S = 0.1
# While rows stream out, unsent counts are reported this often (each report is a query).
OUTBOX_REPORT_S = 0.1
# A full pull: pages fetched ahead of the writer, and how many of those already waiting one
# transaction may write (4 pages of 1,000 changes, a quarter less work than a commit each; a
# person's waiting write ends the transaction early).
PULL_PAGES_AHEAD = 4
PULL_PAGES_PER_WRITE = 4
# A full pull with more pages to come after this many starts a child process to read the
# rest (feed_reader), and hands over once it is ready: the writer never waits for it to start.
PULL_PROCESS_AFTER = 1
DONE_KEPT = timedelta(days=7)


@contextlib.contextmanager
def _no_collection_during_pull() -> Iterator[None]:
    """No cyclic garbage collection while a full pull runs, and the collector as it was after.

    A pull makes millions of short-lived dicts, lists and tuples that reference counting
    frees, and each pass of the collector over the whole heap found nothing to free (about
    1 s of the fetching thread's 6 s at 10,000 clients). Whatever cycles the rest of the app
    makes meanwhile wait until the pull ends.

    The interpreter's switch interval stays at its default: a shorter one (0.5 ms) helped
    while the fetching thread made the rows' columns, and costs 0.4 s since they are made on
    the writing thread (paired runs at 10,000 clients: 11.5 -> 11.1 s with the default).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


# A full pull's page as the fetching thread hands it over: its changes as decoded JSON (or
# the body a child process read, decoded by the writer), the cursor after it, and whether more
# pages follow; and the same page prepared for writing.
FetchedPage = tuple[list[Any] | bytes, str, bool]
PreparedPage = tuple[PreparedChanges, str, bool]

# Where to read one entity's current state (after a 412, or to check an old row).
ENTITY_PATHS: dict[str, str] = {
    "client": "/clients/{id}",
    "ticket": "/tickets/{id}",
    "fee_request": "/fee-requests/{id}",
    "withdrawal_request": "/withdrawal-requests/{id}",
    "api_access_request": "/api-access-requests/{id}",
    "freeze": "/freezes/{id}",
}


# --------------------------------------------------------------------------- public values
# (in sync/events.py, which the GUI can import without the engine's HTTP and ORM)


@dataclass(frozen=True, slots=True)
class Backoff:
    """Exponential back-off with full jitter: a random wait in [0, min(cap, base·2^n)].

    A server's ``Retry-After`` is a floor for the wait, up to ``retry_after_cap`` seconds (a
    test against a sandbox that injects ``Retry-After: 1`` into 30 % of answers lowers it).
    """

    base: float = 0.5
    cap: float = 30.0
    retry_after_cap: float = 600.0

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        ceiling = min(self.cap, self.base * (2 ** max(0, min(attempt, 30))))
        wait = random.uniform(0, ceiling)
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.retry_after_cap))
        return wait


# Rows to schedule: whole rows, or just the columns the choice needs.
_Queued = TypeVar("_Queued", ob.QueuedRow, OutboxRow)

# --------------------------------------------------------------------------- the engine


class _FeedPages:
    """Where a full pull's pages come from: this thread's own requests, then a child process
    (feed_reader) once it is ready, and this thread's requests again if the child stops.

    The writing thread is the slow side of a first pull. Read on a thread beside it, the
    HTTP and the JSON took the interpreter lock from it so often that it wrote a third slower
    than with its pages in memory; read in a child process, they do not (10,000 clients:
    11.8-12.7 -> 9.3-9.7 s, with the writer decoding the child's pages: decoded on this thread,
    11 s). The child is started once per pull, after ``pull_process_after`` pages with more
    to come: a small book's pull ends before it would be ready.
    """

    def __init__(self, engine: SyncEngine, halted: Callable[[], bool]) -> None:
        self._engine = engine
        self._halted = halted
        self._own = 0  # pages read here
        self._reader: FeedReader | None = None
        self._started = self._handed_over = False

    def next_page(self, cursor: str | None) -> FetchedPage | None:
        """The page after ``cursor``; ``None`` when halted."""
        engine = self._engine
        after = engine.pull_process_after
        if not self._started and after is not None and self._own >= after:
            self._started = True
            self._reader = self._start_reader()
        reader = self._reader
        if reader is not None and not self._handed_over and reader.ready():
            reader.start(cursor)
            self._handed_over = True
        if reader is not None and (self._handed_over or reader.stopped_because):
            raw = reader.next_page(self._halted)
            if raw is not None:
                return raw
            self._reader = None
            if self._halted():
                return None
            log.info("the process reading the feed stopped (%s); the sync thread reads the "
                     "rest", reader.stopped_because)
        # HTTP and JSON here; the rows' columns on the writing thread. With the columns made
        # here as well, the writing thread waited for the interpreter lock so much that the
        # pull took a second longer; with the JSON decoded there too, three seconds longer.
        page = engine._fetch_feed_page(cursor)
        self._own += 1
        return page

    def _start_reader(self) -> FeedReader | None:
        """A child process to read the rest; ``None`` if it cannot start (read here)."""
        try:
            return FeedReader(self._engine.api.feed_grant(self._engine.page_size))
        except E.ApiError:
            raise  # no token: the pull fails here as it would with the next request
        except Exception:  # a process the system refuses: slower, not wrong
            log.warning("could not start a process to read the feed; reading it here",
                        exc_info=True)
            return None

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()


class SyncEngine:
    def __init__(
        self,
        cache: Cache,
        api: Api,
        listener: SyncListener | None = None,
        *,
        page_size: int = 1000,
        wait: float = 25.0,
        push_backoff: Backoff | None = None,
        reconnect: Backoff | None = None,
        validate: bool = True,
        push_window: int = 8,
        pull_process_after: int | None = PULL_PROCESS_AFTER,
    ) -> None:
        self.cache = cache
        self.api = api
        self.listener: SyncListener = listener or NullListener()
        self.page_size = page_size
        self.wait = wait
        self.push_backoff = push_backoff or Backoff(0.5, 30.0)
        self.reconnect = reconnect or Backoff(1.0, 15.0)
        self.validate = validate
        # None: a full pull never reads in a child process (see PULL_PROCESS_AFTER).
        self.pull_process_after = pull_process_after

        self._stop = threading.Event()
        # Set once the pull thread has readied the cache (_open); until then: syncing.
        self._opened = threading.Event()
        self._push_wake = threading.Event()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        # Both threads report status: compare-and-emit under one lock keeps the order.
        self._emit_lock = threading.Lock()
        # Offline reasons per thread ("pull"/"push"): (since, reason).
        self._problems: dict[str, tuple[datetime, str]] = {}
        self._syncing: SyncProgress | None = None
        self._status: SyncStatus | None = None
        self._live_since = datetime.now(UTC)
        # Step-up hand-over between the caller's thread and the push thread.
        self._step_up_code: str | None = None
        self._step_up_cancelled = False
        self._step_up_event = threading.Event()
        self._challenge: StepUpChallenge | None = None
        self._signed_out = False
        # Set while the push thread has rows to send (see _pull_once).
        self._pushing = threading.Event()
        # Wakes the push loop: a row finished, or new rows were queued (nudge).
        self._push_ready = threading.Event()
        self._outbox_dirty = threading.Event()
        self._outbox_reported = 0.0
        self.push_window = push_window
        # Step-up: one challenge at a time; a row refused while another row's challenge was
        # being answered just tries again (the generation tells).
        self._step_up_lock = threading.Lock()
        self._step_up_generation = 0

    # ----------------------------------------------------------------------- control

    def start(self) -> None:
        """Start both threads; the pull thread first readies the cache (:meth:`_open`), off
        the caller's thread, which is the UI's: the main window paints without waiting for
        it (at start with a 10,000-client cache it wrote and read for 25-40 ms)."""
        if self._threads:
            return
        self._stop.clear()
        self._opened.clear()
        self.api.resume()
        for name, target in (("sync-pull", self._pull_loop), ("sync-push", self._push_loop)):
            thread = threading.Thread(target=target, name=name, daemon=True)
            self._threads.append(thread)
            thread.start()

    def _open(self) -> None:
        """Send rows a killed process left ``sending`` again, drop old sent rows, and report
        the first status: syncing while the cache was never filled or a re-sync is due."""
        try:
            with self.cache.session() as s:
                recovered = ob.recover_after_restart(s)
                # Sent actions are kept a week (screens show "sent" until the feed has them).
                ob.prune_done(s, db_time(datetime.now(UTC) - DONE_KEPT) or db_now())
            if recovered:
                log.info("%d action(s) were being sent when the app stopped; sending again",
                         recovered)
            cursor, full = self._read_state()
            if cursor is None or full:
                with self._lock:
                    self._syncing = SyncProgress(resync=full == 2)
        finally:
            self._opened.set()  # the push thread waits for it, also when this failed
        self._emit_status(force=True)
        self._report_outbox()

    def stop(self, timeout: float = 1.0) -> None:
        """Stop both threads: abort requests in flight and join (about ``timeout`` s at most)."""
        self._stop.set()
        self._push_wake.set()
        self._push_ready.set()
        self._step_up_event.set()
        self.api.abort()
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.05, deadline - time.monotonic()))
            if thread.is_alive():
                log.warning("%s did not stop within %.1f s", thread.name, timeout)
        self._threads = []

    @property
    def running(self) -> bool:
        return any(t.is_alive() for t in self._threads)

    def nudge(self) -> None:
        """Push now: wake the push thread and cut short a back-off wait."""
        self._push_wake.set()
        self._push_ready.set()

    def provide_step_up(self, code: str) -> None:
        """The person's TOTP code for the pending challenge (any thread; never blocks)."""
        self._step_up_code = code
        self._step_up_cancelled = False
        self._step_up_event.set()

    def cancel_step_up(self) -> None:
        self._step_up_cancelled = True
        self._step_up_event.set()

    @property
    def status(self) -> SyncStatus:
        return self._compute_status()

    # ----------------------------------------------------------------------- status

    def _compute_status(self) -> SyncStatus:
        with self._lock:
            if self._problems:
                since, reason = min(self._problems.values(), key=lambda p: p[0])
                return SyncStatus("offline", since, reason, None)
            if self._syncing is not None or not self._opened.is_set():
                return SyncStatus("syncing", self._live_since, None, self._syncing)
            return SyncStatus("live", self._live_since, None, None)

    def _emit_status(self, force: bool = False) -> None:
        with self._emit_lock:
            status = self._compute_status()
            previous = self._status
            if not force and previous is not None and previous == status:
                return
            self._status = status
            self.listener.status_changed(status)

    def _set_problem(self, who: str, reason: str) -> None:
        with self._lock:
            current = self._problems.get(who)
            since = current[0] if current else datetime.now(UTC)
            if not self._problems:
                since = datetime.now(UTC)
            self._problems[who] = (since, reason)
        self._emit_status()

    def _clear_problem(self, who: str) -> None:
        with self._lock:
            had = self._problems.pop(who, None)
            if had is not None and not self._problems:
                self._live_since = datetime.now(UTC)
        if had is not None:
            if who == "pull":
                self._push_wake.set()  # back online: send what waited
            self._emit_status()

    def _set_syncing(self, progress: SyncProgress | None) -> None:
        with self._lock:
            if progress is None and self._syncing is not None:
                self._live_since = datetime.now(UTC)
            self._syncing = progress
        self._emit_status()

    def _emit_outbox(self) -> None:
        """The outbox changed: the push loop reports its counts (at once when nothing is in
        flight, otherwise at most every OUTBOX_REPORT_S while rows go out in a stream)."""
        self._outbox_dirty.set()
        self._push_ready.set()

    def _report_outbox(self) -> None:
        self._outbox_dirty.clear()
        self._outbox_reported = time.monotonic()
        with self.cache.read_session() as s:
            unsent, problems = ob.counts(s)
        self.listener.outbox_changed(unsent, problems)

    def _report_outbox_soon(self, busy: bool) -> None:
        if self._outbox_dirty.is_set() and (
            not busy or time.monotonic() - self._outbox_reported >= OUTBOX_REPORT_S
        ):
            self._report_outbox()

    def _sleep(self, seconds: float, wake: threading.Event | None = None) -> bool:
        """Wait ``seconds`` unless stopping (→ False) or ``wake`` is set (cleared, → True)."""
        end = time.monotonic() + seconds
        while not self._stop.is_set():
            left = end - time.monotonic()
            if left <= 0:
                return True
            if wake is not None:
                if wake.wait(min(left, 0.25)):
                    wake.clear()
                    return True
            else:
                self._stop.wait(min(left, 0.25))
        return False

    def _offline_reason(self, exc: BaseException) -> str | None:
        """Plain words when ``exc`` means the server is out of reach, else None."""
        if isinstance(exc, E.TlsError):
            return message("tls")
        if isinstance(exc, E.NetworkError) and not isinstance(exc, E.Cancelled):
            return exc.user_message or message("unreachable")
        if isinstance(exc, E.ServerError | E.RateLimited):
            return message("server_problem")
        return None

    def _session_ended(self, exc: BaseException) -> None:
        reason = getattr(exc, "user_message", None) or message("session_expired")
        log.warning("sync stopped: the session ended")
        self._set_problem("session", message("session_expired"))
        if not self._signed_out:
            self._signed_out = True
            self.listener.signed_out(reason)
        self._stop.set()
        self._push_wake.set()

    # ----------------------------------------------------------------------- pull

    def _pull_loop(self) -> None:
        self._open()
        failures = 0
        while not self._stop.is_set():
            try:
                self._pull_once()
                failures = 0
                self._clear_problem("pull")
            except E.Gone:
                _cursor, full = self._read_state()
                log.info("changes cursor too old (410): re-syncing from scratch")
                self._start_resync()
                if full:
                    # 410 in the middle of a full pull: the server refuses its own fresh
                    # cursors. Start again, but never in a tight loop.
                    failures += 1
                    log.warning("410 during a full sync; starting again after a pause")
                    self._sleep(self.reconnect.delay(failures))
                else:
                    failures = 0
            except E.SessionExpired as exc:
                self._session_ended(exc)
                return
            except E.Cancelled:
                if self._stop.is_set():
                    return
                failures += 1
                self._sleep(self.reconnect.delay(failures))
            except Exception as exc:  # the loop must survive anything
                failures += 1
                reason = self._offline_reason(exc)
                if reason is not None:
                    self._set_problem("pull", reason)
                elif isinstance(exc, E.MalformedResponse):
                    log.warning("unreadable changes page (%s); trying again", exc)
                elif isinstance(exc, E.ApiError):
                    log.warning("changes feed refused: %s", exc)
                else:
                    log.exception("unexpected error in the pull loop; trying again")
                self._sleep(self.reconnect.delay(failures, E.retry_after(exc)))

    def _read_state(self) -> tuple[str | None, int]:
        with self.cache.read_session() as s:
            row = s.get(SyncStateRow, 1)
            assert row is not None
            return row.cursor, row.full_sync

    def _start_resync(self) -> None:
        with self.cache.session() as s:
            row = s.get(SyncStateRow, 1)
            assert row is not None
            row.cursor = None
            row.full_sync = 2
            begin_resync(s)

    def _pull_once(self) -> None:
        """A whole full pull (pipelined pages), or one long-poll of the feed."""
        cursor, full = self._read_state()
        if not full and self._index_unfinished():
            self._build_index()  # a restart while the index was being built after a pull
        if cursor is None and full == 1 and self._cache_has_rows():
            # A full pull over existing rows (e.g. the first one was interrupted before any
            # page, or rows were written by a test): sweep what the server does not send.
            full = 2
        if full:
            self._full_sync(cursor, full)
            return
        page = self.api.changes(cursor, limit=self.page_size, wait=self.wait)
        if self._stop.is_set():
            return
        changes = self._changes_of(page)
        self._apply_page(changes, page.next_cursor, full=0, finished=False)
        if changes and self._pushing.is_set() and not page.has_more:
            # While the outbox drains, each push comes back through the feed: gather those
            # echoes for a moment instead of one long-poll round trip per push (the server
            # then spends its time on the pushes). Others' changes wait at most this long.
            self._sleep(PUSH_ECHO_GATHER_S)

    def _apply_page(self, changes: list[EntityChange], next_cursor: str, *, full: int,
                    finished: bool) -> None:
        """One page and its cursor, in one transaction; then tell the listener."""
        with self.cache.session(background=True) as s:
            touched = apply_changes(s, changes, track_seen=full == 2)
            touched |= self._store_cursor(s, next_cursor, bool(touched), full, finished)
        if touched:
            self.listener.changes_applied(touched)

    def _apply_pages(self, group: Sequence[PreparedPage], full: int) -> int:
        """Pages of a full pull and the cursor after the last one written, in one transaction,
        which ends early when a person's write is waiting (it goes next). Returns how many
        pages were written."""
        touched: set[str] = set()
        written = 0
        with self.cache.session(background=True) as s:
            for page, _cursor, _more in group:
                touched |= apply_changes(s, page, track_seen=full == 2)
                written += 1
                if written < len(group) and self.cache.writer_waiting():
                    break
            _page, next_cursor, has_more = group[written - 1]
            touched |= self._store_cursor(s, next_cursor, bool(touched), full, not has_more)
        if touched:
            self.listener.changes_applied(touched)
        return written

    def _store_cursor(self, s: Session, next_cursor: str, changed: bool, full: int,
                      finished: bool) -> set[str]:
        """The cursor after what this transaction applied (and the end of a full pull)."""
        touched: set[str] = set()
        state = s.get(SyncStateRow, 1)
        assert state is not None
        state.cursor = next_cursor
        if changed:
            state.last_change_at = db_now()
        if finished:
            if full == 2:
                touched = finish_resync(s)
            state.full_sync = 0
            state.last_full_sync_at = db_now()
            # Search indexing stays paused (bulk_load) until _build_index has caught up.
        elif full:
            state.full_sync = full
        return touched

    def _full_sync(self, cursor: str | None, full: int) -> None:
        """Pull every page until the feed has no more, fetching the next page while the
        current one is written (HTTP and JSON on another thread or, in a long pull, a child
        process: :class:`_FeedPages`; rows and SQLite on this one)."""
        if self._syncing is None:
            self._set_syncing(SyncProgress(resync=full == 2))
        if full == 1:
            # An empty cache: index search once at the end instead of row by row (0003).
            with self.cache.session() as s:
                state = s.get(SyncStateRow, 1)
                assert state is not None
                if not state.bulk_load:
                    # ... and the secondary indexes once at the end too (bulk_load.py).
                    defer_indexes(s)
                state.bulk_load = 1
        pages: queue.Queue[FetchedPage | BaseException] = queue.Queue(maxsize=PULL_PAGES_AHEAD)
        halt = threading.Event()

        def halted() -> bool:
            return halt.is_set() or self._stop.is_set()

        def fetch() -> None:
            nonlocal cursor
            source = _FeedPages(self, halted)
            try:
                while not halted():
                    item = source.next_page(cursor)
                    if item is None:
                        return
                    while not halt.is_set():
                        try:
                            pages.put(item, timeout=0.25)
                            break
                        except queue.Full:
                            continue
                    if not item[2]:
                        return
                    cursor = item[1]
            except BaseException as exc:  # handed to the applying thread
                with contextlib.suppress(queue.Full):
                    pages.put(exc, timeout=1.0)
            finally:
                source.close()

        fetcher = threading.Thread(target=fetch, name="sync-fetch", daemon=True)
        with _no_collection_during_pull():
            fetcher.start()
            try:
                self._write_pages(pages, fetcher, full)
            finally:
                halt.set()
                fetcher.join(2.0)

    def _write_pages(self, pages: queue.Queue[FetchedPage | BaseException],
                     fetcher: threading.Thread, full: int) -> None:
        """Write the fetched pages as they come, until the last one (then index) or a stop."""
        waited = written = 0.0  # for the log: is the server or the disk the slow side?
        by_child = 0
        while not self._stop.is_set():
            mark = time.monotonic()
            try:
                first = pages.get(timeout=0.25)
            except queue.Empty:
                waited += time.monotonic() - mark
                if not fetcher.is_alive() and pages.empty():
                    return
                continue
            waited += time.monotonic() - mark
            group, failure = self._take_ready_pages(first, pages)
            if group:
                mark = time.monotonic()
                by_child += sum(isinstance(changes, bytes) for changes, _c, _m in group)
                self._write_group(group, full)
                written += time.monotonic() - mark
                self._clear_problem("pull")
                if not group[-1][2]:
                    prev = self._syncing or SyncProgress()
                    mark = time.monotonic()
                    self._build_index()
                    log.info("full sync finished: %d changes in %d pages, %d read by a child "
                             "process (%.1f s waiting for pages, %.1f s writing, %.1f s "
                             "indexing)", prev.received, prev.pages, by_child, waited,
                             written, time.monotonic() - mark)
                    self._set_syncing(None)
                    return
            if failure is not None:
                raise failure

    @staticmethod
    def _take_ready_pages(
        first: FetchedPage | BaseException,
        pages: queue.Queue[FetchedPage | BaseException],
    ) -> tuple[list[FetchedPage], BaseException | None]:
        """``first`` and the pages already waiting behind it (up to PULL_PAGES_PER_WRITE, up
        to the last page): one transaction for several pages costs less than one each,
        and a transaction never waits for the network. A failure ends the group."""
        group: list[FetchedPage] = []
        item: FetchedPage | BaseException = first
        while True:
            if isinstance(item, BaseException):
                return group, item
            group.append(item)
            if not item[2] or len(group) >= PULL_PAGES_PER_WRITE:
                return group, None
            try:
                item = pages.get_nowait()
            except queue.Empty:
                return group, None

    def _write_group(self, fetched: list[FetchedPage], full: int) -> None:
        """Pages already fetched, prepared here and written in as few transactions as a
        person's writes allow; progress after each."""
        group = [(self._prepare_feed_page(
                      decode_page(changes) if isinstance(changes, bytes) else changes),
                  cursor, more) for changes, cursor, more in fetched]
        while group:
            written = self._apply_pages(group, full)
            done, group = group[:written], group[written:]
            prev = self._syncing or SyncProgress()
            counts = dict(prev.by_entity)
            for page, _cursor, _more in done:
                for entity, rows in page.upserts.items():
                    counts[entity] = counts.get(entity, 0) + len(rows)
            self._set_syncing(replace(prev, pages=prev.pages + len(done),
                                      received=prev.received + sum(p.count for p, _c, _m in done),
                                      by_entity=counts))

    def _index_unfinished(self) -> bool:
        with self.cache.read_session() as s:
            return index_pending(s)

    def _build_index(self) -> None:
        """Build the indexes a first pull deferred, then index for search what it wrote, in
        short background transactions (one transaction for the lot held the write lock for
        seconds on a large book); a stop leaves the rest for the next start."""
        finish_bulk_load(self.cache, self._stop.is_set)

    def _fetch_feed_page(self, cursor: str | None) -> FetchedPage:
        """A page of a full pull as plain JSON: its changes, the cursor after it, and whether
        more follow.

        The per-entity models of the API layer cost more than writing the rows; a full pull
        of hundreds of thousands of changes checks what the cache relies on instead
        (:meth:`_prepare_feed_page`).
        """
        params: dict[str, Any] = {"limit": self.page_size, "wait": 0}
        if cursor is not None:
            params["cursor"] = cursor
        parts = page_parts(self.api.request("GET", "/changes", params=params).json)
        if parts is None:
            raise E.MalformedResponse("changes page without changes/next_cursor",
                                      path="changes")
        return parts

    @staticmethod
    def _prepare_feed_page(changes: list[Any]) -> PreparedChanges:
        """A page's changes checked one by one (entity, id, op, an object for an upsert) and
        prepared for writing (:func:`~vipclient.store.apply.prepare_raw`); a change that
        breaks the contract is logged and skipped."""
        prepared, bad = prepare_raw(changes)
        for raw in bad:
            log.warning("skipping a change that breaks the contract: %.200r", raw)
        return prepared

    def _cache_has_rows(self) -> bool:
        from sqlalchemy import text

        with self.cache.read_session() as s:
            return bool(s.execute(text(
                "SELECT EXISTS(SELECT 1 FROM clients WHERE local_outbox_id IS NULL) OR "
                "EXISTS(SELECT 1 FROM tickets WHERE local_outbox_id IS NULL)"
            )).scalar())

    def _changes_of(self, page: Any) -> list[EntityChange]:
        out: list[EntityChange] = []
        for change in page.changes:
            entity = str(getattr(change.entity, "value", change.entity))
            op = str(getattr(change.op, "value", change.op))
            if self.validate and op == "upsert":
                try:
                    change.model()
                except E.MalformedResponse as exc:
                    # A deterministic bad entity would stall sync forever if retried: skip it.
                    log.warning("skipping %s %s that breaks the contract: %s",
                                entity, change.id, exc.path or exc)
                    continue
            out.append(EntityChange(entity, str(change.id), op,
                                    int(change.version or 0), change.data))
        return out

    # ----------------------------------------------------------------------- push

    def _push_loop(self) -> None:
        """Send queued rows, up to ``push_window`` at once: never two rows of one entity
        (:func:`order_key`), so each entity's actions reach the server in the order they were
        queued, while actions on different entities do not wait for each other's round trip.
        A row without an entity is a barrier: it goes alone, after every row before it."""
        while not self._opened.wait(0.05):
            if self._stop.is_set():
                return
        in_flight: dict[int, tuple[Future[None], str | None]] = {}
        pool = ThreadPoolExecutor(self.push_window, thread_name_prefix="sync-push-row")
        try:
            while not self._stop.is_set():
                ended = self._reap(in_flight)
                if ended is not None:
                    self._report_outbox()
                    self._session_ended(ended)
                    return
                try:
                    self._start_ready_rows(pool, in_flight)
                except Exception:
                    log.exception("unexpected error choosing rows to send; trying again")
                    self._sleep(1.0, self._push_wake)
                    continue
                self._report_outbox_soon(busy=bool(in_flight))
                if not in_flight:
                    self._pushing.clear()
                    self._clear_problem("push")  # nothing waits: pushing has no problem
                    self._sleep(30.0, self._push_ready)
                    continue
                self._pushing.set()
                self._sleep(OUTBOX_REPORT_S if self._outbox_dirty.is_set() else 1.0,
                            self._push_ready)
        finally:
            self._pushing.clear()
            # Rows being sent finish (or see the stop) before the loop is done.
            pool.shutdown(wait=True, cancel_futures=True)

    def _reap(self, in_flight: dict[int, tuple[Future[None], str | None]]
              ) -> E.SessionExpired | None:
        """Forget finished rows; a session that ended while sending ends the loop."""
        ended: E.SessionExpired | None = None
        for outbox_id, (future, _key) in list(in_flight.items()):
            if future.done():
                del in_flight[outbox_id]
                failure = None if future.cancelled() else future.exception()
                if isinstance(failure, E.SessionExpired):
                    ended = failure
        return ended

    def _start_ready_rows(self, pool: ThreadPoolExecutor,
                          in_flight: dict[int, tuple[Future[None], str | None]]) -> None:
        if len(in_flight) >= self.push_window:
            return
        keys = {outbox_id: key for outbox_id, (_future, key) in in_flight.items()}
        with self.cache.read_session() as s:
            heads = ob.queue_heads(s, limit=self.push_window * 4)
            ready = ob.rows_by_id(s, [r.id for r in rows_ready_to_send(heads, keys,
                                                                       self.push_window)])
        for row in ready:
            in_flight[row.id] = (pool.submit(self._push_one, row), order_key(row))

    def _push_one(self, row: OutboxRow) -> None:
        """One row on a worker thread; the push loop learns it is done at once."""
        try:
            self._push_row(row)
        except E.SessionExpired:
            raise
        except Exception:
            log.exception("unexpected error sending outbox %d; trying again", row.id)
            self._sleep(1.0, self._push_wake)
        finally:
            self._push_ready.set()

    def _server_now(self) -> datetime:
        try:
            return self.api.server_now()
        except Exception:
            return datetime.now(UTC)

    def _push_row(self, row: OutboxRow) -> None:
        """Send one row until it is done, refused, or the engine stops."""
        attempt = 0
        while not self._stop.is_set():
            if row.attempts > 0 and row.first_sent_at and self._too_old(row):
                try:
                    if self._settle_old_row(row):
                        return
                except E.SessionExpired:
                    raise
                except E.ApiError as exc:
                    attempt += 1
                    if not self._retry_later(row, exc, attempt):
                        return
                    continue
            with self.cache.session() as s:
                fresh = ob.mark_sending(s, row.id, db_time(self._server_now()) or db_now())
            if fresh is None:
                return  # discarded meanwhile
            row = fresh
            stepped_up = self._step_up_generation
            wire = self._wire_request(row, attempt)
            if wire is None:
                return
            if isinstance(wire, int):
                attempt = wire
                continue
            try:
                response = self.api.request(
                    row.method, row.path, json=wire.json,
                    idempotency_key=row.key if row.method != "GET" else None,
                    if_match=row.if_match, **({"files": wire.files} if wire.files else {}),
                )
            except E.StepUpRequired as exc:
                if not self._handle_step_up(row, exc, stepped_up):
                    return
                continue  # same key again, now stepped up
            except E.PreconditionFailed as exc:
                self._conflict(row, exc)
                return
            except E.SessionExpired:
                with self.cache.session() as s:
                    ob.mark_retry(s, row.id, message("session_expired"), None)
                raise
            except E.Cancelled:
                with self.cache.session() as s:
                    ob.mark_retry(s, row.id, message("unreachable"), None)
                # Aborted without stopping (signing out): never spin on it.
                if self._stop.is_set() or not self._sleep(self.push_backoff.delay(1),
                                                          self._push_wake):
                    return
                continue
            except Exception as exc:
                if E.is_retryable(exc) or not isinstance(exc, E.ApiError) or isinstance(
                    exc, E.TlsError
                ):
                    attempt += 1
                    if not self._retry_later(row, exc, attempt):
                        return
                    continue
                self._fail(row, exc)
                return
            with self.cache.session() as s:
                ob.mark_done(s, row.id, response.json)
            self._clear_problem("push")
            if row.result_entity or row.effect:
                self.listener.changes_applied({row.result_entity or row.entity or "outbox"})
            self._emit_outbox()
            return

    def _wire_request(self, row: OutboxRow, attempt: int) -> uploads.WireRequest | int | None:
        """What to send for ``row`` (v1.1 workspace: an upload's file as multipart, a reply's
        files' ids in place of their uploads' keys). An int: the attempt count after waiting
        for an upload still queued (send again); None: the row failed or the engine stops."""
        try:
            with self.cache.read_session() as s:
                return uploads.wire_request(s, FileStore(files_root(self.cache.path)), row)
        except uploads.NotReady as exc:
            if not exc.waiting:
                self._fail(row, exc)
                return None
            with self.cache.session() as s:
                ob.mark_retry(s, row.id, exc.user_message, None)
            return attempt + 1 if self._sleep(self.push_backoff.delay(attempt + 1),
                                              self._push_wake) else None

    def _retry_later(self, row: OutboxRow, exc: BaseException, attempt: int) -> bool:
        reason = self._offline_reason(exc)
        if reason is not None:
            self._set_problem("push", reason)
        if isinstance(exc, E.ApiError):
            log.info("sending %s (outbox %d) failed (%s); will retry", row.kind, row.id,
                     type(exc).__name__)
        else:
            log.exception("unexpected error sending outbox %d; will retry", row.id)
        delay = self.push_backoff.delay(attempt, E.retry_after(exc))
        text = getattr(exc, "user_message", None) or message("unreachable")
        with self.cache.session() as s:
            ob.mark_retry(s, row.id, text,
                          db_time(datetime.now(UTC) + timedelta(seconds=delay)),
                          getattr(exc, "status", None))
        self._emit_outbox()
        # The server's Retry-After is a floor nothing cuts short; the rest of the back-off
        # ends early on a nudge or a reconnect.
        floor = min(E.retry_after(exc) or 0.0, self.push_backoff.retry_after_cap, delay)
        if floor > 0 and not self._sleep(floor):
            return False
        return self._sleep(delay - floor, self._push_wake)

    def _fail(self, row: OutboxRow, exc: BaseException) -> None:
        status = getattr(exc, "status", None)
        text = getattr(exc, "user_message", None) or str(exc)
        log.info("outbox %d (%s) refused by the server: %s", row.id, row.kind, status)
        problem = exc.as_problem() if isinstance(exc, E.ProblemError) else None
        with self.cache.session() as s:
            ob.mark_failed(s, row.id, text, status, problem=problem)
        self._clear_problem("push")
        if row.effect:
            self.listener.changes_applied({row.entity or "outbox"})
        self._emit_outbox()

    def _conflict(self, row: OutboxRow, exc: E.ProblemError) -> None:
        log.info("outbox %d (%s): 412, someone changed %s %s first", row.id, row.kind,
                 row.entity, row.entity_id)
        with self.cache.session() as s:
            ob.mark_failed(s, row.id, message("conflict"), exc.status, conflict=True)
        self._clear_problem("push")
        touched = {row.entity} if row.entity else set()
        current = self._fetch_entity(row.entity, row.entity_id)
        if current is not None and row.entity:
            with self.cache.session() as s:
                upsert_if_newer(s, row.entity, current)
        if touched:
            self.listener.changes_applied(touched)
        self._emit_outbox()

    def _fetch_entity(self, entity: str | None, entity_id: str | None) -> dict[str, Any] | None:
        if not entity or not entity_id or entity not in ENTITY_PATHS:
            return None
        try:
            response = self.api.request("GET", ENTITY_PATHS[entity].format(id=entity_id))
        except E.ApiError as exc:
            log.info("could not read %s %s after a conflict: %s", entity, entity_id,
                     type(exc).__name__)
            return None
        return response.json if isinstance(response.json, dict) else None

    # ----------------------------------------------------------------------- step-up

    def _handle_step_up(self, row: OutboxRow, exc: E.StepUpRequired, seen: int) -> bool:
        """Ask for a code until stepped up (→ True) or cancelled/stopped (→ False). One
        challenge at a time: a row refused before another row's challenge was answered
        (``seen``, the step-up generation when it was sent) just goes again."""
        with self._step_up_lock:
            if self._stop.is_set():
                return False  # never ask the person while the app is closing
            if self._step_up_generation != seen:
                return True
            stepped_up = self._ask_step_up(row, exc)
            if stepped_up:
                self._step_up_generation += 1
            return stepped_up

    def _ask_step_up(self, row: OutboxRow, exc: E.StepUpRequired) -> bool:
        with self.cache.session() as s:
            ob.mark_retry(s, row.id, exc.user_message, None, exc.status)
        retry = False
        while not self._stop.is_set():
            challenge = StepUpChallenge(row.id, row.description, exc.max_age,
                                        exc.user_message, retry, self._attempts_left())
            self._step_up_code = None
            self._step_up_cancelled = False
            self._step_up_event.clear()
            self._challenge = challenge
            self.listener.step_up_required(challenge)
            while not self._step_up_event.wait(0.25):
                if self._stop.is_set():
                    return False
            self._challenge = None
            if self._stop.is_set():
                return False
            if self._step_up_cancelled or not self._step_up_code:
                with self.cache.session() as s:
                    ob.mark_failed(s, row.id, message("step_up_cancelled"), exc.status)
                if row.effect:
                    self.listener.changes_applied({row.entity or "outbox"})
                self._emit_outbox()
                return False
            code, self._step_up_code = self._step_up_code, None
            try:
                self.api.step_up(code)
                return True
            except E.InvalidCredentials:
                retry = True
                continue
            except E.LockedOut as locked:
                with self.cache.session() as s:
                    ob.mark_failed(s, row.id, locked.user_message, locked.status)
                self._emit_outbox()
                return False
            except E.SessionExpired:
                raise
            except E.ApiError as other:
                # Could not reach the server to step up: keep the row, try again later.
                return self._retry_later(row, other, 1)
        return False

    def _attempts_left(self) -> int | None:
        """Wrong codes left before the lockout, as the API client counted them."""
        failures = getattr(self.api, "step_up_failures", None)
        return None if failures is None else int(failures.attempts_left(self.api.server_now()))

    # ----------------------------------------------------------------------- old rows

    def _too_old(self, row: OutboxRow) -> bool:
        assert row.first_sent_at is not None
        try:
            first = parse_db_time(row.first_sent_at)
        except ValueError:
            return False
        return self._server_now() - first > KEY_LIFETIME_GUARD

    def _settle_old_row(self, row: OutboxRow) -> bool:
        """Check a row whose key may have expired. True when the row is settled (no send)."""
        verify = ob.Verify.from_json(row.verify)
        if verify is None:
            with self.cache.session() as s:
                ob.mark_failed(s, row.id, message("too_old_unverified"), None)
            self._emit_outbox()
            return True
        response = self.api.request("GET", verify.path, params=dict(verify.params) or None)
        found = _find_match(response.json, verify.match)
        with self.cache.session() as s:
            if found is not None:
                log.info("outbox %d was already applied on the server; not sent again", row.id)
                ob.mark_done(s, row.id, found)
            else:
                # Not on the server: it is safe to send as a new action (fresh clock).
                fresh = ob.get(s, row.id)
                if fresh is not None:
                    fresh.first_sent_at = None
                    fresh.attempts = 0
                row.first_sent_at = None
                row.attempts = 0
        if found is not None:
            self._emit_outbox()
            if row.result_entity:
                self.listener.changes_applied({row.result_entity})
            return True
        return False


def rows_ready_to_send(rows: Sequence[_Queued], in_flight: Mapping[int, str | None],
                       window: int) -> list[_Queued]:
    """Of the rows still to send (queue order), those to start now beside ``in_flight``
    (outbox id → :func:`order_key`), so that at most ``window`` are out at once."""
    if any(key is None for key in in_flight.values()):
        return []  # a barrier is out: nothing goes beside it
    busy = set(in_flight.values())
    room = window - len(in_flight)
    ready: list[_Queued] = []
    for row in rows:
        if room <= 0:
            break
        if row.id in in_flight:
            continue
        key = order_key(row)
        if key is None:
            if not in_flight and not ready:
                ready.append(row)
            break  # nothing after a barrier starts before it is done
        if key in busy:
            continue  # an earlier action on this entity is not done yet
        busy.add(key)
        ready.append(row)
        room -= 1
    return ready


def order_key(row: ob.QueuedRow | OutboxRow) -> str | None:
    """Rows with the same key are sent one after another, in queue order; None (no entity,
    or one that exists only here so far) orders the row after everything before it."""
    if not row.entity or not row.entity_id or row.entity_id.startswith("local-"):
        return None
    return f"{row.entity}:{row.entity_id}"


def _find_match(payload: Any, match: Mapping[str, Any]) -> dict[str, Any] | None:
    candidates: Sequence[Any]
    if isinstance(payload, dict) and isinstance(payload.get("items"), list):
        candidates = payload["items"]
    elif isinstance(payload, list):
        candidates = payload
    else:
        candidates = [payload]
    for item in candidates:
        if isinstance(item, dict) and all(item.get(k) == v for k, v in match.items()):
            return item
    return None


Callback = Callable[..., None]
