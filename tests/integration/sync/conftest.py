"""Fixtures of the sync engine's integration tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from vipclient.store.cache import Cache


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    """A fresh, empty local cache (alice's)."""
    c = Cache.open(tmp_path / "alice.sqlite3")
    yield c
    c.close()
