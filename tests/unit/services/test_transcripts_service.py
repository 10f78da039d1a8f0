"""Transcripts built from the cache: authors, times in UTC and the client's zone, internal
notes marked or left out, files with their hashes; which threads must be read online."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.support.screens import STAFF, apply, client_json, ticket_json
from tests.support.sync import upsert
from vipclient.services.transcripts import (
    TranscriptsService,
    find_export,
    record_command,
    to_json,
)
from vipclient.store.cache import Cache

FILE = {"id": "AT1", "ticket_id": "T1", "filename": "截屏.png", "content_type": "image/png",
        "size": 2150, "sha256": "ab" * 32, "uploaded_by": "U1",
        "created_at": "2026-11-20T06:32:05Z"}


def message(mid: str, tid: str, kind: str, body: str, at: str, **extra: object) -> object:
    return upsert("message", {"id": mid, "ticket_id": tid, "author_kind": kind,
                              "author_id": "S1" if kind == "staff" else "U1", "body": body,
                              "internal": False, "created_at": at, "version": 1, **extra})


@pytest.fixture
def service(tmp_path: Path) -> Iterator[TranscriptsService]:
    cache = Cache.open(tmp_path / "alice.sqlite3")
    apply(cache, *(upsert("staff", dict(s, version=1)) for s in STAFF),
          upsert("client", client_json("U1", "王小明", timezone="Asia/Shanghai")),
          upsert("ticket", ticket_json("T1", "U1", subject="提现未到账")),
          upsert("ticket", ticket_json("T2", "U1", subject="No messages cached")),
          message("M1", "T1", "client", "提现一直在处理中", "2026-11-20T06:32:05Z",
                  attachments=[FILE]),
          message("M2", "T1", "staff", "Checking with the chain team.", "2026-11-20T06:40:00Z",
                  internal=True),
          message("M3", "T1", "staff", "It has arrived.", "2026-11-20T07:00:00Z"))
    yield TranscriptsService(cache)
    cache.close()


NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def test_each_message_with_author_both_times_and_files(service: TranscriptsService) -> None:
    t = service.build("U1", ["T1"], internal_notes="marked", read_online={}, now=NOW,
                      exported_by="Alice Chen")
    first, note, reply = t.tickets[0].entries
    assert (first.author, first.at_utc, first.at_local) == (
        "王小明", "2026-11-20 06:32:05 UTC", "2026-11-20 14:32:05 Asia/Shanghai")
    assert first.files[0].sha256 == "ab" * 32 and first.files[0].filename == "截屏.png"
    assert note.internal and note.author == "Alice Chen"
    assert not reply.internal
    data = json.loads(to_json(t))["transcript"]
    assert data["tickets"][0]["subject"] == "提现未到账" and data["timezone"] == "Asia/Shanghai"
    assert to_json(t) == to_json(t)  # the same transcript is the same bytes


def test_internal_notes_can_be_left_out(service: TranscriptsService) -> None:
    t = service.build("U1", ["T1"], internal_notes="left out", read_online={}, now=NOW,
                      exported_by="Alice Chen")
    assert [e.body for e in t.tickets[0].entries] == ["提现一直在处理中", "It has arrived."]


def test_threads_read_online_replace_the_cached_ones(service: TranscriptsService) -> None:
    cache = service._cache
    with cache.session() as s:  # type: ignore[attr-defined]
        s.execute(text("UPDATE sync_state SET cursor = NULL, full_sync = 2"))
    assert service.to_read_online(["T1", "T2"]) == ["T1", "T2"]  # the feed is being re-read
    with cache.session() as s:  # type: ignore[attr-defined]
        s.execute(text("UPDATE sync_state SET cursor = 'c', full_sync = 0"))
    assert service.to_read_online(["T1", "T2"]) == ["T2"]  # no message of T2 arrived
    online = {"T2": [{"id": "M9", "author_kind": "client", "body": "from the server",
                      "created_at": "2026-11-21T00:00:00Z", "attachments": [FILE]}]}
    t = service.build("U1", ["T1", "T2"], internal_notes="marked", read_online=online,
                      now=NOW, exported_by="Alice Chen")
    assert [e.body for e in t.tickets[1].entries] == ["from the server"]
    assert t.tickets[1].entries[0].files[0].size == 2150


def test_the_record_and_the_check() -> None:
    command = record_command("U1", ["T1"], "pdf", "cd" * 32, "  Client asked for a copy.  ")
    assert command.path == "/clients/U1/transcript-exports"
    assert command.body == {"ticket_ids": ["T1"], "format": "pdf", "sha256": "cd" * 32,
                            "reason": "Client asked for a copy."}
    exports = [{"id": "TX1", "sha256": "cd" * 32}, {"id": "TX2", "sha256": "ef" * 32}]
    assert find_export("ef" * 32, exports) == exports[1]
    assert find_export("00" * 32, exports) is None
    with pytest.raises(ValueError):
        record_command("U1", ["T1"], "docx", "cd" * 32, "reason text")
