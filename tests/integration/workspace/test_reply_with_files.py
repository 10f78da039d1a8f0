"""Replies with files through the outbox, against the real sandbox: the uploads go first, the
message carries their ids, and a restart between the two sends the message once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.support.files import png_bytes, text_bytes
from tests.support.sync import (
    FAST,
    clear_faults,
    set_faults,
    sign_in,
    start_sandbox,
    synced,
    wait_until,
)
from vipclient.api.client import ApiClient
from vipclient.sandbox.server import SandboxServer
from vipclient.services.attachments import AttachmentsService, check
from vipclient.store import outbox as ob
from vipclient.store import uploads
from vipclient.store.cache import Cache
from vipclient.store.models import OutboxRow
from vipclient.sync.engine import SyncEngine

pytestmark = pytest.mark.timeout(90)


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    srv = start_sandbox(clients=15, seed=7, controls=True)
    yield srv
    srv.stop()


def _open_ticket(api: ApiClient) -> str:
    page = api.request("GET", "/tickets", params={"status": "open", "limit": 5}).json
    return str(page["items"][0]["id"])


def _messages(api: ApiClient, ticket_id: str) -> list[dict[str, Any]]:
    return list(api.request("GET", f"/tickets/{ticket_id}/messages",
                            params={"limit": 1000}).json["items"])


def _states(cache: Cache) -> list[tuple[str, str]]:
    with cache.read_session() as s:
        return [(r.kind, r.state) for r in s.scalars(select(OutboxRow).order_by(OutboxRow.id))]


def _attempts(cache: Cache) -> list[int]:
    with cache.read_session() as s:
        return [r.attempts for r in s.scalars(select(OutboxRow).order_by(OutboxRow.id))]


def _engine(cache: Cache, api: ApiClient) -> SyncEngine:
    engine = SyncEngine(cache, api, page_size=500, wait=1.0, **FAST)
    engine.start()
    assert wait_until(lambda: synced(engine), 30)
    return engine


def test_a_reply_goes_out_with_its_files(server: SandboxServer, tmp_path: Path) -> None:
    api = sign_in(server.base_url, "alice")
    cache = Cache.open(tmp_path / "alice.sqlite3")
    engine = _engine(cache, api)
    try:
        tid = _open_ticket(api)
        service = AttachmentsService(cache)
        staged = [service.stage(check("截屏 2026-11-20.png", png_bytes())),
                  service.stage(check("notes.txt", text_bytes()))]
        service.queue_reply(tid, "Here are the screenshots 截图", False, staged)
        engine.nudge()
        assert wait_until(lambda: all(s == "done" for _k, s in _states(cache)), 20)
        sent = [m for m in _messages(api, tid) if m["body"] == "Here are the screenshots 截图"]
        assert len(sent) == 1
        files = sent[0]["attachments"]
        assert [f["filename"] for f in files] == ["截屏 2026-11-20.png", "notes.txt"]
        assert [f["content_type"] for f in files] == ["image/png", "text/plain"]
        # The bytes of sent uploads leave the cache folder once nothing needs them.
        assert service.sweep() == 2
        assert not any((service.files.root / "outgoing").iterdir())
    finally:
        engine.stop()
        cache.close()
        api.close()


def test_killed_between_the_upload_and_the_message_sends_the_message_once(
    server: SandboxServer, tmp_path: Path
) -> None:
    api = sign_in(server.base_url, "alice")
    path = tmp_path / "alice.sqlite3"
    cache = Cache.open(path)
    engine = _engine(cache, api)
    tid = _open_ticket(api)
    body = "Proof of address attached (restart test)"
    # The message takes effect on the server but its answer is lost, every time: the desk
    # cannot know it went out.
    set_faults(server.base_url, lost_answer_rate=1.0, paths=[f"/api/v1/tickets/{tid}/messages"])
    service = AttachmentsService(cache)
    service.queue_reply(tid, body, False, [service.stage(check("proof.png", png_bytes()))])
    engine.nudge()
    assert wait_until(lambda: _states(cache) == [(uploads.UPLOAD_KIND, "done"),
                                                 (uploads.MESSAGE_KIND, "pending")]
                      and _attempts(cache)[-1] >= 2, 20)
    # The app is killed: the engine stops and the cache closes with the message unsent.
    engine.stop()
    cache.close()
    clear_faults(server.base_url)
    api.resume()  # stopping the engine aborted its client's requests
    assert len([m for m in _messages(api, tid) if m["body"] == body]) == 1

    cache = Cache.open(path)
    engine = _engine(cache, api)
    try:
        assert wait_until(lambda: _states(cache)[-1] == (uploads.MESSAGE_KIND, "done"), 20)
        sent = [m for m in _messages(api, tid) if m["body"] == body]
        assert len(sent) == 1  # the same key replayed: once
        assert [f["filename"] for f in sent[0]["attachments"]] == ["proof.png"]
    finally:
        engine.stop()
        cache.close()
        api.close()


def test_a_refused_upload_fails_its_message_too_and_both_can_be_discarded(
    server: SandboxServer, tmp_path: Path
) -> None:
    api = sign_in(server.base_url, "alice")
    cache = Cache.open(tmp_path / "alice.sqlite3")
    engine = _engine(cache, api)
    try:
        page = api.request("GET", "/tickets", params={"status": "closed", "limit": 1}).json
        closed = str(page["items"][0]["id"])  # a closed ticket refuses files (409)
        service = AttachmentsService(cache)
        message_id = service.queue_reply(closed, "Too late", False,
                                         [service.stage(check("late.png", png_bytes()))])
        engine.nudge()
        assert wait_until(lambda: _states(cache) == [(uploads.UPLOAD_KIND, "failed"),
                                                     (uploads.MESSAGE_KIND, "failed")], 20)
        with cache.read_session() as s:
            row = ob.get(s, message_id)
            assert row is not None and "late.png was not uploaded" in (row.error or "")
        assert service.discard(message_id)
        assert _states(cache) == []
        assert not any((service.files.root / "outgoing").iterdir())
    finally:
        engine.stop()
        cache.close()
        api.close()


def test_an_upload_whose_answer_is_lost_is_sent_again_and_replayed_once(
    server: SandboxServer, tmp_path: Path
) -> None:
    from vipclient.sandbox.db import Attachment

    api = sign_in(server.base_url, "alice")
    cache = Cache.open(tmp_path / "alice.sqlite3")
    engine = _engine(cache, api)
    try:
        tid = _open_ticket(api)
        # The first upload takes effect without an answer, twice: the same key goes again.
        set_faults(server.base_url, lost_answer_rate=1.0,
                   paths=[f"/api/v1/tickets/{tid}/attachments"])
        service = AttachmentsService(cache)
        files = [service.stage(check(f"shot-{n}.png", png_bytes())) for n in range(4)]
        service.queue_reply(tid, "Four screenshots (replay test)", False, files)
        engine.nudge()
        assert wait_until(lambda: _attempts(cache)[0] >= 2, 20)
        clear_faults(server.base_url)
        assert wait_until(lambda: all(s == "done" for _k, s in _states(cache)), 30)
        with server.sandbox.read() as s:
            stored = s.scalars(select(Attachment.filename).where(
                Attachment.ticket_id == tid, Attachment.filename.like("shot-%"))).all()
        assert sorted(stored) == [f"shot-{n}.png" for n in range(4)]  # each once
        sent = [m for m in _messages(api, tid) if m["body"] == "Four screenshots (replay test)"]
        assert len(sent) == 1 and len(sent[0]["attachments"]) == 4
    finally:
        clear_faults(server.base_url)
        engine.stop()
        cache.close()
        api.close()
