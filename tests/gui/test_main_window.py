"""The main window's shell: sections from the registry (absent when not built or not allowed),
Ctrl+N navigation, open_client/open_ticket routing, menus and About."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.support.gui import LiveSession, start_sandbox
from vipclient import __version__
from vipclient.gui.main_window import MainWindow
from vipclient.gui.sections import SECTIONS, Section, available_sections
from vipclient.sandbox.server import SandboxServer
from vipclient.services.context import AppContext


class LanesPage(QLabel):
    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__("lanes", parent)
        self.shown: list[str] = []

    def show_ticket(self, ticket_id: str) -> bool:
        self.shown.append(ticket_id)
        return True


class ClientsPage(QLabel):
    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(f"clients of {ctx.me.username}", parent)
        self.shown: list[str] = []

    def show_client(self, uid: str) -> bool:
        self.shown.append(uid)
        return True


HERE = __name__
TEST_SECTIONS = (
    Section("lanes", "Lanes", "section.lanes", frozenset(), f"{HERE}:LanesPage"),
    Section("clients", "Clients", "section.clients", frozenset(), f"{HERE}:ClientsPage"),
    Section("audit", "Audit", "section.requests", frozenset({"supervisor"}), f"{HERE}:LanesPage"),
    Section("requests", "Requests", "section.security", frozenset(),
            "vipclient.gui.not_built.section:X"),
)


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    srv = start_sandbox(clients=20)
    yield srv
    srv.stop()


@pytest.fixture
def live(server: SandboxServer) -> Iterator[LiveSession]:
    session = LiveSession(server, "alice")  # the controller exists but is not started
    yield session
    session.close()


def make_window(qtbot: QtBot, ctx: AppContext, **kw: object) -> MainWindow:
    window = MainWindow(ctx, sections=TEST_SECTIONS, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # window shortcuts (Ctrl+1…) need the active window
        window.show()
        window.activateWindow()
    return window


def test_sections_absent_when_not_built_or_not_allowed(qtbot: QtBot, live: LiveSession) -> None:
    window = make_window(qtbot, live.ctx)
    assert window.section_keys == ["lanes", "clients"]  # no audit for alice, requests not built
    assert window.navigation.count() == 2
    assert window.current_section() == "lanes"


def test_real_registry_lists_only_built_sections() -> None:
    keys = [s.key for s in available_sections(["supervisor", "security_officer"], SECTIONS)]
    assert {"dashboard", "requests", "security", "audit"} <= set(keys)  # all built


def test_ctrl_numbers_switch_sections(qtbot: QtBot, live: LiveSession) -> None:
    window = make_window(qtbot, live.ctx)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "clients"
    assert window.stack.currentWidget() is window.pages["clients"]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "lanes"


def test_open_client_and_ticket_route_to_their_sections(qtbot: QtBot, live: LiveSession) -> None:
    window = make_window(qtbot, live.ctx)
    window.open_client("U10000001")
    assert window.current_section() == "clients"
    assert window.pages["clients"].shown == ["U10000001"]  # type: ignore[attr-defined]
    window.open_ticket("T0000007")
    assert window.current_section() == "lanes"
    assert window.pages["lanes"].shown == ["T0000007"]  # type: ignore[attr-defined]


def test_menus_and_about(qtbot: QtBot, live: LiveSession) -> None:
    window = make_window(qtbot, live.ctx)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Help"]  # no Demo menu outside demo mode
    assert window.search_action.shortcut().toString() == "Ctrl+K"
    with qtbot.waitSignal(window.signOutRequested, timeout=1000):
        window.sign_out_action.trigger()
    dialog = window.show_about()
    qtbot.addWidget(dialog)
    assert dialog.version_label.text() == f"Version {__version__}"
    assert live.ctx.server_url in dialog.details_label.text()
    dialog.close()


def test_geometry_is_kept_per_screen(qtbot: QtBot, live: LiveSession) -> None:
    from PySide6.QtGui import QGuiApplication

    from vipclient.gui import placement

    saved: dict[str, bytes] = {}
    window = make_window(qtbot, live.ctx, save_geometry=saved.__setitem__,
                         load_geometry=saved.get)
    screen = QGuiApplication.primaryScreen()
    # The first time: sized to the screen it opens on, centred, not a fixed 1280×800.
    free = screen.availableGeometry()
    assert window.size() == placement.first_geometry(screen).size()
    assert window.width() == min(free.width(), max(960, round(free.width() * 0.85)))
    window.setGeometry(30, 40, 700, 520)
    size = window.size()
    window.close()
    assert list(saved) == [placement.screen_key(screen)]
    again = make_window(qtbot, live.ctx, load_geometry=saved.get)
    assert again.size() == size
    elsewhere = make_window(qtbot, live.ctx, load_geometry=lambda key: None)
    assert elsewhere.size() == placement.first_geometry(screen).size()


def test_a_first_window_takes_most_of_a_large_screen() -> None:
    from types import SimpleNamespace

    from PySide6.QtCore import QRect

    from vipclient.gui import placement

    screen = SimpleNamespace(availableGeometry=lambda: QRect(0, 0, 1600, 1000))
    rect = placement.first_geometry(screen)  # type: ignore[arg-type]
    assert (rect.width(), rect.height()) == (1360, 850)  # not 1110×695 any more
    assert rect.center() == QRect(0, 0, 1600, 1000).center()
    small = SimpleNamespace(availableGeometry=lambda: QRect(0, 0, 1024, 640))
    assert placement.first_geometry(small).size().toTuple() == (960, 600)  # type: ignore[arg-type]
