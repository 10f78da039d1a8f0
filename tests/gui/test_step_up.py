"""Step-up through the main window: the server's challenge opens the code dialog; a code lets
the action through with the same key, Cancel fails it visibly."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.support.gui import LiveSession, fresh_code, start_sandbox, wrong_code
from vipclient.gui.main_window import MainWindow
from vipclient.sandbox.server import SandboxServer
from vipclient.store import outbox
from vipclient.store.models import ClientRow, OutboxRow

REASON = "Market maker programme, month one (step-up test)"


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    srv = start_sandbox(clients=20)
    yield srv
    srv.stop()


@pytest.fixture
def window(server: SandboxServer, qtbot: QtBot) -> Iterator[MainWindow]:
    live = LiveSession(server, "alice", wait=5.0).start(qtbot)
    win = MainWindow(live.ctx, sections=())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    live.close()


def queue_extreme_fee_request(window: MainWindow) -> str:
    """A deep discount: policy ``fee-extreme`` requires step-up on the request itself."""
    ctx = window.ctx
    with ctx.cache.read_session() as s:
        client = s.scalars(
            select(ClientRow).where(ClientRow.manager_id == ctx.me.id, ClientRow.tier <= 3)
        ).first()
        assert client is not None
        uid = client.uid
    valid_until = (ctx.now() + timedelta(days=30)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    with ctx.cache.session() as s:
        outbox.enqueue(s, outbox.Command(
            kind="fee_request.create", method="POST", path="/fee-requests",
            description=f"Fee request for {uid}",
            body={"client_uid": uid, "maker_bps": "1", "taker_bps": "2", "scope": "spot",
                  "valid_until": valid_until, "reason": REASON},
            entity="client", entity_id=uid, result_entity="fee_request",
        ))
    ctx.sync.nudge()
    return uid


def wait_dialog(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: window.step_up_dialog is not None and window.step_up_dialog.isVisible(),
        timeout=15_000,
    )


def states(window: MainWindow) -> list[str]:
    with window.ctx.cache.read_session() as s:
        return [r.state for r in s.scalars(select(OutboxRow).order_by(OutboxRow.id))]


def test_code_lets_the_action_through(
    qtbot: QtBot, window: MainWindow, server: SandboxServer
) -> None:
    uid = queue_extreme_fee_request(window)
    wait_dialog(qtbot, window)
    dialog = window.step_up_dialog
    assert dialog is not None
    assert dialog.what_label.text() == f"Fee request for {uid}"
    assert not dialog.retry_label.isVisible()
    # A wrong code first: the dialog comes back saying so.
    qtbot.keyClicks(dialog.code_edit, wrong_code(fresh_code(server, "alice")))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(
        lambda: window.step_up_dialog is not None and window.step_up_dialog is not dialog
        and window.step_up_dialog.retry_label.isVisible(),
        timeout=15_000,
    )
    dialog = window.step_up_dialog
    qtbot.keyClicks(dialog.code_edit, fresh_code(server, "alice"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: states(window) == ["done"], timeout=15_000)
    requests = window.ctx.sync.engine.api.request(
        "GET", "/fee-requests", params={"client_uid": uid}
    ).json["items"]
    ours = [r for r in requests if r.get("reason") == REASON]
    assert len(ours) == 1 and ours[0]["status"] == "pending_approval"  # applied exactly once


def test_cancel_fails_the_action_visibly(qtbot: QtBot, window: MainWindow) -> None:
    queue_extreme_fee_request(window)
    wait_dialog(qtbot, window)
    dialog = window.step_up_dialog
    assert dialog is not None
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: window.status_area.failed == 1, timeout=15_000)
    assert window.status_area.unsent_button.text() == "1 needs attention"
    assert states(window) == ["failed"]
    assert window.isVisible()
