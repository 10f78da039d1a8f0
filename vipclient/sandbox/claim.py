"""One sandbox per database file.

A sandbox keeps the feed's last seq and the audit chain's last link in memory once read
(``Database.change_seq`` / ``audit_tail``): a second sandbox serving the same file would hand
out the same numbers and every write of both would fail on a duplicate key. So the server
claims the file for as long as it runs (an advisory ``flock`` on the file itself, which SQLite's
own byte-range locks do not touch) and a second one is refused in words at start.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import make_url

from vipclient.sandbox.db import is_memory_url

try:  # POSIX; elsewhere (a trainer's Windows laptop) the claim is not made
    import fcntl
except ImportError:  # pragma: no cover - not on Linux
    fcntl = None  # type: ignore[assignment]


class DatabaseInUse(RuntimeError):
    """Another sandbox serves this database file."""


class FileClaim:
    """Held while a sandbox serves ``path``; :meth:`release` lets the next one in."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing the only descriptor drops the flock


def database_file(url: str) -> Path | None:
    """The file a SQLite URL names; None for memory and other databases."""
    if not url.startswith("sqlite") or is_memory_url(url):
        return None
    name = make_url(url).database
    return Path(name) if name else None


def claim(url: str) -> FileClaim | None:
    """Claim the database file of ``url`` for this process, or raise :class:`DatabaseInUse`."""
    path = database_file(url)
    if path is None or fcntl is None:
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise DatabaseInUse(
            f"the database {path} is being served by another sandbox; stop that one first, "
            "or start this one with another --db"
        ) from None
    return FileClaim(path, fd)
