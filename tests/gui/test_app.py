"""The composition root end to end: demo start, staff switch, sign-in/out, geometry, one
instance per profile, and a quit that never hangs."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.gui import fresh_code, staff, start_sandbox
from vipclient.app import Options, VipDesk
from vipclient.gui.single_instance import ask_running_instance
from vipclient.sandbox.server import SandboxServer
from vipclient.security.tokens import TokenStore

START_TIMEOUT = 30_000


def make_desk(qapp: QApplication, tmp_path: Path, **options: object) -> VipDesk:
    opts = Options(single_instance=False, demo_clients=20, demo_live=False, **options)  # type: ignore[arg-type]
    return VipDesk(
        qapp, opts, log_directory=tmp_path / "logs", install_crash_hooks=False,
        quit_app=lambda: None,
    )


@pytest.fixture
def demo_desk(qapp: QApplication, tmp_path: Path) -> Iterator[VipDesk]:
    desk = make_desk(qapp, tmp_path, demo=True)
    yield desk
    desk.quit()


def wait_live(qtbot: QtBot, desk: VipDesk, username: str) -> None:
    qtbot.waitUntil(
        lambda: desk.window is not None and desk.window.ctx.me.username == username
        and desk.window.status_area.state == "live",
        timeout=START_TIMEOUT,
    )


def test_demo_starts_signed_in_as_alice(qtbot: QtBot, demo_desk: VipDesk) -> None:
    demo_desk.start()
    busy = demo_desk.busy  # something is shown while the sandbox starts
    assert busy is not None and busy.isVisible()
    assert busy.label.text() == "Starting the demo server with its demo clients…"
    wait_live(qtbot, demo_desk, "alice")
    assert demo_desk.busy is None
    window = demo_desk.window
    assert window is not None and window.isVisible()
    assert window.windowTitle() == "VIP Desk — Alice Chen (demo)"
    assert window.status_area.person_label.text() == "Alice Chen · account manager"
    assert sorted(window.demo_actions) == ["bob", "carol", "dave", "erin"]
    assert window.demo_actions["carol"].text() == "Switch to carol"
    # Sections not built yet are absent, not placeholders.
    assert not {"requests", "security", "dashboard", "audit"} & set(window.section_keys)
    started = time.monotonic()
    demo_desk.quit()
    assert time.monotonic() - started < 5.0  # the long-poll is aborted, not waited out
    assert demo_desk.window is None and demo_desk.demo is None


def test_demo_menu_switches_staff(qtbot: QtBot, demo_desk: VipDesk) -> None:
    demo_desk.start()
    wait_live(qtbot, demo_desk, "alice")
    assert demo_desk.window is not None
    demo_desk.window.demo_actions["carol"].trigger()
    assert demo_desk.busy is not None and demo_desk.busy.label.text() == "Signing in as carol…"
    wait_live(qtbot, demo_desk, "carol")
    window = demo_desk.window
    assert window.status_area.person_label.text().endswith("· supervisor")
    assert "carol" not in window.demo_actions and "alice" in window.demo_actions


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    srv = start_sandbox(clients=20)
    yield srv
    srv.stop()


def sign_in_through_dialog(qtbot: QtBot, desk: VipDesk, server: SandboxServer) -> None:
    dialog = desk.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.server_edit.setText(server.base_url)
    dialog.username_edit.setText("bob")
    dialog.password_edit.setText(staff("bob")["password"])
    dialog.code_edit.setText(fresh_code(server, "bob"))
    dialog.sign_in_button.click()
    wait_live(qtbot, desk, "bob")


def test_sign_in_then_sign_out_revokes_and_returns(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, server: SandboxServer
) -> None:
    desk = make_desk(qapp, tmp_path)
    desk.start()
    sign_in_through_dialog(qtbot, desk, server)
    tokens = TokenStore.for_user(server.base_url, "bob")
    access = tokens.access_token
    assert access
    assert desk.settings.last_username == "bob"
    assert desk.settings.server_url == server.base_url

    assert desk.window is not None
    desk.window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: desk.sign_in_dialog is not None and desk.sign_in_dialog.isVisible(),
                    timeout=10_000)
    assert desk.window is None
    assert TokenStore.for_user(server.base_url, "bob").access_token is None
    # Revoked on the server, not just forgotten here.
    answer = requests.get(f"{server.base_url}/api/v1/me",
                          headers={"Authorization": f"Bearer {access}"}, timeout=5)
    assert answer.status_code == 401
    # The dialog comes back filled in for the next person.
    assert desk.sign_in_dialog.username_edit.text() == "bob"
    desk.quit()


def test_window_geometry_is_remembered(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, server: SandboxServer
) -> None:
    desk = make_desk(qapp, tmp_path)
    desk.start()
    sign_in_through_dialog(qtbot, desk, server)
    assert desk.window is not None
    desk.window.setGeometry(20, 30, 700, 500)  # within the offscreen screen (800×800)
    qtbot.wait(50)
    size = (desk.window.width(), desk.window.height())  # at least the window's minimum size
    assert size != (1280, 800)
    desk.quit()
    assert desk.settings.window_geometry

    again = make_desk(qapp, tmp_path)
    again.start()  # resumes bob's session from the keyring
    wait_live(qtbot, again, "bob")
    assert again.window is not None
    assert (again.window.width(), again.window.height()) == size
    again.quit()


def test_second_start_of_a_profile_focuses_the_first(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    profile = f"test-{uuid.uuid4().hex[:8]}"
    desk = VipDesk(
        qapp, Options(profile=profile), log_directory=tmp_path, install_crash_hooks=False,
        quit_app=lambda: None,
    )
    desk.start()
    assert desk.instance is not None
    assert desk.sign_in_dialog is not None
    with qtbot.waitSignal(desk.instance.activated, timeout=3000):
        assert ask_running_instance(profile)
    assert not ask_running_instance(f"{profile}-other")
    desk.quit()
    assert not ask_running_instance(profile)


def test_next_start_resumes_without_typing_even_offline(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, server: SandboxServer
) -> None:
    first = make_desk(qapp, tmp_path)
    first.start()
    sign_in_through_dialog(qtbot, first, server)
    first.quit()  # quitting keeps the sign-in (signing out would not)

    second = make_desk(qapp, tmp_path)
    second.start()
    wait_live(qtbot, second, "bob")
    assert second.sign_in_dialog is None
    second.quit()

    server.stop()
    third = make_desk(qapp, tmp_path)
    third.start()
    qtbot.waitUntil(lambda: third.window is not None, timeout=START_TIMEOUT)
    assert third.window is not None and third.window.ctx.me.username == "bob"
    qtbot.waitUntil(lambda: third.window.status_area.state == "offline", timeout=15_000)
    assert third.window.status_area.state_label.text().startswith("Offline since ")
    third.quit()


def test_session_ended_by_the_server_returns_to_sign_in(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, server: SandboxServer
) -> None:
    from vipclient.services import tickets as ticket_services

    desk = make_desk(qapp, tmp_path)
    desk.start()
    sign_in_through_dialog(qtbot, desk, server)
    tokens = TokenStore.for_user(server.base_url, "bob")
    # The session is revoked elsewhere (e.g. by IT): access and refresh tokens stop working.
    requests.post(
        f"{server.base_url}/api/v1/auth/logout",
        headers={"Authorization": f"Bearer {tokens.access_token}"},
        json={"refresh_token": tokens.refresh_token}, timeout=5,
    ).raise_for_status()
    assert desk.window is not None
    cache = desk.window.ctx.cache
    with cache.read_session() as s:
        ticket_id = s.execute(
            ticket_services.TicketRow.__table__.select().limit(1)  # type: ignore[attr-defined]
        ).first().id
    with cache.session() as s:
        ticket_services.enqueue_reply(s, ticket_id, "Following up.", internal=False)
    desk.window.ctx.sync.nudge()
    qtbot.waitUntil(lambda: desk.sign_in_dialog is not None, timeout=15_000)
    dialog = desk.sign_in_dialog
    assert desk.window is None
    assert dialog.notice_label.isVisible() and dialog.notice_label.text()
    assert dialog.username_edit.text() == "bob"
    # The reply typed before is kept and goes out once bob signs in again.
    sign_in_through_dialog(qtbot, desk, server)
    window = desk.window
    assert window is not None
    def drained() -> None:
        from sqlalchemy import text

        with window.ctx.cache.read_session() as s:
            rows = list(s.execute(text("SELECT id, state, error FROM outbox")))
        assert window.status_area.unsent_button.text() == "All actions sent", rows

    qtbot.waitUntil(drained, timeout=15_000)
    messages = window.ctx.sync.engine.api.request("GET", f"/tickets/{ticket_id}/messages")
    assert [m["body"] for m in messages.json["items"]].count("Following up.") == 1
    desk.quit()


@pytest.mark.qt_no_exception_capture
def test_crash_hooks_show_the_dialog_and_the_app_goes_on(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer

    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "faulthandler.log").write_text(
        "Fatal Python error: Segmentation fault\n", encoding="utf-8"
    )
    desk = VipDesk(
        qapp, Options(single_instance=False), log_directory=tmp_path / "logs",
        quit_app=lambda: None,
    )
    try:
        desk.start()
        # The hard crash of the "last run" is offered first…
        qtbot.waitUntil(lambda: len(desk.crash_presenter.dialogs) == 1, timeout=3000)
        first = desk.crash_presenter.dialogs[0]
        assert "stopped unexpectedly" in first.summary_label.text()
        assert "Segmentation fault" in first.details_view.toPlainText()

        def broken_slot() -> None:
            raise ValueError("a bug in a slot")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: len(desk.crash_presenter.dialogs) == 2, timeout=3000)
        dialog = desk.crash_presenter.dialogs[1]
        assert dialog.summary_label.text() == "ValueError: a bug in a slot"
        assert str(tmp_path / "logs") in dialog.log_label.text()
        assert desk.sign_in_dialog is not None and desk.sign_in_dialog.isVisible()
    finally:
        for d in list(desk.crash_presenter.dialogs):
            d.close()
        desk.quit()


def test_connection_settings_apply_at_the_next_sign_in(
    qapp: QApplication, tmp_path: Path
) -> None:
    desk = make_desk(qapp, tmp_path)
    assert desk.session_service.proxy is None
    desk.settings.proxy = "http://proxy.corp.example:3128"  # as Settings → Save does
    desk.settings.ca_bundle = str(tmp_path / "corp-ca.pem")
    service = desk.session_service  # what the next sign-in uses
    assert service.proxy == "http://proxy.corp.example:3128"
    assert service.ca_bundle == str(tmp_path / "corp-ca.pem")
    desk.quit()
