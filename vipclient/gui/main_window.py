"""The main window: navigation on the left, the sections' pages, menus, search, status area.

It is built for one signed-in session (an ``AppContext``) and knows nothing of how sign-in
happened: signing out, switching demo staff and quitting are requested by signals that the
composition root (``vipclient.app``) acts on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vipclient import __version__
from vipclient.gui import placement, shortcuts
from vipclient.gui import sections as section_registry
from vipclient.gui.notifications import NoticeBar
from vipclient.gui.status_area import StatusArea
from vipclient.gui.views import after_next_paint, focus_chain
from vipclient.i18n import translate
from vipclient.services.context import AppContext

if TYPE_CHECKING:
    from vipclient.gui.about_dialog import AboutDialog
    from vipclient.gui.search_palette import SearchPalette
    from vipclient.gui.shortcuts_dialog import ShortcutsDialog
    from vipclient.gui.step_up_dialog import StepUpDialog
    from vipclient.gui.sync_problems import SyncProblemsDialog

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WindowViewState:
    """What :meth:`MainWindow.view_state` keeps for a window built again."""

    section: str | None
    pages: dict[str, Any]
    outbox: tuple[int, int]


class MainWindow(QMainWindow):
    signOutRequested = Signal()
    quitRequested = Signal()
    switchStaffRequested = Signal(str)
    settingsRequested = Signal()
    openLogFolderRequested = Signal()
    closed = Signal()
    # The first frame that shows the first section's content (a section that fills itself
    # in the background says so with its own ``firstPainted``): later work waits for it.
    firstPainted = Signal()

    def __init__(
        self,
        ctx: AppContext,
        *,
        demo_staff: Sequence[str] = (),
        sections: Sequence[section_registry.Section] = section_registry.SECTIONS,
        load_geometry: Callable[[str], bytes | None] | None = None,
        save_geometry: Callable[[str, bytes], None] | None = None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self._save_geometry = save_geometry
        self._quitting_via_menu = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(
            translate("MainWindow", "VIP Desk — {name}").format(name=ctx.me.display_name)
            + (translate("MainWindow", " (demo)") if ctx.demo else "")
        )

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(translate("MainWindow", "Sections"))
        self.navigation.setAccessibleDescription(translate(
            "MainWindow", "The screens of VIP Desk; Ctrl+1 and on go straight to one"))
        self.navigation.setFixedWidth(150)
        self.navigation.setIconSize(QSize(0, 0))
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        # Roomy rows; colours stay the palette's (no hex here: theme.py owns colours).
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 7px 10px; }")
        nav_font = self.navigation.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.1)
        self.navigation.setFont(nav_font)
        self.stack = QStackedWidget(central)
        layout.addWidget(self.navigation)
        # Notices of any section, over every section, where the desktop has no tray.
        self.notice_bar = NoticeBar(central)
        pages = QVBoxLayout()
        pages.setContentsMargins(0, 0, 0, 0)
        pages.addWidget(self.notice_bar)
        pages.addWidget(self.stack, 1)
        layout.addLayout(pages, 1)
        self.setCentralWidget(central)

        self.pages: dict[str, QWidget] = {}
        self.section_keys: list[str] = []
        self.nav_actions: dict[str, QAction] = {}
        self._sections: dict[str, section_registry.Section] = {}
        self._first_painted = False
        self._build_sections(sections)
        self.navigation.currentRowChanged.connect(self._show_row)

        self.status_area = StatusArea(self)
        self.status_area.set_person(ctx.me.display_name, ctx.me.roles)
        self.statusBar().addPermanentWidget(self.status_area, 1)
        self.status_area.problemsRequested.connect(self.show_sync_problems)

        self._search_palette: SearchPalette | None = None  # made on the first Ctrl+K
        self.sync_problems: SyncProblemsDialog | None = None
        self.step_up_dialog: StepUpDialog | None = None
        self._shortcuts_dialog: ShortcutsDialog | None = None

        self._build_menus(demo_staff)
        self._connect_sync()

        # Where it was left on the screen the person works on; the first time, sized to it.
        screen = placement.opening_screen()
        key = placement.screen_key(screen)
        geometry = load_geometry(key) if load_geometry is not None else None
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.setGeometry(placement.first_geometry(screen))
        if self.section_keys:
            self.navigation.setCurrentRow(0)

    # -- sections ---------------------------------------------------------------------------

    def _build_sections(self, sections: Sequence[section_registry.Section]) -> None:
        """Navigation for every section; each screen is built when first shown (the first
        at once, the others in idle moments after the session has started)."""
        for section in section_registry.available_sections(self.ctx.me.roles, sections):
            self._sections[section.key] = section
            self.stack.addWidget(QWidget(self.stack))  # stands in until the screen is built
            item = QListWidgetItem(section.display_title(), self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setToolTip(
                translate("MainWindow", "{title} ({shortcut})").format(
                    title=section.display_title(),
                    shortcut=shortcuts.native(section.shortcut),
                )
            )
            self.section_keys.append(section.key)
            action = QAction(section.display_title(), self)
            shortcuts.assign(action, section.shortcut)
            action.triggered.connect(lambda _=False, key=section.key: self.show_section(key))
            self.addAction(action)  # the shortcut works wherever focus is in this window
            self.nav_actions[section.key] = action

    def page(self, key: str) -> QWidget:
        """The section's screen, built now if it was not yet."""
        page = self.pages.get(key)
        if page is not None:
            return page
        index = self.section_keys.index(key)
        page = section_registry.build(self._sections[key], self.ctx, self.stack)
        page.setObjectName(f"section-{key}")
        stand_in = self.stack.widget(index)
        assert stand_in is not None
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        if self._first_painted:
            self._order_tabs(page)
        else:
            # The first screen's order is set in the turn after its first frame (queued:
            # after whatever else waits for that frame), not before it.
            self.firstPainted.connect(lambda: self._order_tabs(page),
                                      Qt.ConnectionType.QueuedConnection)
        self.pages[key] = page
        return page

    def _order_tabs(self, page: QWidget) -> None:
        """Built later than the status bar, the page would come after it in the Tab order:
        Tab goes from the navigation into the page, then to the status bar, as laid out."""
        if not shiboken6.isValid(page):
            return
        previous: QWidget = self.navigation
        for control in focus_chain(page):
            QWidget.setTabOrder(previous, control)
            previous = control

    @Slot(int)
    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.section_keys):
            page = self.page(self.section_keys[row])
            self.stack.setCurrentIndex(row)
            if not self._first_painted:
                self._watch_first_paint(page)

    def _watch_first_paint(self, page: QWidget) -> None:
        signal = getattr(page, "firstPainted", None)
        if signal is not None:
            signal.connect(self._on_first_paint)
        else:
            after_next_paint(page, self._on_first_paint)

    @Slot()
    def _on_first_paint(self) -> None:
        if not self._first_painted:
            self._first_painted = True
            self.firstPainted.emit()

    def build_remaining_sections(self) -> None:
        """Build the screens not shown yet, one per turn of the event loop, so a later click
        shows them at once and no turn is long."""
        missing = [key for key in self.section_keys if key not in self.pages]
        if missing:
            self.page(missing[0])
            QTimer.singleShot(0, self.build_remaining_sections)

    def show_section(self, key: str) -> QWidget | None:
        if key not in self.section_keys:
            return None
        self.navigation.setCurrentRow(self.section_keys.index(key))
        return self.page(key)

    def current_section(self) -> str | None:
        row = self.navigation.currentRow()
        return self.section_keys[row] if 0 <= row < len(self.section_keys) else None

    @Slot(str)
    def open_client(self, uid: str) -> None:
        page = self.show_section("clients")
        show = getattr(page, "show_client", None)
        if callable(show):
            show(uid)
        else:
            self.statusBar().showMessage(translate(
                "MainWindow", "Client profiles are not available here."), 5000)

    @Slot(str)
    def open_request(self, key: str) -> None:
        """A request (``<entity>:<id>``) on its page in the Requests section."""
        page = self.show_section("requests")
        show = getattr(page, "show_request", None)
        if callable(show):
            show(key)
        else:
            self.statusBar().showMessage(translate(
                "MainWindow", "Requests are not available here."), 5000)

    @Slot(str)
    def open_ticket(self, ticket_id: str) -> None:
        page = self.show_section("lanes")
        show = getattr(page, "show_ticket", None)
        if callable(show):
            show(ticket_id)
        else:
            self.statusBar().showMessage(translate(
                "MainWindow", "Tickets are not available here."), 5000)

    # -- built again in another language -----------------------------------------------------

    def view_state(self) -> WindowViewState:
        """Where the person is and what they set up on each screen built so far (a screen
        keeps its own with ``view_state``/``restore_view_state``), for a window built again."""
        pages: dict[str, Any] = {}
        for key, page in self.pages.items():
            keep = getattr(page, "view_state", None)
            if callable(keep):
                pages[key] = keep()
        return WindowViewState(self.current_section(), pages,
                               (self.status_area.pending, self.status_area.failed))

    def restore_view_state(self, state: WindowViewState) -> None:
        for key, page_state in state.pages.items():
            if key in self.section_keys:
                page: Any = self.page(key)
                page.restore_view_state(page_state)
        if state.section is not None:
            self.show_section(state.section)
        sync: Any = self.ctx.sync
        status = getattr(sync, "status", None)
        if status is not None:
            self.status_area.set_status(status)
        self.status_area.set_outbox(*state.outbox)

    # -- menus --------------------------------------------------------------------------------

    def _build_menus(self, demo_staff: Sequence[str]) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.settings_action = file_menu.addAction(translate("MainWindow", "&Settings…"))
        shortcuts.assign(self.settings_action, "settings")
        self.settings_action.triggered.connect(self.settingsRequested)
        file_menu.addSeparator()
        self.sign_out_action = file_menu.addAction(translate("MainWindow", "Sign &out"))
        self.sign_out_action.triggered.connect(self.signOutRequested)
        self.quit_action = file_menu.addAction(translate("MainWindow", "&Quit"))
        shortcuts.assign(self.quit_action, "quit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.quitRequested)

        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        for key in self.section_keys:
            view_menu.addAction(self.nav_actions[key])
        view_menu.addSeparator()
        self.search_action = view_menu.addAction(translate(
            "MainWindow", "&Search clients and tickets…"))
        shortcuts.assign(self.search_action, "search")
        self.search_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.search_action.triggered.connect(self.show_search)
        self.problems_action = view_menu.addAction(translate("MainWindow", "Sync &problems…"))
        self.problems_action.triggered.connect(self.show_sync_problems)

        self.demo_actions: dict[str, QAction] = {}
        if self.ctx.demo and demo_staff:
            demo_menu = bar.addMenu(translate("MainWindow", "&Demo"))
            for username in demo_staff:
                if username == self.ctx.me.username:
                    continue
                action = demo_menu.addAction(translate(
                    "MainWindow", "Switch to {name}").format(name=username))
                action.triggered.connect(
                    lambda _=False, name=username: self.switchStaffRequested.emit(name)
                )
                self.demo_actions[username] = action

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.shortcuts_action = help_menu.addAction(translate(
            "MainWindow", "&Keyboard shortcuts"))
        shortcuts.assign(self.shortcuts_action, "help.shortcuts")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = help_menu.addAction(translate("MainWindow", "&About VIP Desk"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.log_action = help_menu.addAction(translate("MainWindow", "Open &log folder"))
        self.log_action.triggered.connect(self.openLogFolderRequested)

    # -- sync -----------------------------------------------------------------------------------

    def _connect_sync(self) -> None:
        sync: Any = self.ctx.sync
        sync.statusChanged.connect(self.status_area.set_status)
        sync.outboxChanged.connect(self.status_area.set_outbox)
        sync.stepUpRequired.connect(self.ask_step_up)

    @Slot(object)
    def ask_step_up(self, challenge: object) -> None:
        if self.step_up_dialog is not None:
            return  # one at a time; the engine retries after this one is answered
        from vipclient.gui.step_up_dialog import StepUpDialog

        dialog = StepUpDialog(challenge, self, now=self.ctx.now)
        dialog.codeEntered.connect(self.ctx.sync.provide_step_up)
        dialog.cancelled.connect(self.ctx.sync.cancel_step_up)
        dialog.finished.connect(self._step_up_closed)
        self.step_up_dialog = dialog
        dialog.open()

    def adopt_step_up(self, dialog: StepUpDialog) -> None:
        """The step-up dialog of the window this one replaces, still waiting for its code."""
        self.step_up_dialog = dialog
        dialog.finished.connect(self._step_up_closed)

    @Slot()
    def _step_up_closed(self) -> None:
        if self.step_up_dialog is not None:
            self.step_up_dialog.deleteLater()
        self.step_up_dialog = None

    # -- dialogs --------------------------------------------------------------------------------

    @property
    def search_palette(self) -> SearchPalette:
        if self._search_palette is None:
            from vipclient.gui import search_palette as palettes

            palette = palettes.SearchPalette(self.ctx, self)
            palette.clientChosen.connect(self.open_client)
            palette.ticketChosen.connect(self.open_ticket)
            self._search_palette = palette
        return self._search_palette

    @Slot()
    def show_search(self) -> None:
        self.search_palette.popup()

    @Slot()
    def show_sync_problems(self) -> None:
        if self.sync_problems is None:
            from vipclient.gui.sync_problems import SyncProblemsDialog

            self.sync_problems = SyncProblemsDialog(self.ctx, self)
        self.sync_problems.refresh()
        self.sync_problems.show()
        self.sync_problems.raise_()
        self.sync_problems.activateWindow()

    @Slot()
    def show_shortcuts(self) -> ShortcutsDialog:
        """The cheat-sheet, one at a time; the keys of sections this person lacks left out."""
        from vipclient.gui.shortcuts_dialog import ShortcutsDialog

        if self._shortcuts_dialog is None:
            present = {section.shortcut.removeprefix("section.")
                       for section in self._sections.values()}
            absent = set(shortcuts.SECTION_KEYS) - present
            self._shortcuts_dialog = ShortcutsDialog(self, hidden=shortcuts.hidden_for(absent))
        self._shortcuts_dialog.show()
        self._shortcuts_dialog.raise_()
        self._shortcuts_dialog.activateWindow()
        return self._shortcuts_dialog

    @Slot()
    def show_about(self) -> AboutDialog:
        from vipclient.gui.about_dialog import AboutDialog

        dialog = AboutDialog(__version__, self.ctx.server_url, self, settings=self.ctx.settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def bring_to_front(self) -> None:
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.show()
        self.raise_()
        self.activateWindow()

    # -- closing ----------------------------------------------------------------------------

    def store_geometry(self) -> None:
        """Remember the window's place for the screen it is on now."""
        if self._save_geometry is not None:
            self._save_geometry(placement.screen_key(self.screen()),
                                bytes(self.saveGeometry().data()))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.store_geometry()
        if self._search_palette is not None and self._search_palette.isVisible():
            self._search_palette.hide()
        if self.sync_problems is not None:
            self.sync_problems.close()
        super().closeEvent(event)
        self.closed.emit()
