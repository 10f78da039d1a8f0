"""A sandbox on a file database whose audit log the tests tamper with, as someone holding the
database could: one entry's details changed, an entry deleted, the chain rewritten from an
entry on with every later hash recomputed (it then verifies on its own; only a pin catches
it). Shared by the service's tamper tests and the Audit screen's."""

from __future__ import annotations

import copy
import json
import socket
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.support.sync import start_sandbox
from vipclient.domain.audit import entry_hash

Entries = list[dict[str, Any]]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def sandbox_on(db: Path, port: int) -> Iterator[Any]:
    """The sandbox over ``db`` at one address each time (the desk keeps its pin per server)."""
    srv = start_sandbox(db_url=f"sqlite:///{db}", seed=7, clients=10, controls=True, port=port)
    try:
        yield srv
    finally:
        srv.stop()


def tamper(db: Path, change: Callable[[sqlite3.Connection], None]) -> None:
    with sqlite3.connect(db) as conn:
        change(conn)


def served(db: Path) -> Entries:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT seq, at, actor_id, action, target, details, prev_hash, hash"
                            " FROM audit_log ORDER BY seq").fetchall()
    return [{"seq": r[0], "at": r[1], "actor_id": r[2], "action": r[3], "target": r[4],
             "details": json.loads(r[5]), "prev_hash": r[6], "hash": r[7]} for r in rows]


def change_details(db: Path, seq: int) -> None:
    tamper(db, lambda c: c.execute(
        "UPDATE audit_log SET details = ? WHERE seq = ?", ('{"username": "mallory"}', seq)))


def delete_entry(db: Path, seq: int) -> None:
    tamper(db, lambda c: c.execute("DELETE FROM audit_log WHERE seq = ?", (seq,)))


def rewrite_from(db: Path, start: int) -> None:
    """Change entry ``start`` and recompute every later link: the chain verifies on its own."""
    entries = served(db)
    fake = copy.deepcopy(entries)
    at = next(i for i, e in enumerate(fake) if e["seq"] == start)
    fake[at]["details"] = {"username": "nobody was here"}
    for i in range(at, len(fake)):
        if i:
            fake[i]["prev_hash"] = fake[i - 1]["hash"]
        fake[i]["hash"] = entry_hash(fake[i]["prev_hash"], fake[i])
    tamper(db, lambda c: c.executemany(
        "UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?",
        [(json.dumps(e["details"]), e["prev_hash"], e["hash"], e["seq"]) for e in fake[at:]]))
