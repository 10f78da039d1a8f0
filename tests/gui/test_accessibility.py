"""Every screen walked as a keyboard and screen-reader user meets it: each control Tab
reaches has a name and a description, Tab moves in reading order, and the focus shows.

A supervisor's desk (carol: lanes, clients, requests, dashboard) over a real sandbox and a
real sync, in each theme; the dialogs and request forms too. See ``tests/support/a11y.py``
for what each check reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.support import a11y
from tests.support.screens import live_desk
from vipclient.gui import focus_ring, theme
from vipclient.gui.main_window import MainWindow


@pytest.fixture(scope="module")
def desk(qapp: QApplication) -> Iterator[Any]:
    focus_ring.install(qapp)
    with live_desk(30, "carol") as (_srv, ctx):
        window = MainWindow(ctx)
        window.resize(1440, 900)
        window.show()
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        yield window
        window.close()
        window.deleteLater()
    theme.apply_theme(qapp, "system")


def _lanes(qtbot: QtBot, window: MainWindow) -> QWidget:
    page: Any = window.show_section("lanes")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    # The start's summary notice comes after the first frame: let it take its place first.
    qtbot.waitUntil(lambda: page.notifier.primed, timeout=10_000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page._ticket_view is not None
                    and page._ticket_view.isVisible(), timeout=10_000)
    return page


def _clients(qtbot: QtBot, window: MainWindow) -> QWidget:
    page: Any = window.show_section("clients")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.profile.isEnabled(), timeout=10_000)
    return page


def _requests(qtbot: QtBot, window: MainWindow) -> QWidget:
    page: Any = window.show_section("requests")
    page.views.setCurrentIndex(0)
    page.set_tab(2)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.page.approve_button.isVisibleTo(page), timeout=10_000)
    return page


def _policies(qtbot: QtBot, window: MainWindow) -> QWidget:
    page: Any = window.show_section("requests")
    page.show_policies()
    return page


def _dashboard(qtbot: QtBot, window: MainWindow) -> QWidget:
    page: Any = window.show_section("dashboard")
    with qtbot.waitSignal(page.refreshed, timeout=20_000):
        page.refresh()
    return page


SCREENS: dict[str, Callable[[QtBot, MainWindow], QWidget]] = {
    "lanes": _lanes, "clients": _clients, "requests": _requests, "policies": _policies,
    "dashboard": _dashboard,
}


def _check(root: QWidget) -> dict[str, list[str]]:
    found = {
        "unnamed": a11y.unnamed(root),
        "undescribed": a11y.undescribed(root),
        "out of reading order": a11y.out_of_reading_order(root),
        "focus not shown": a11y.focus_unseen(root),
    }
    return found


CLEAN = {"unnamed": [], "undescribed": [], "out of reading order": [], "focus not shown": []}


@pytest.mark.parametrize("variant", ["light", "dark", "high_contrast"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_control_of_every_screen(qtbot: QtBot, qapp: QApplication, desk: MainWindow,
                                       screen: str, variant: str) -> None:
    theme.apply_theme(qapp, variant)
    root = SCREENS[screen](qtbot, desk)
    assert len(a11y.controls(root)) >= 5  # the walk reached the screen's controls
    assert _check(root) == CLEAN


def test_the_window_tabs_from_navigation_into_the_page_then_the_status_bar(
        qtbot: QtBot, qapp: QApplication, desk: MainWindow) -> None:
    theme.apply_theme(qapp, "light")
    for key in desk.section_keys:  # every page built, the later ones after the status bar
        desk.show_section(key)
    _dashboard(qtbot, desk)
    chain = a11y.controls(desk)
    assert chain[0] is desk.navigation
    assert a11y.out_of_reading_order(desk) == []
    assert chain[-1] is desk.status_area.unsent_button


def _settings(window: MainWindow) -> QWidget:
    from vipclient.gui.settings_dialog import SettingsDialog

    return SettingsDialog(window.ctx.settings, window)


def _shortcuts(window: MainWindow) -> QWidget:
    return window.show_shortcuts()


def _sign_in(window: MainWindow) -> QWidget:
    from vipclient.gui.sign_in_dialog import SignInDialog
    from vipclient.services.session import Credentials

    return SignInDialog(lambda _c: None, Credentials, server_url="https://example.com",
                        username="carol")


def _search(window: MainWindow) -> QWidget:
    window.show_search()
    return window.search_palette


def _sync_problems(window: MainWindow) -> QWidget:
    window.show_sync_problems()
    assert window.sync_problems is not None
    return window.sync_problems


def _form(kind: str) -> Callable[[MainWindow], QWidget]:
    def make(window: MainWindow) -> QWidget:
        from vipclient.gui.requests.launch import open_form

        with window.ctx.cache.read_session() as s:
            from sqlalchemy import select

            from vipclient.store.models import ClientRow

            uid = s.scalars(select(ClientRow.uid).where(ClientRow.status == "active")
                            .limit(1)).one()
        form = open_form(window.ctx, kind, uid, window)
        assert form is not None
        return form

    return make


def _escalate(window: MainWindow) -> QWidget:
    from vipclient.gui.tickets.view import EscalateDialog

    return EscalateDialog(window)


def _step_up(window: MainWindow) -> QWidget:
    from vipclient.gui.step_up_dialog import StepUpDialog

    return StepUpDialog(None, window)


def _about(window: MainWindow) -> QWidget:
    return window.show_about()


def _help_panel(window: MainWindow) -> QWidget:
    from vipclient.gui.tickets.help_panel import HelpPanel

    return HelpPanel(window.ctx)


def _behind(window: MainWindow) -> QWidget:
    from vipclient.gui.dashboard.behind import BehindDialog

    return BehindDialog("Open tickets · Emergency", window)


DIALOGS: dict[str, Callable[[MainWindow], QWidget]] = {
    "escalate": _escalate, "step_up": _step_up, "about": _about, "help_panel": _help_panel,
    "behind": _behind,
    "settings": _settings, "shortcuts": _shortcuts, "sign_in": _sign_in, "search": _search,
    "sync_problems": _sync_problems, "fee_form": _form("fee_request"),
    "withdrawal_form": _form("withdrawal_request"),
    "api_access_form": _form("api_access_request"),
}


@pytest.mark.parametrize("dialog", list(DIALOGS))
def test_every_control_of_every_dialog(qtbot: QtBot, qapp: QApplication, desk: MainWindow,
                                       dialog: str) -> None:
    theme.apply_theme(qapp, "high_contrast")
    root = DIALOGS[dialog](desk)
    root.show()
    root.activateWindow()
    qtbot.waitExposed(root)
    try:
        assert a11y.controls(root)
        assert _check(root) == CLEAN
    finally:
        root.close()
