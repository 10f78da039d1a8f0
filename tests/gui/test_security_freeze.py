"""The freeze from the desk, against the sandbox: step-up asked when no code was typed and the
same key retried, a replayed code refused, five wrong codes lock out with a countdown, an
account manager refused, two alerts actioned at once, a dead server and a lost answer."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.support.gui import LiveSession, current_code, start_sandbox, wrong_code
from tests.support.sandbox import API, clear_faults, set_faults
from tests.support.screens import server_ticket
from tests.support.security_desk import (
    active_clients,
    answer_step_up,
    audit_actions,
    fresh,
    officer_desk,
    open_step_up,
    raise_alert,
)
from vipclient.api.errors import ProblemError
from vipclient.domain.lanes import Lane
from vipclient.gui.clients.section import ClientsSection
from vipclient.gui.lanes.model import LaneModel
from vipclient.gui.lanes.section import LanesSection
from vipclient.gui.main_window import MainWindow
from vipclient.gui.sections import available_sections
from vipclient.gui.security.freeze_dialog import FreezeDialog
from vipclient.gui.step_up_dialog import StepUpDialog
from vipclient.sandbox.server import SandboxServer
from vipclient.services.online import OnlineService

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    srv = start_sandbox(clients=40)
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def used() -> set[str]:
    return set()


@pytest.fixture
def dave(server: SandboxServer, qtbot: QtBot) -> Iterator[LiveSession]:
    live = officer_desk(server, qtbot)
    yield live
    live.close()


def dialog_for(live: LiveSession, qtbot: QtBot, uid: str,
               alerts: list[str] | None = None) -> FreezeDialog:
    dialog = FreezeDialog(live.ctx, uid, alerts or [])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_outcome(qtbot: QtBot, dialog: FreezeDialog, timeout: int = 30_000) -> object:
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=timeout)
    return dialog.outcome


def status_of(live: LiveSession, uid: str) -> str:
    with live.ctx.cache.read_session() as s:
        return str(s.execute(text("SELECT status FROM clients WHERE uid = :u"),
                             {"u": uid}).scalar())


def test_without_a_code_the_dialog_asks_and_the_retry_keeps_the_key(
    dave: LiveSession, server: SandboxServer, qtbot: QtBot, used: set[str],
) -> None:
    (uid,) = active_clients(dave, 1, used)
    dialog = dialog_for(dave, qtbot, uid)
    assert [s for s, box in dialog.scopes.items() if box.isChecked()] == [
        "login", "trading", "withdrawals", "api"]  # account compromise: all four
    assert "cannot sign in" in dialog.summary.text()
    dialog.freeze_button.click()
    assert "not frozen until" in dialog.result_label.text()
    asked = answer_step_up(qtbot, fresh(server))
    assert asked.what_label.text().startswith("Freeze ")
    assert asked.attempts_label.text().startswith("5 tries left")
    wait_outcome(qtbot, dialog)
    assert "FROZEN" in dialog.result_label.text() and not dialog.freeze_button.isVisible()
    assert dialog.confirm_ms is not None
    assert status_of(dave, uid) == "frozen"  # stored at once, not waiting for the feed
    command = dialog._command
    assert command is not None
    again = dave.signed.api.request("POST", command.path, json=command.body,
                                    idempotency_key=command.key)
    assert again.replayed  # the key the retry used is the one recorded
    assert audit_actions(server, uid).count("client.freeze") == 1


def test_a_replayed_code_is_refused_and_nothing_is_frozen(
    dave: LiveSession, server: SandboxServer, qtbot: QtBot, used: set[str],
) -> None:
    (uid,) = active_clients(dave, 1, used)
    used_code = fresh(server)
    dave.signed.api.step_up(used_code)  # the code is spent
    dialog = dialog_for(dave, qtbot, uid)
    dialog.code.setText(used_code)
    dialog.freeze_button.click()
    asked = open_step_up(qtbot)
    assert asked.retry_label.isVisible()  # "That code was not accepted"
    assert asked.attempts_label.text().startswith("4 tries left")
    asked.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    wait_outcome(qtbot, dialog)
    assert "NOT frozen" in dialog.result_label.text()
    assert "No code was entered" in dialog.result_label.text()
    assert status_of(dave, uid) == "active"
    assert "client.freeze" not in audit_actions(server, uid)
    assert dialog.freeze_button.isEnabled()  # it can be tried again


def test_five_wrong_codes_lock_out_and_the_dialog_counts_down(qtbot: QtBot) -> None:
    srv = start_sandbox(clients=10)  # a lockout of its own
    live = officer_desk(srv, qtbot)
    try:
        (uid,) = active_clients(live, 1, set())
        dialog = dialog_for(live, qtbot, uid)
        dialog.freeze_button.click()
        lefts = []
        for _ in range(5):
            asked = open_step_up(qtbot)
            lefts.append(asked.attempts_label.text().split(" ")[0])
            answer_step_up(qtbot, wrong_code(current_code(srv, "dave")))
        locked = open_step_up(qtbot)
        assert lefts == ["5", "4", "3", "2", "1"]
        assert locked.lockout_label.isVisible() and not locked.code_edit.isEnabled()
        assert "Try again in 14:" in locked.lockout_label.text() or (
            "Try again in 15:00" in locked.lockout_label.text())
        before = locked.lockout_label.text()
        qtbot.waitUntil(lambda: locked.lockout_label.text() != before, timeout=3_000)
        assert not locked.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        locked.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        wait_outcome(qtbot, dialog)
        assert "NOT frozen" in dialog.result_label.text()
        assert audit_actions(srv, "dave").count("auth.lockout") == 1
    finally:
        live.close()
        srv.stop()


def test_freezing_from_two_alerts_actions_both_and_every_screen_shows_it(
    dave: LiveSession, server: SandboxServer, qtbot: QtBot, used: set[str],
) -> None:
    (uid,) = active_clients(dave, 1, used)
    first = raise_alert(server, uid, "critical")
    second = raise_alert(server, uid, "medium", "new_device_login")
    from vipclient.gui.security.services import security

    qtbot.waitUntil(lambda: len(security(dave.ctx).open_alerts_of(uid)) == 2, timeout=15_000)
    ticket = server_ticket(server, uid, subject="Withdrawal I did not make", priority="urgent",
                           category="withdrawal")
    lanes = LanesSection(dave.ctx)
    qtbot.addWidget(lanes)
    lanes.show()
    qtbot.waitUntil(lambda: lanes.index() is not None
                    and ticket in lanes.index().ids[Lane.EMERGENCY], timeout=15_000)
    lanes.set_lane(Lane.EMERGENCY)

    def lane_client() -> str:
        row = lanes.model.row_of(ticket)
        return "" if row < 0 else str(lanes.model.data(lanes.model.index(row, LaneModel.CLIENT)))

    assert "FROZEN" not in lane_client()
    clients = ClientsSection(dave.ctx)
    qtbot.addWidget(clients)
    clients.show()
    qtbot.waitUntil(lambda: clients.show_client(uid), timeout=10_000)
    assert not clients.profile.frozen_banner.isVisible()
    dialog = dialog_for(dave, qtbot, uid, [first])
    items = [dialog.alerts.item(i) for i in range(dialog.alerts.count())]
    assert [i.checkState() for i in items] == [Qt.CheckState.Checked, Qt.CheckState.Unchecked]
    items[1].setCheckState(Qt.CheckState.Checked)
    assert "2 alerts will be marked as actioned" in dialog.summary.text()
    dialog.code.setText(fresh(server))
    dialog.freeze_button.click()
    wait_outcome(qtbot, dialog)
    assert "FROZEN" in dialog.result_label.text()
    rows = security(dave.ctx).rows([first, second])
    assert {r.status for r in rows.values()} == {"actioned"}
    api = dave.signed.api
    assert {api.request("GET", f"/risk-alerts/{a}").json["status"]
            for a in (first, second)} == {"actioned"}
    qtbot.waitUntil(lambda: clients.profile.frozen_banner.isVisible(), timeout=5_000)

    def table_says_frozen() -> bool:
        row = clients.model.row_of(uid)
        return row >= 0 and clients.model.data(clients.model.index(row, 3)) == "frozen"

    qtbot.waitUntil(table_says_frozen, timeout=5_000)  # the table re-reads after a debounce
    qtbot.waitUntil(lambda: lane_client().endswith("— FROZEN"), timeout=5_000)


def test_with_the_server_stopped_it_says_not_frozen_and_nothing_changes(
    qtbot: QtBot,
) -> None:
    srv = start_sandbox(clients=10)
    live = officer_desk(srv, qtbot)
    try:
        (uid,) = active_clients(live, 1, set())
        dialog = dialog_for(live, qtbot, uid)
        dialog.code.setText(fresh(srv))
        srv.stop()
        dialog.freeze_button.click()
        wait_outcome(qtbot, dialog)
        text_shown = dialog.result_label.text()
        assert "NOT frozen" in text_shown
        assert "the 24×7 security line on your desk card" in text_shown
        assert status_of(live, uid) == "active"
        with live.ctx.cache.read_session() as s:
            assert s.execute(text("SELECT count(*) FROM freezes WHERE client_uid = :u"),
                             {"u": uid}).scalar() == 0
    finally:
        live.close()


def test_a_lost_answer_is_retried_and_freezes_exactly_once(
    dave: LiveSession, server: SandboxServer, qtbot: QtBot, used: set[str],
) -> None:
    (uid,) = active_clients(dave, 1, used)
    runner = dave.ctx.services["online"]
    healed: list[float] = []

    def heal(seconds: float) -> None:
        healed.append(seconds)
        clear_faults(server.base_url)  # the network is back for the retry

    runner._service = OnlineService(dave.signed.api, runner.ask_code, sleep=heal)
    dialog = dialog_for(dave, qtbot, uid)
    dialog.code.setText(fresh(server))
    set_faults(server.base_url, lost_answer_rate=1.0, paths=[f"{API}/clients/{uid}/freeze"])
    try:
        dialog.freeze_button.click()
        wait_outcome(qtbot, dialog)
    finally:
        clear_faults(server.base_url)
    assert "FROZEN" in dialog.result_label.text() and len(healed) == 1
    assert audit_actions(server, uid).count("client.freeze") == 1
    assert status_of(dave, uid) == "frozen"


def test_an_account_manager_sees_no_security_section_and_the_server_answers_403(
    server: SandboxServer, qtbot: QtBot, used: set[str],
) -> None:
    alice = officer_desk(server, qtbot, "alice")
    try:
        window = MainWindow(alice.ctx)
        qtbot.addWidget(window)
        assert "security" not in window.section_keys and "audit" not in window.section_keys
        assert "security" not in [s.key for s in available_sections(alice.ctx.me.roles)]
        (uid,) = active_clients(alice, 1, used)
        body = {"scopes": ["login"], "reason_code": "account_compromise", "note": ""}
        with pytest.raises(ProblemError) as refused:
            alice.signed.api.request("POST", f"/clients/{uid}/freeze", json=body,
                                     idempotency_key=str(uuid.uuid4()))
        assert refused.value.status == 403
        # The dialog, were it reached, says so plainly (no code is asked for first).
        dialog = dialog_for(alice, qtbot, uid)
        dialog.freeze_button.click()
        wait_outcome(qtbot, dialog)
        assert "NOT frozen" in dialog.result_label.text()
        assert not [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, StepUpDialog) and w.isVisible()]
        assert "client.freeze" not in audit_actions(server, uid)
    finally:
        alice.close()
