"""Tell the person what needs them now: a ticket of their book entering Emergency or about to
breach (:class:`Notifier`), a critical risk alert or a freeze waiting for a second officer
(the Security section's own :class:`Announcer`).

A tray balloon (``QSystemTrayIcon``) where the desktop has a tray; otherwise — offscreen, some
Wayland desktops — a notice bar inside the window. Each ticket is announced once per kind
(entering Emergency, turning at risk); the first look after start-up only summarises what is
already there (and nothing is announced while the first sync fills the cache), so opening the
app never fires a hundred balloons.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from vipclient.gui import theme
from vipclient.i18n import translate
from vipclient.services.lanes import WatchItem

if TYPE_CHECKING:
    # Imported where a tray is first needed: their classes' enums cost the first paint 6 ms.
    from PySide6.QtWidgets import QSystemTrayIcon

#: At most this many tickets are named one by one in one round; the rest are counted.
MAX_NAMED = 3


class NoticeBar(QFrame):
    """The in-window fallback: one line of text, a button to open the ticket, a close button."""

    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NoticeBar")
        theme.style(
            self,
            "#NoticeBar {{ background: {failed_bg}; border: 1px solid {sla_red};"
            " border-radius: 4px; }}"
            "#NoticeBar QLabel {{ color: {failed_fg}; }}",
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.open_button = QPushButton(translate("Notifications", "Open"))
        self.open_button.clicked.connect(self._open)
        self.open_button.setAccessibleDescription(translate(
            "Notifications", "Opens what the notice is about"))
        close = QPushButton(translate("Notifications", "Dismiss"))
        close.setAccessibleDescription(translate("Notifications", "Hides this notice"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(close)
        self._ticket_id: str | None = None
        self.hide()

    def show_notice(self, text: str, ticket_id: str | None) -> None:
        self.text.setText(text)
        self._ticket_id = ticket_id
        self.open_button.setVisible(ticket_id is not None)
        self.show()

    def _open(self) -> None:
        if self._ticket_id is not None:
            self.openRequested.emit(self._ticket_id)
        self.hide()


# One tray icon for the whole app, however many screens notify through it; a click on a
# balloon goes to the announcer that showed it.
_tray: QSystemTrayIcon | None = None
_last_shown: Announcer | None = None


def _shared_tray(bar: QWidget) -> QSystemTrayIcon:
    global _tray
    if _tray is None:
        from PySide6.QtWidgets import QStyle, QSystemTrayIcon

        icon = bar.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        _tray = QSystemTrayIcon(icon, QApplication.instance())
        _tray.setToolTip(translate("Notifications", "VIP Desk"))
        _tray.messageClicked.connect(_balloon_clicked)
        _tray.show()
    return _tray


def _balloon_clicked() -> None:
    if _last_shown is not None and shiboken6.isValid(_last_shown):
        _last_shown._tray_clicked()


class Announcer(QObject):
    """Says one thing now: a tray balloon where the desktop has a tray, else the notice bar.
    ``target`` is what "Open" opens (a ticket id, an alert id…), handed to ``openRequested``."""

    notified = Signal(str, str)  # title, message
    openRequested = Signal(str)

    def __init__(self, bar: NoticeBar, *, use_tray: bool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar = bar
        bar.openRequested.connect(self.openRequested)
        # None: the desktop is asked at the first notice, not while the window opens.
        self._use_tray = use_tray
        self._shown_tray: QSystemTrayIcon | None = None
        self._last_target: str | None = None

    @property
    def _tray(self) -> QSystemTrayIcon | None:
        if self._use_tray is None:
            from PySide6.QtWidgets import QSystemTrayIcon

            self._use_tray = QSystemTrayIcon.isSystemTrayAvailable()
        if self._use_tray and self._shown_tray is None:
            self._shown_tray = _shared_tray(self.bar)
        return self._shown_tray

    @property
    def uses_tray(self) -> bool:
        return self._tray is not None

    def announce(self, title: str, message: str, target: str | None) -> None:
        global _last_shown
        self._last_target = target
        _last_shown = self
        tray = self._tray
        if tray is not None:
            tray.showMessage(title, message, tray.MessageIcon.Warning, 10_000)
        else:
            import html  # at the first notice, not with the window

            self.bar.show_notice(
                f"<b>{html.escape(title)}</b> — {html.escape(message)}", target
            )
        self.notified.emit(title, message)

    def _tray_clicked(self) -> None:
        if self._last_target is not None:
            self.openRequested.emit(self._last_target)


class Notifier(Announcer):
    """Feed it the watch list after each refresh (:meth:`consider`); it says what is new."""

    def __init__(self, bar: NoticeBar, *, use_tray: bool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(bar, use_tray=use_tray, parent=parent)
        self._seen: set[tuple[str, str]] = set()
        self._primed = False

    @property
    def primed(self) -> bool:
        """Has the first watch list been looked at (the start's summary given, if any)?"""
        return self._primed

    def prime(self, items: Iterable[WatchItem]) -> None:
        """Remember ``items`` without a word (the cache is still filling on the first sync:
        nothing there is news)."""
        self._seen.update((i.id, i.kind) for i in items)

    def consider(self, items: Iterable[WatchItem]) -> list[WatchItem]:
        """Announce the items not announced before; returns them."""
        current = list(items)
        fresh = [i for i in current if (i.id, i.kind) not in self._seen]
        self._seen.update((i.id, i.kind) for i in current)
        if not self._primed:
            self._primed = True
            emergencies = sum(1 for i in current if i.kind == "emergency")
            if emergencies:
                self.announce(
                    translate("Notifications", "Emergency lane"),
                    self.tr("%n tickets of your book are in Emergency.", "", emergencies),
                    None,
                )
            return []
        named = fresh[:MAX_NAMED]
        for item in named:
            if item.kind == "emergency":
                title = translate(
                    "Notifications", "Emergency: {client}").format(client=item.client_name)
            else:
                title = translate(
                    "Notifications", "About to breach: {client}").format(client=item.client_name)
            self.announce(title, f"{item.subject} ({item.id})", item.id)
        if len(fresh) > MAX_NAMED:
            self.announce(
                translate("Notifications", "More tickets need you"),
                self.tr("%n more tickets entered Emergency or are about to breach.", "",
                        len(fresh) - MAX_NAMED),
                None,
            )
        return fresh

