"""The cache's files: the bytes of attachments, kept in a folder beside the cache's database.

Large bytes never go into SQLite rows. The folder (``<cache>.files/``) has one sub-folder per
kind of file:

- ``staging/`` — files a person attached in a composer and has not sent yet (checked, hashed);
- ``outgoing/<key>`` — the bytes of a queued upload, named by its outbox row's idempotency
  key, kept until the row is done (a killed app sends them again after its restart);
- ``blobs/<sha256>`` — attachments' contents, stored only once their SHA-256 is checked;
- ``thumbs/<sha256>.png`` — thumbnails the desk made of image blobs;
- ``open/<sha256 prefix>/<name>`` — copies handed to the system's viewer, under a safe name
  with the extension of their checked type.

Every write goes to a temporary file first and is moved into place (``os.replace``), so a
file under its final name is always whole.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import tempfile
import uuid
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

_SHA256 = re.compile(r"[0-9a-f]{64}")
_KEY = re.compile(r"[A-Za-z0-9-]{1,64}")


def files_root(cache_path: Path) -> Path:
    """The folder of a cache's files (``alice.sqlite3`` → ``alice.files``)."""
    return cache_path.with_name(cache_path.stem + ".files")


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_atomically(path: Path, data: bytes) -> None:
    """``data`` under ``path``, whole or not at all (a temporary file, flushed to disk, then
    moved into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class FileStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    # -- where ---------------------------------------------------------------------------------

    def staged(self, name: str) -> Path:
        return self.root / "staging" / _checked(name, _KEY)

    def outgoing(self, key: str) -> Path:
        return self.root / "outgoing" / _checked(key, _KEY)

    def blob(self, sha256: str) -> Path:
        return self.root / "blobs" / _checked(sha256, _SHA256)

    def thumbnail(self, sha256: str) -> Path:
        return self.root / "thumbs" / f"{_checked(sha256, _SHA256)}.png"

    def viewer_copy(self, sha256: str, filename: str) -> Path:
        """Where the copy for the system viewer goes; ``filename`` must already be safe."""
        if not filename or "/" in filename or "\\" in filename or filename in (".", ".."):
            raise ValueError("not a safe file name")
        return self.root / "open" / _checked(sha256, _SHA256)[:16] / filename

    # -- writing -------------------------------------------------------------------------------

    def stage(self, data: bytes) -> str:
        """Keep a checked file until it is sent (or removed); its staging name."""
        name = uuid.uuid4().hex
        write_atomically(self.staged(name), data)
        return name

    def unstage(self, name: str) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.staged(name).unlink()

    def send_staged(self, name: str, key: str) -> Path:
        """A staged file becomes the bytes of the upload with idempotency key ``key``."""
        target = self.outgoing(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(self.staged(name), target)
        return target

    def put_blob(self, sha256: str, data: bytes) -> Path:
        """Store verified content; ``ValueError`` when ``data`` is not what ``sha256`` says."""
        if sha256_of(data) != sha256:
            raise ValueError("the bytes do not match their SHA-256")
        path = self.blob(sha256)
        if not path.exists():
            write_atomically(path, data)
        return path

    def blob_if_present(self, sha256: str) -> Path | None:
        path = self.blob(sha256)
        return path if path.is_file() else None

    # -- housekeeping --------------------------------------------------------------------------

    def sweep(self, outgoing_in_use: Iterable[str]) -> int:
        """Drop what nothing refers to any more: files staged by an earlier run, the bytes of
        uploads no longer queued (sent, or discarded). Returns how many files went."""
        keep = set(outgoing_in_use)
        removed = 0
        for folder, wanted in (("staging", set[str]()), ("outgoing", keep)):
            directory = self.root / folder
            if not directory.is_dir():
                continue
            for path in directory.iterdir():
                if path.name not in wanted:
                    with contextlib.suppress(OSError):
                        path.unlink()
                        removed += 1
        if removed:
            log.info("removed files no queued upload needs: %d", removed)
        return removed


def _checked(name: str, pattern: re.Pattern[str]) -> str:
    # Names come from rows and the server: never let one reach outside its folder.
    if not pattern.fullmatch(name):
        raise ValueError(f"not a valid file name in the cache: {name[:80]!r}")
    return name
