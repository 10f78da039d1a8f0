"""The Audit screen's service: the server's log paged into the cache, the one verifier over
it with the pin kept outside the cache, and the exports.

Reads of the cache go through its ``sqlite3`` reader (any thread); paging and verifying run
on a worker with the online road (``services.online.OnlineService``), never on the UI thread.

Verification (:meth:`AuditService.verify`), each time:

1. the entry the pin names is read again from the server (``from_seq=size``): when it no
   longer has the pinned hash the server's history was rewritten — the cached entries are
   compared with the server's to say from which entry on — an evidence record is written
   beside the pin, the pin stays as it was (never a silent re-pin), and nothing of the new
   history is added to a cache that holds the old one (its entries are the evidence);
2. new entries are paged in from the last one cached (``GET /audit?from_seq=``);
3. the whole cached chain is recomputed by :func:`vipclient.domain.audit.verify` with the pin,
   so an edited, dropped or re-chained entry in the cache is named;
4. only when all of that holds is the new ``(size, head_hash)`` pinned.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import orjson

from vipclient.domain.audit import Break, Pin, Verification, verify
from vipclient.domain.audit_words import Translate, describe
from vipclient.security import audit_pins
from vipclient.store import audit_queries as q
from vipclient.store.audit_queries import AuditFilter, AuditLine

if TYPE_CHECKING:
    from vipclient.store.cache import Cache

log = logging.getLogger(__name__)

PAGE = 1000


class Reader(Protocol):
    """What this service needs of the online road (``OnlineService.get``)."""

    def get(self, path: str, params: Mapping[str, Any] | None = ...) -> Any: ...


@dataclass(frozen=True)
class Verdict:
    """What a verification found.

    ``verification``: the verifier's answer over the cached chain; ``rewritten``: the
    server's history no longer holds the pinned entry (``from_seq``: the first entry whose
    hash differs from the cached one, when the cache still has the old ones); ``pin``: the
    pin in force after this (new when everything held); ``server_checked``: the server was
    asked (False offline); ``evidence``: the record kept beside a contradicted pin.
    """

    verification: Verification
    pin_before: Pin | None
    pin: Pin | None
    server_checked: bool
    rewritten: Break | None = None
    rewritten_from: int | None = None
    evidence: Path | None = None
    pulled: int = 0

    @property
    def ok(self) -> bool:
        return self.verification.ok and self.rewritten is None

    @property
    def problem(self) -> Break | None:
        return self.rewritten or self.verification.problem

    @property
    def broken_seq(self) -> int | None:
        """The entry to select and show (the first one that breaks trust)."""
        if self.rewritten is not None:
            return self.rewritten_from or self.rewritten.seq
        problem = self.verification.problem
        return None if problem is None else problem.seq


class AuditService:
    def __init__(self, cache: Cache, server_url: str, pins_base: Path | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._cache = cache
        self.pin_path = audit_pins.pin_path(server_url, pins_base)
        self._now = now

    # --- the cache ----------------------------------------------------------------------------

    def count(self) -> int:
        with self._cache.reader.read() as conn:
            return q.count(conn)

    def seqs(self, filt: AuditFilter = AuditFilter()) -> list[int]:  # noqa: B008
        with self._cache.reader.read() as conn:
            return q.seqs(conn, filt)

    def lines(self, seqs: list[int] | Any) -> dict[int, AuditLine]:
        with self._cache.reader.read() as conn:
            return q.lines(conn, seqs)

    def entry(self, seq: int) -> dict[str, Any] | None:
        with self._cache.reader.read() as conn:
            return q.entry_at(conn, seq)

    def filter_values(self) -> tuple[list[tuple[str, str]], list[str]]:
        with self._cache.reader.read() as conn:
            return q.actors(conn), q.actions(conn)

    def staff_names(self) -> dict[str, str]:
        with self._cache.reader.read() as conn:
            return q.staff_names(conn)

    def pinned(self) -> Pin | None:
        try:
            return audit_pins.read_pin_if_any(self.pin_path)
        except audit_pins.PinFileError:
            log.warning("the audit pin %s is unreadable; it is kept as it is", self.pin_path)
            return None

    # --- the server ---------------------------------------------------------------------------

    def pull(self, online: Reader, stop: Callable[[], bool] = lambda: False) -> int:
        """Page in the entries after the last cached one; returns how many came. The first
        read pages the whole log; each page is written as it comes (a stop keeps them)."""
        with self._cache.reader.read() as conn:
            after = q.last_seq(conn)
        received = 0
        while not stop():
            page = online.get("/audit", {"from_seq": after + 1, "limit": PAGE}).json
            items = [e for e in page.get("items") or [] if isinstance(e, dict)
                     and type(e.get("seq")) is int and e["seq"] > after]
            if items:
                with self._cache.session(background=True) as s:
                    driver = s.connection().connection.driver_connection
                    assert driver is not None
                    q.store(driver, items)
                after = max(e["seq"] for e in items)
                received += len(items)
            if not page.get("has_more") or not items:
                return received
        return received

    def verify(self, online: Reader | None) -> Verdict:
        """The whole check (module doc). ``online`` None: the cache alone (offline)."""
        pin = self.pinned()
        rewritten: Break | None = None
        rewritten_from: int | None = None
        evidence: Path | None = None
        pulled = 0
        if online is not None and pin is not None and pin.size > 0:
            served = self._served(online, pin.size)
            if served is None or served.get("hash") != pin.head_hash:
                kind = "missing" if served is None else "rewritten"
                rewritten = Break(pin.size, kind, pin.head_hash)
                rewritten_from = self._first_difference(online, pin.size)
                evidence = audit_pins.keep_evidence(self.pin_path, pin, served, self._now())
                log.warning("audit history contradicts the pin at seq %d (%s); evidence kept in"
                            " %s", pin.size, kind, evidence)
        if online is not None and rewritten_from is None:
            # A history that contradicts the cached entries is not appended to them: they are
            # the evidence of what was there. (An empty or rebuilt cache pages it in, and the
            # verifier names the pinned entry.)
            pulled = self.pull(online)
        result = self._verify_cache(pin)
        new_pin = pin
        if result.ok and rewritten is None and result.head_seq > 0 and (
                pin is None or result.head_seq >= pin.size):
            new_pin = result.pin()
            if new_pin != pin:
                audit_pins.write_pin(self.pin_path, new_pin)
        return Verdict(result, pin, new_pin, online is not None, rewritten, rewritten_from,
                       evidence, pulled)

    def _verify_cache(self, pin: Pin | None) -> Verification:
        with self._cache.reader.read() as conn:
            return verify((orjson.loads(raw) for raw in q.raw_in_order(conn)), pin=pin)

    @staticmethod
    def _served(online: Reader, seq: int) -> dict[str, Any] | None:
        items = online.get("/audit", {"from_seq": seq, "limit": 1}).json.get("items") or []
        first = items[0] if items and isinstance(items[0], dict) else None
        return first if first is not None and first.get("seq") == seq else None

    def _first_difference(self, online: Reader, upto: int) -> int | None:
        """The first entry (≤ ``upto``) whose hash on the server differs from the cached one:
        a rewrite re-chains every entry after the first it changes, so the entries that still
        agree are a prefix and a binary search finds its end (None: the cache does not hold
        the old entries to compare with)."""
        def agrees(seq: int) -> bool | None:
            mine = self.entry(seq)
            if mine is None:
                return None
            served = self._served(online, seq)
            return served is not None and served.get("hash") == mine.get("hash")

        if agrees(upto) is not False:
            return None  # no old entry to compare with, or the cache holds the new history
        lo, hi = 1, upto  # the answer lies in [lo, hi]
        while lo < hi:
            mid = (lo + hi) // 2
            same = agrees(mid)
            if same is None:
                return None
            if same:
                lo = mid + 1
            else:
                hi = mid
        return lo

    # --- exports ------------------------------------------------------------------------------

    def export_jsonl(self, path: Path) -> int:
        """The whole cached chain, one entry per line as served — what ``vipclient audit
        verify`` reads. Written to a temporary name and moved into place."""
        tmp = path.with_name(f".{path.name}.part")
        written = 0
        try:
            with tmp.open("w", encoding="utf-8", newline="\n") as out, \
                    self._cache.reader.read() as conn:
                for raw in q.raw_in_order(conn):
                    out.write(raw + "\n")
                    written += 1
            tmp.replace(path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return written

    def csv_rows(self, seqs: list[int], translate: Translate | None = None
                 ) -> Iterator[list[str | int]]:
        """The listed entries (the filtered view, in its order) as the CSV export's rows:
        seq, time, actor id, actor, action, target, the entry in words, hash. The screen
        writes them (``gui/csv_cells.py``: the byte-order mark, no formulas)."""
        names = self.staff_names()
        for line in self._lines_in_order(seqs):
            entry = line.entry()
            words = (describe(entry, names.get, translate) if translate
                     else describe(entry, names.get))
            yield [line.seq, line.at, line.actor_id or "", line.actor_name, line.action,
                   line.target, words, str(entry.get("hash", ""))]

    def _lines_in_order(self, seqs: list[int], batch: int = 2000) -> Iterator[AuditLine]:
        for start in range(0, len(seqs), batch):
            chunk = seqs[start:start + batch]
            found = self.lines(chunk)
            yield from (found[s] for s in chunk if s in found)
