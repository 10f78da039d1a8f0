"""The composition root end to end: demo start, staff switch, sign-in/out, geometry, one
instance per profile, and a quit that never hangs."""

from __future__ import annotations

import threading
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
from vipclient.services.lanes import LanesService
from vipclient.settings import DEFAULT_PROFILE, settings_path
from vipclient.warm_start import WarmStart

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
    assert not {"security", "audit"} & set(window.section_keys)
    assert "dashboard" in window.section_keys  # an account manager's own figures
    started = time.monotonic()
    demo_desk.quit()
    assert time.monotonic() - started < 5.0  # the long-poll is aborted, not waited out
    assert demo_desk.window is None and demo_desk.demo is None


def test_it_may_forbid_the_demo(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from PySide6.QtWidgets import QMessageBox

    Path(os.environ["VIPCLIENT_MANAGED_CONFIG"]).write_text(
        'allowed_sign_in_methods = ["password_totp", "kept_sign_in"]\n', encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    quits: list[bool] = []
    desk = VipDesk(qapp, Options(single_instance=False, demo=True), log_directory=tmp_path,
                   install_crash_hooks=False, quit_app=lambda: quits.append(True))
    failures: list[str] = []
    desk.demoFailed.connect(failures.append)
    desk.start()
    assert failures == ["your IT department does not allow the demo on this computer"]
    assert shown and "does not allow the demo" in shown[0] and quits == [True]
    assert desk.demo is None  # no sandbox was started


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
    assert desk.settings.window_geometries  # kept for the screen it was on

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


def test_a_kept_sign_in_paints_from_the_cache_before_the_keyring_is_read(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, server: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = make_desk(qapp, tmp_path)
    first.start()
    sign_in_through_dialog(qtbot, first, server)
    wait_live(qtbot, first, "bob")
    assert first.settings.session_kept
    first.quit()

    # Hold the keyring read: the window must show bob's lanes without it.
    from vipclient.security import tokens as token_storage

    gate = threading.Event()
    read = token_storage.TokenStore.has_session

    def slow_has_session(self: token_storage.TokenStore) -> bool:
        gate.wait(20)
        return read(self)

    monkeypatch.setattr(token_storage.TokenStore, "has_session", slow_has_session)
    second = make_desk(qapp, tmp_path)
    painted: list[bool] = []
    second.start()
    qtbot.waitUntil(lambda: second.window is not None, timeout=START_TIMEOUT)
    assert second.window is not None
    second.window.firstPainted.connect(lambda: painted.append(True))
    lanes = second.window.page("lanes")
    qtbot.waitUntil(lambda: lanes.model.rowCount() > 0, timeout=START_TIMEOUT)  # type: ignore[attr-defined]
    assert second.session is None and second.window.status_area.state == "syncing"
    gate.set()
    wait_live(qtbot, second, "bob")
    assert second.session is not None and second.sync is not None
    assert second.sync.engine is not None
    second.quit()


def test_a_kept_sign_in_whose_tokens_are_gone_asks_to_sign_in(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, server: SandboxServer
) -> None:
    first = make_desk(qapp, tmp_path)
    first.start()
    sign_in_through_dialog(qtbot, first, server)
    wait_live(qtbot, first, "bob")
    first.quit()
    TokenStore.for_user(server.base_url, "bob").clear()  # e.g. the keyring was reset

    second = make_desk(qapp, tmp_path)
    second.start()
    qtbot.waitUntil(lambda: second.sign_in_dialog is not None, timeout=START_TIMEOUT)
    assert second.window is None
    dialog = second.sign_in_dialog
    assert dialog is not None and dialog.username_edit.text() == "bob"
    assert not second.settings.session_kept
    second.quit()


def test_signing_out_forgets_the_kept_sign_in(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, server: SandboxServer
) -> None:
    desk = make_desk(qapp, tmp_path)
    desk.start()
    sign_in_through_dialog(qtbot, desk, server)
    assert desk.settings.session_kept
    assert desk.window is not None
    desk.window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: desk.sign_in_dialog is not None, timeout=10_000)
    assert not desk.settings.session_kept
    desk.quit()


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


# --- the warm start: a kept session's lanes read while Qt loads -----------------------------


def _kept(qtbot: QtBot, qapp: QApplication, tmp_path: Path, server: SandboxServer) -> None:
    desk = make_desk(qapp, tmp_path)
    desk.start()
    sign_in_through_dialog(qtbot, desk, server)
    wait_live(qtbot, desk, "bob")
    desk.quit()


def test_the_warm_start_places_the_lanes_the_screen_would(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, server: SandboxServer
) -> None:
    _kept(qtbot, qapp, tmp_path, server)
    warm = WarmStart(settings_path(DEFAULT_PROFILE)).start()
    found = warm.session()
    assert found is not None and found.me.username == "bob"
    lanes = warm.lanes()
    assert lanes is not None
    again = LanesService(found.cache).lane_index(lanes.filter, lanes.index.now)
    assert again.ids == lanes.index.ids
    found.cache.close()


def test_a_desk_started_warm_shows_those_lanes_without_a_second_read(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, server: SandboxServer,
) -> None:
    _kept(qtbot, qapp, tmp_path, server)
    asked: list[object] = []
    rows_asked: list[bool] = []  # for each query of rows: was the window painted already?
    original, original_rows = LanesService.lane_index, LanesService.rows
    desk: VipDesk | None = None

    def counted(self: LanesService, *args: object) -> object:
        asked.append(args)
        return original(self, *args)  # type: ignore[arg-type]

    def counted_rows(self: LanesService, ids: object) -> object:
        window = desk.window if desk is not None else None
        rows_asked.append(bool(window is not None and window._first_painted))
        return original_rows(self, ids)  # type: ignore[arg-type]

    warm = WarmStart(settings_path(DEFAULT_PROFILE)).start()
    warm.lanes()  # placed before the screen exists, as while Qt loads
    LanesService.lane_index = counted  # type: ignore[method-assign]
    LanesService.rows = counted_rows  # type: ignore[method-assign]
    try:
        desk = VipDesk(qapp, make_desk(qapp, tmp_path).options, log_directory=tmp_path / "l2",
                       install_crash_hooks=False, quit_app=lambda: None, warm=warm)
        desk.start()
        qtbot.waitUntil(lambda: desk.window is not None, timeout=30_000)
        assert desk.window is not None
        lanes = desk.window.page("lanes")
        qtbot.waitUntil(lambda: lanes.model.rowCount() > 0, timeout=30_000)  # type: ignore[attr-defined]
        assert asked == []  # the warm start's lanes were shown, not read again
        window = desk.window
        qtbot.waitUntil(lambda: window._first_painted, timeout=30_000)
        # …with their first rows, read by the warm start too: none was asked before the paint.
        assert False not in rows_asked
        # The filter menus' choices follow the first frame.
        qtbot.waitUntil(lambda: lanes.language.count() > 1, timeout=30_000)  # type: ignore[attr-defined]
        wait_live(qtbot, desk, "bob")
        desk.quit()
    finally:
        LanesService.lane_index = original  # type: ignore[method-assign]
        LanesService.rows = original_rows  # type: ignore[method-assign]


def test_no_kept_session_means_no_warm_start(tmp_path: Path) -> None:
    warm = WarmStart(tmp_path / "settings.json").start()
    assert warm.settings() is not None
    assert warm.session() is None
    assert warm.lanes() is None
