"""Notes and tags of a client: saved through the outbox with If-Match; when someone else changed
them first, the person sees both versions and chooses — against the real sandbox."""

from __future__ import annotations

from typing import Any

import requests
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.support.sandbox import login
from tests.support.screens import live_desk, restart_sync
from vipclient.gui.clients.conflict import KEEP_MINE, TAKE_THEIRS
from vipclient.gui.clients.profile import ProfileView
from vipclient.services.clients import NotesConflict
from vipclient.store.models import ClientRow

API = "/api/v1"


class Server:
    """Bob, another manager, working on the same client over HTTP."""

    def __init__(self, srv: Any) -> None:
        self.base = srv.base_url + API
        self.auth = {"Authorization": f"Bearer {login(srv.base_url, 'bob')['access_token']}"}

    def client(self, uid: str) -> dict[str, Any]:
        r = requests.get(f"{self.base}/clients/{uid}", headers=self.auth, timeout=10)
        r.raise_for_status()
        return dict(r.json())

    def set_notes(self, uid: str, notes: str, tags: list[str]) -> None:
        version = self.client(uid)["version"]
        r = requests.patch(f"{self.base}/clients/{uid}", json={"notes": notes, "tags": tags},
                           headers={**self.auth, "If-Match": f'"{version}"'}, timeout=10)
        assert r.status_code == 200, r.text


def _a_client(ctx: Any) -> str:
    with ctx.cache.read_session() as s:
        uid = s.scalars(select(ClientRow.uid).order_by(ClientRow.uid)).first()
    assert uid is not None
    return str(uid)


def _edit_offline_while_bob_changes(qtbot: QtBot, ctx: Any, bob: Server, uid: str,
                                    mine: str, theirs: str) -> ProfileView:
    """The person's edit is based on the version they saw; Bob's change lands first."""
    sync = restart_sync(ctx)  # stopped: the person's cache still shows the old version
    bob.set_notes(uid, theirs, ["bob-tag"])
    view = ProfileView(ctx)
    qtbot.addWidget(view)
    view.show()
    assert view.show_client(uid)
    view.notes.setPlainText(mine)
    view.tags.setText("vip, 大客户")
    assert view.save_button.isEnabled()
    view.save()
    assert view.notes.toPlainText() == mine  # shown at once, marked as sending
    assert "sending" in view.save_state.text()
    sync.start()
    return view


def test_conflict_keep_mine_sends_the_edit_over_the_new_version(qtbot: QtBot) -> None:
    with live_desk(clients=20) as (srv, ctx):
        bob, uid = Server(srv), _a_client(ctx)
        asked: list[NotesConflict] = []

        def choose(conflict: NotesConflict) -> int:
            asked.append(conflict)
            return KEEP_MINE

        view = _edit_offline_while_bob_changes(qtbot, ctx, bob, uid, "Prefers calls after 18:00",
                                               "Bob: VIP dinner invite sent")
        view.resolve_conflict = choose
        qtbot.waitUntil(lambda: bool(asked), timeout=15_000)
        conflict = asked[0]
        assert conflict.mine_notes == "Prefers calls after 18:00"
        assert conflict.server_notes == "Bob: VIP dinner invite sent"
        assert conflict.mine_tags == ["vip", "大客户"] and conflict.server_tags == ["bob-tag"]
        qtbot.waitUntil(lambda: bob.client(uid)["notes"] == "Prefers calls after 18:00",
                        timeout=15_000)
        assert bob.client(uid)["tags"] == ["vip", "大客户"]
        qtbot.waitUntil(lambda: view.notes.toPlainText() == "Prefers calls after 18:00"
                        and view.save_state.text() == "", timeout=15_000)
        assert len(asked) == 1


def test_conflict_take_theirs_keeps_the_server_text(qtbot: QtBot) -> None:
    with live_desk(clients=20) as (srv, ctx):
        bob, uid = Server(srv), _a_client(ctx)
        asked: list[NotesConflict] = []

        def choose(conflict: NotesConflict) -> int:
            asked.append(conflict)
            return TAKE_THEIRS

        view = _edit_offline_while_bob_changes(qtbot, ctx, bob, uid, "My version",
                                               "Bob's version")
        view.resolve_conflict = choose
        qtbot.waitUntil(lambda: bool(asked), timeout=15_000)
        qtbot.waitUntil(lambda: view.notes.toPlainText() == "Bob's version"
                        and view.save_state.text() == "", timeout=15_000)
        assert view.tags.text() == "bob-tag"
        assert bob.client(uid)["notes"] == "Bob's version"
        assert ctx.services["clients"].conflicts(uid) == []
