"""A database locked by another writer is a 503 'busy, nothing was done', never a 500."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import IntegrityError, OperationalError

from vipclient.sandbox.db import DatabaseBusy
from vipclient.sandbox.problems import busy, is_busy


def test_a_locked_database_reads_as_busy() -> None:
    locked = OperationalError("INSERT …", {}, sqlite3.OperationalError("database is locked"))
    assert is_busy(locked)
    assert is_busy(DatabaseBusy("the database stayed busy"))


def test_other_database_errors_are_not_busy() -> None:
    assert not is_busy(OperationalError("SELECT …", {}, sqlite3.OperationalError("no such table")))
    assert not is_busy(IntegrityError("INSERT …", {}, sqlite3.IntegrityError("UNIQUE failed")))
    assert not is_busy(ValueError("database is locked"))


def test_busy_says_nothing_was_done_and_when_to_retry() -> None:
    problem = busy()
    assert problem.status == 503 and problem.headers["Retry-After"] == "1"
    assert "nothing was done" in problem.detail
