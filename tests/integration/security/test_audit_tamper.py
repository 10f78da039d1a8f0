"""The audit log against a sandbox file database that someone with the database tampers with:
one entry's details changed, an entry deleted, the chain rewritten from an entry on with every
later hash recomputed. The desk's verification (cache + pin) and the command line on its
export each name the entry."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from tests.support.audit_book import (
    change_details,
    delete_entry,
    free_port,
    rewrite_from,
    sandbox_on,
    served,
)
from tests.support.client import signed_in_client
from vipclient.audit_cli import verify_file
from vipclient.security.audit_pins import read_pin
from vipclient.services.audit import AuditService, Verdict
from vipclient.services.online import OnlineService
from vipclient.store.cache import Cache

pytestmark = [pytest.mark.xdist_group("audit-tamper"), pytest.mark.timeout(180)]

Entries = list[dict[str, Any]]


#: One address for every start of the sandbox over the file: the desk keeps its pin per server.
PORT = free_port()


@contextmanager
def sandbox(db: Path) -> Iterator[Any]:
    with sandbox_on(db, PORT) as srv:
        yield srv


def online(srv: Any, who: str = "carol") -> OnlineService:
    api = signed_in_client(SimpleNamespace(base_url=srv.base_url), who)
    return OnlineService(api, lambda challenge: None)


def desk(tmp: Path, name: str, srv: Any, pins: Path) -> tuple[Cache, AuditService]:
    cache = Cache.open(tmp / f"{name}.sqlite3")
    return cache, AuditService(cache, srv.base_url, pins_base=pins)


def cli(service: AuditService, tmp: Path, name: str, pin: bool = False) -> tuple[int, str]:
    export = tmp / f"{name}.jsonl"
    service.export_jsonl(export)
    return verify_file(export, service.pin_path if pin else None)


@pytest.fixture
def book(tmp_path: Path) -> Path:
    """A file database whose log holds some dozens of entries of several kinds."""
    db = tmp_path / "sandbox.db"
    with sandbox(db) as srv:
        for who in ("alice", "bob", "carol", "dave"):
            online(srv, who)  # each sign-in is an entry
    return db


def verified(tmp: Path, name: str, srv: Any, pins: Path) -> tuple[Cache, AuditService, Verdict]:
    cache, service = desk(tmp, name, srv, pins)
    return cache, service, service.verify(online(srv))


def test_a_clean_log_verifies_pins_and_then_reads_only_what_is_new(book: Path,
                                                                   tmp_path: Path) -> None:
    pins = tmp_path / "pins"
    with sandbox(book) as srv:
        cache, service, first = verified(tmp_path, "a", srv, pins)
        assert first.ok and first.server_checked
        assert first.pulled == service.count() == first.verification.checked > 4
        assert read_pin(service.pin_path) == first.pin == first.verification.pin()
        again = service.verify(online(srv))  # signing in again added an entry
        assert again.ok and 1 <= again.pulled <= 3 and again.pin_before == first.pin
        assert again.pin is not None and again.pin.size == service.count()
        assert cli(service, tmp_path, "a", pin=True)[0] == 0
        cache.close()


def test_a_changed_entry_is_named_by_the_desk_and_the_command_line(book: Path,
                                                                   tmp_path: Path) -> None:
    target = served(book)[3]["seq"]
    change_details(book, target)
    with sandbox(book) as srv:
        cache, service, verdict = verified(tmp_path, "b", srv, tmp_path / "pins")
        assert not verdict.ok and verdict.problem is not None
        assert (verdict.problem.kind, verdict.broken_seq) == ("changed", target)
        assert verdict.pin is None and not service.pin_path.exists()  # nothing pinned
        assert cli(service, tmp_path, "b") == (1, f"seq {target} changed")
        cache.close()


def test_a_deleted_entry_is_missing(book: Path, tmp_path: Path) -> None:
    target = served(book)[2]["seq"]
    delete_entry(book, target)
    with sandbox(book) as srv:
        cache, service, verdict = verified(tmp_path, "c", srv, tmp_path / "pins")
        assert verdict.problem is not None
        assert (verdict.problem.kind, verdict.broken_seq) == ("missing", target)
        assert cli(service, tmp_path, "c") == (1, f"seq {target} missing")
        cache.close()


def test_a_rewritten_history_is_caught_by_the_pin_and_the_old_pin_is_kept(book: Path,
                                                                         tmp_path: Path) -> None:
    pins = tmp_path / "pins"
    with sandbox(book) as srv:
        kept, service, first = verified(tmp_path, "kept", srv, pins)
    assert first.ok and first.pin is not None
    pin = first.pin
    rewrite_at = 3
    rewrite_from(book, rewrite_at)
    assert pin.size > rewrite_at
    with sandbox(book) as srv:
        # The desk that still holds the old entries says from which entry it was rewritten.
        verdict = service.verify(online(srv))
        assert not verdict.ok and verdict.rewritten is not None
        assert verdict.rewritten.kind == "rewritten" and verdict.rewritten.seq == pin.size
        assert verdict.rewritten_from == verdict.broken_seq == rewrite_at
        assert verdict.verification.ok  # the cache itself is intact: only the pin tells
        assert read_pin(service.pin_path) == pin and verdict.pin == pin  # never re-pinned
        assert verdict.evidence is not None and verdict.evidence.exists()
        evidence = json.loads(verdict.evidence.read_text(encoding="utf-8"))
        assert evidence["pinned"]["head_hash"] == pin.head_hash
        assert evidence["served"]["hash"] != pin.head_hash
        # A cache rebuilt from the rewritten server: it verifies on its own; the pin does not.
        fresh, rebuilt = desk(tmp_path, "fresh", srv, pins)
        again = rebuilt.verify(online(srv))
        assert again.problem is not None and again.problem.kind == "rewritten"
        assert again.broken_seq == pin.size and again.rewritten_from is None
        assert read_pin(rebuilt.pin_path) == pin
        code, line = cli(rebuilt, tmp_path, "fresh", pin=True)
        assert (code, line) == (1, f"seq {pin.size} rewritten (pinned hash {pin.head_hash})")
        assert cli(rebuilt, tmp_path, "fresh-alone")[0] == 0  # without the pin it passes
        fresh.close()
    kept.close()
