"""Transcript exports: a client's conversations handed over, always on the record.

The transcript is built from the cache (a ticket whose messages may not all be cached — the
cache has not read the whole feed yet, or holds none of its messages — is read through the
online road first). Its file (PDF, made by the GUI with Qt's own writer, or JSON, made here)
is hashed; the export is recorded with the platform with that hash (step-up) **before** the
file is written, atomically. A file handed back later is matched against the recorded
hashes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from vipclient.services.online import Command
from vipclient.store import transcript_queries as q
from vipclient.store.files import write_atomically

FORMATS = ("pdf", "json")
REASON_MIN, REASON_MAX = 10, 2000


@dataclass(frozen=True, slots=True)
class FileEntry:
    filename: str
    content_type: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One message: who wrote it (``author_kind`` client|staff|system), when (UTC and the
    client's time), whether it is an internal note, its text and files."""

    author: str
    author_kind: str
    internal: bool
    at_utc: str
    at_local: str
    body: str
    files: tuple[FileEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class TicketTranscript:
    id: str
    subject: str
    status: str
    category: str
    created_at: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class Transcript:
    client_uid: str
    client_name: str
    timezone: str
    generated_at: str
    exported_by: str
    internal_notes: str  # "included" | "marked" | "left out"
    tickets: tuple[TicketTranscript, ...] = field(default_factory=tuple)

    @property
    def ticket_ids(self) -> list[str]:
        return [t.id for t in self.tickets]


def _utc_text(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S UTC")


def local_text(at_utc: str, timezone: str) -> str:
    """``2026-11-20T06:32:05Z`` in the client's zone: ``2026-11-20 14:32:05 Asia/Shanghai``."""
    try:
        when = datetime.fromisoformat(at_utc.replace("Z", "+00:00"))
        return when.astimezone(ZoneInfo(timezone)).strftime(f"%Y-%m-%d %H:%M:%S {timezone}")
    except (ValueError, ZoneInfoNotFoundError):
        return at_utc


def _utc(at: str) -> str:
    try:
        return _utc_text(datetime.fromisoformat(at.replace("Z", "+00:00")))
    except ValueError:
        return at


def _files(message: Mapping[str, Any]) -> tuple[FileEntry, ...]:
    raw = message.get("attachments")
    if raw is None and message.get("data"):
        raw = json.loads(str(message["data"])).get("attachments")
    if not isinstance(raw, list):
        return ()
    return tuple(FileEntry(str(f.get("filename") or ""), str(f.get("content_type") or ""),
                           int(f.get("size") or 0), str(f.get("sha256") or ""))
                 for f in raw if isinstance(f, dict))


class _SessionSource(Protocol):
    def read_session(self) -> Any: ...


class Pages(Protocol):
    """What reading messages needs of ``vipclient.services.online.OnlineService``."""

    def pages(self, path: str, params: Mapping[str, Any] | None = ...,
              limit: int = ...) -> Iterable[list[Any]]: ...


class TranscriptsService:
    def __init__(self, cache: _SessionSource) -> None:
        self._cache = cache

    def tickets(self, uid: str) -> list[dict[str, Any]]:
        with self._cache.read_session() as s:
            return q.tickets_of(s, uid)

    def staff_names(self) -> dict[str, str]:
        with self._cache.read_session() as s:
            return q.staff_names(s)

    def to_read_online(self, ticket_ids: Sequence[str]) -> list[str]:
        """Tickets whose messages may not all be in the cache."""
        with self._cache.read_session() as s:
            if not q.feed_complete(s):
                return list(ticket_ids)
            cached = q.messages_of(s, ticket_ids)
        # Every ticket opens with a message: none cached means they have not arrived.
        return [t for t in ticket_ids if not cached.get(t)]

    def build(self, uid: str, ticket_ids: Sequence[str], *, internal_notes: str,
              read_online: Mapping[str, list[dict[str, Any]]], now: datetime,
              exported_by: str, client_label: str = "", system_label: str = "System"
              ) -> Transcript:
        """The transcript of ``ticket_ids`` (in that order); ``read_online`` replaces the
        cached messages of the tickets read through the online road."""
        with self._cache.read_session() as s:
            client = json.loads(q.client(s, uid) or "{}")
            tickets = {t["id"]: t for t in q.tickets_of(s, uid)}
            cached = q.messages_of(s, [t for t in ticket_ids if t not in read_online])
            names = q.staff_names(s)
        timezone = str(client.get("timezone") or "UTC")
        client_name = str(client.get("display_name") or uid)
        out: list[TicketTranscript] = []
        for tid in ticket_ids:
            ticket = tickets.get(tid, {"id": tid})
            entries = []
            for m in read_online.get(tid) or cached.get(tid, []):
                internal = bool(m.get("internal"))
                if internal and internal_notes == "left out":
                    continue
                kind = str(m.get("author_kind") or "system")
                author = (client_label or client_name if kind == "client"
                          else system_label if kind == "system"
                          else names.get(str(m.get("author_id")), str(m.get("author_id") or "")))
                at = str(m.get("created_at") or "")
                entries.append(Entry(author, kind, internal, _utc(at), local_text(at, timezone),
                                     str(m.get("body") or ""), _files(m)))
            out.append(TicketTranscript(
                tid, str(ticket.get("subject") or ""), str(ticket.get("status") or ""),
                str(ticket.get("category") or ""), _utc(str(ticket.get("created_at") or "")),
                tuple(entries)))
        return Transcript(uid, client_name, timezone, _utc_text(now), exported_by,
                          internal_notes, tuple(out))


def read_messages(online: Pages, ticket_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """A worker's job: the whole thread of each ticket, from the server."""
    return {tid: [m for page in online.pages(f"/tickets/{tid}/messages") for m in page]
            for tid in ticket_ids}


def to_json(transcript: Transcript) -> bytes:
    """The JSON file: UTF-8, keys sorted, so the same transcript is the same bytes."""
    return json.dumps({"transcript": asdict(transcript)}, ensure_ascii=False, sort_keys=True,
                      indent=2).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    """A worker's job: a file's SHA-256, read a megabyte at a time."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def record_command(uid: str, ticket_ids: Sequence[str], fmt: str, sha256: str,
                   reason: str) -> Command:
    """The export's record (sent before the file is written; step-up, 300 s)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    return Command("POST", f"/clients/{uid}/transcript-exports",
                   {"ticket_ids": list(ticket_ids), "format": fmt, "sha256": sha256,
                    "reason": reason.strip()},
                   description=f"Transcript export of client {uid}")


def save(path: Path, data: bytes) -> Path:
    """A worker's job: the file, whole or not at all (temporary file, then ``os.replace``)."""
    write_atomically(path, data)
    return path


def exports_path(uid: str) -> str:
    return f"/clients/{uid}/transcript-exports"


def find_export(sha256: str, exports: Iterable[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The recorded export whose file has this hash, if any."""
    return next((e for e in exports if e.get("sha256") == sha256), None)
