"""Audit pins: a verified ``(size, head_hash)`` kept outside the cache (DESIGN, "Security
model"), so clearing or rebuilding the cache cannot erase the evidence of what was verified.

One file format for the desk and ``vipclient audit verify --pin``: ``{"size": N,
"head_hash": "<64 hex>"}``, written atomically (a crash leaves the old pin or the new one).
The desk keeps one pin per server under the app's data folder (:func:`pin_path`); a pin that
a later verification contradicts is never replaced silently: the rewritten history is kept
beside it as evidence (:func:`keep_evidence`).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs

from vipclient.domain.audit import Pin
from vipclient.paths import server_slug
from vipclient.store.files import write_atomically

_HEX64 = re.compile(r"[0-9a-f]{64}")


class PinFileError(ValueError):
    """The file is not a pin; ``str()`` says which and why."""


def pins_dir() -> Path:
    """``<user data dir>/audit-pins``: beside the cache folder, never inside a cache file."""
    return Path(platformdirs.user_data_dir("vipclient")) / "audit-pins"


def pin_path(server_url: str, base: Path | None = None) -> Path:
    """The pin of one server (every person of this computer verifies the same log)."""
    return (base or pins_dir()) / f"{server_slug(server_url)}.json"


def read_pin(path: Path) -> Pin:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PinFileError(f"{path}: not a pin file ({exc})") from None
    if not (isinstance(data, dict) and type(data.get("size")) is int and data["size"] >= 0
            and isinstance(data.get("head_hash"), str) and _HEX64.fullmatch(data["head_hash"])):
        raise PinFileError(f'{path}: not a pin file (want {{"size": N, "head_hash": "…"}})')
    return Pin(data["size"], data["head_hash"])


def read_pin_if_any(path: Path) -> Pin | None:
    return read_pin(path) if path.exists() else None


def _write_atomically(path: Path, text: str) -> None:
    # The cache's own whole-or-nothing write (temporary file, fsync, os.replace), as UTF-8.
    write_atomically(path, text.encode("utf-8"))


def write_pin(path: Path, pin: Pin) -> None:
    """Atomically: a crash leaves the old pin or the new one, never half of one."""
    _write_atomically(path, json.dumps({"size": pin.size, "head_hash": pin.head_hash}) + "\n")


def keep_evidence(path: Path, pin: Pin, found: dict[str, Any] | None, at: datetime) -> Path:
    """Beside the pin, a record of a contradicted verification: the pin, what the server
    served in its place (the entry, or nothing), and when. Returns the record's path."""
    stamp = at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    record = path.with_name(f"{path.stem}.rewritten-{stamp}.json")
    _write_atomically(record, json.dumps({
        "pinned": {"size": pin.size, "head_hash": pin.head_hash},
        "served": found, "seen_at": at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
    }, ensure_ascii=False, indent=1) + "\n")
    return record
