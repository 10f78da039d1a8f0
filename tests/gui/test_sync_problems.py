"""Sync problems: a real refusal from the sandbox is listed with the server's words; resend and
discard work through the sync controller."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.support.gui import LiveSession, start_sandbox
from vipclient.gui.main_window import MainWindow
from vipclient.gui.sync_problems import SyncProblemsDialog
from vipclient.sandbox.server import SandboxServer
from vipclient.store import outbox
from vipclient.store.models import ClientRow, OutboxRow, TicketRow


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    srv = start_sandbox(clients=30)
    yield srv
    srv.stop()


@pytest.fixture
def live(server: SandboxServer, qtbot: QtBot) -> Iterator[LiveSession]:
    session = LiveSession(server, "alice", wait=5.0)
    session.start(qtbot)
    yield session
    session.close()


def wait_problems(qtbot: QtBot, live: LiveSession, n: int) -> None:
    qtbot.waitUntil(lambda: bool(live.outbox) and live.outbox[-1][1] == n, timeout=15_000)


def open_dialog(qtbot: QtBot, live: LiveSession) -> tuple[MainWindow, SyncProblemsDialog]:
    window = MainWindow(live.ctx, sections=())  # the shell alone
    qtbot.addWidget(window)
    window.show()
    window.status_area.unsent_button.click()  # the way a person opens it
    dialog = window.sync_problems
    assert dialog is not None and dialog.isVisible()
    return window, dialog


def test_refused_action_is_listed_and_discarded(qtbot: QtBot, live: LiveSession) -> None:
    cache = live.signed.cache
    with cache.read_session() as s:
        closed = s.scalars(select(TicketRow).where(TicketRow.status == "closed").limit(1)).first()
        assert closed is not None, "the demo data has closed tickets"
        ticket_id = closed.id
    # A closed ticket is final: the server refuses to reopen it (409, allowed ones in detail).
    with cache.session() as s:
        outbox.enqueue(s, outbox.Command(
            kind="ticket.status", method="POST", path=f"/tickets/{ticket_id}/status",
            description=f"Set ticket {ticket_id} to open", body={"status": "open"},
            entity="ticket", entity_id=ticket_id, result_entity="ticket",
        ))
    live.sync.nudge()
    wait_problems(qtbot, live, 1)

    _window, dialog = open_dialog(qtbot, live)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert dialog.model.index(0, 0).data() == f"Set ticket {ticket_id} to open"
    assert dialog.model.index(0, 1).data() == "Refused"
    message = dialog.model.index(0, 2).data()
    problem = dialog.model.row_at(0)
    assert problem.error_status == 409
    assert message == problem.error and message  # the server's own words, shown as they are
    assert "The server refused 1 of your actions" in dialog.summary.text()
    assert not dialog.resend_button.isEnabled()

    dialog.view.selectRow(0)
    assert dialog.discard_button.isEnabled()
    dialog.confirm_discard = lambda: True  # type: ignore[method-assign]
    dialog.discard_button.click()
    wait_problems(qtbot, live, 0)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=5000)
    assert dialog.summary.text() == "Every action you took has reached the server."


def test_conflict_is_resent_and_reaches_the_server(qtbot: QtBot, live: LiveSession) -> None:
    cache, api = live.signed.cache, live.signed.api
    with cache.read_session() as s:
        client = s.scalars(
            select(ClientRow).where(ClientRow.manager_id == live.signed.me.id).limit(1)
        ).first()
        assert client is not None
        uid, version = client.uid, client.version
    # Someone else edits the client first, so our queued edit (If-Match: old version) is stale.
    api.request("PATCH", f"/clients/{uid}", json={"notes": "Changed elsewhere"}, if_match=version)
    with cache.session() as s:
        outbox.enqueue(s, outbox.Command(
            kind="client.update", method="PATCH", path=f"/clients/{uid}",
            description=f"Edit notes of {uid}", body={"notes": "Prefers calls after 18:00"},
            if_match=version, entity="client", entity_id=uid, result_entity="client",
        ))
    live.sync.nudge()
    wait_problems(qtbot, live, 1)

    _window, dialog = open_dialog(qtbot, live)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert dialog.model.index(0, 1).data() == "Changed by someone else"
    assert dialog.model.row_at(0).error_status == 412
    dialog.view.selectRow(0)
    details = dialog.details.toPlainText()
    assert "What you sent:\n  notes: Prefers calls after 18:00" in details
    assert "The server's version now:\n  notes: Changed elsewhere" in details
    dialog.resend_button.click()
    wait_problems(qtbot, live, 0)
    qtbot.waitUntil(lambda: live.outbox[-1] == (0, 0), timeout=15_000)
    assert api.request("GET", f"/clients/{uid}").json["notes"] == "Prefers calls after 18:00"
    with cache.read_session() as s:
        assert s.scalars(select(OutboxRow).where(OutboxRow.state != "done")).first() is None


def test_model_passes_qt_model_checks(qtmodeltester: object) -> None:
    from vipclient.gui.sync_problems import SyncProblemsModel, problem_details

    model = SyncProblemsModel()
    rows = [
        {"id": 1, "description": "Reopen ticket T1", "state": "failed",
         "error": "A closed ticket cannot become open", "updated_at": "2026-11-25T08:00:00Z",
         "body": {"status": "open"}},
        {"id": 2, "description": "Edit notes of U1", "state": "conflict", "error": "Changed",
         "updated_at": "2026-11-25T08:01:00Z", "body": {"notes": "mine", "tags": []},
         "current": {"notes": "", "tags": ["otc"], "version": 4}},
    ]
    model.set_rows(rows)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(1, 1).data() == "Changed by someone else"
    assert problem_details(rows[1]) == (
        "What you sent:\n  notes: mine\n  tags: (empty)\n\n"
        "The server's version now:\n  notes: (empty)\n  tags: otc"
    )
