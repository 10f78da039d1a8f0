"""The status bar's permanent widgets: sync state, unsent actions, the signed-in person.

It reads the sync controller's signals only (``statusChanged``, ``outboxChanged``); it never
asks the engine anything, so it cannot block.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from vipclient.gui import locale_format, theme
from vipclient.gui.translations import QT_TRANSLATE_NOOP
from vipclient.i18n import translate

ROLE_NAMES = {
    "account_manager": QT_TRANSLATE_NOOP("StatusArea", "account manager"),
    "supervisor": QT_TRANSLATE_NOOP("StatusArea", "supervisor"),
    "security_officer": QT_TRANSLATE_NOOP("StatusArea", "security officer"),
}


def role_label(role: str) -> str:
    return translate("StatusArea", ROLE_NAMES.get(role, role.replace("_", " ")))


def _state_name(status: Any) -> str:
    state = getattr(status, "state", "offline")
    return str(getattr(state, "value", state))


def _fraction(progress: Any) -> float | None:
    """Progress as 0..1 from a float, a (done, total) pair or a ``SyncProgress``."""
    if progress is None:
        return None
    if isinstance(progress, int | float):
        value = float(progress)
        return value / 100.0 if value > 1.0 else value
    if isinstance(progress, tuple) and len(progress) == 2:
        done, total = progress
        return float(done) / float(total) if total else None
    fraction = getattr(progress, "fraction", None)
    if fraction is not None:
        return float(fraction)
    received = getattr(progress, "received", None)
    total = getattr(progress, "total", None)
    if received is not None and total:
        return min(1.0, float(received) / float(total))
    return None


# A Latin full stop ends a sentence before a space; a CJK one ends it wherever it is.
_SENTENCE = re.compile(r"^(.+?(?:[.!?](?=\s|$)|[。！？]))")


def first_sentence(text: str) -> str:
    match = _SENTENCE.match(text.strip())
    return match.group(1) if match else text.strip()


def local_hhmm(moment: datetime | None) -> str:
    """HH:MM in the computer's time zone (the person reads their own clock)."""
    return locale_format.time_of_day(moment)


class StatusArea(QWidget):
    """Live / syncing (with progress) / offline since HH:MM and why · unsent · who."""

    problemsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(10)

        self.dot = QLabel("●", self)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("syncState")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.unsent_button = QPushButton(self)
        self.unsent_button.setObjectName("unsentButton")
        self.unsent_button.setFlat(True)
        self.unsent_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.unsent_button.setToolTip(translate(
            "StatusArea", "Show actions that have not reached the server"))
        self.unsent_button.clicked.connect(self.problemsRequested)
        self.person_label = QLabel(self)
        self.person_label.setObjectName("signedInPerson")

        layout.addWidget(self.dot)
        layout.addWidget(self.state_label)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.unsent_button)
        layout.addWidget(self.person_label)

        self.state = "offline"
        self.pending = 0
        self.failed = 0
        self.set_outbox(0, 0)
        self._show_state("syncing", translate("StatusArea", "Connecting…"))
        theme.follow_theme(self, self._restyle)

    def _restyle(self) -> None:
        """The theme switched: the dot and the unsent count in the new colours."""
        self._show_state(self.state, self.state_label.text(), self.state_label.toolTip())
        self.set_outbox(self.pending, self.failed)

    # -- sync state -------------------------------------------------------------------------

    @Slot(object)
    def set_status(self, status: Any) -> None:
        state = _state_name(status)
        if state == "live":
            self._show_state("live", translate("StatusArea", "Live"))
            self.progress.hide()
        elif state == "syncing":
            progress = getattr(status, "progress", None)
            fraction = _fraction(progress)
            received = getattr(progress, "received", None)
            if fraction is None and received:
                # The feed gives no total: say how much has arrived so far.
                self._show_state(
                    "syncing", self.tr("Syncing… %Ln items received", "", received))
            else:
                self._show_state("syncing", translate("StatusArea", "Syncing…"))
            if fraction is None:
                self.progress.setRange(0, 0)  # busy: the feed does not say how much is left
            else:
                self.progress.setRange(0, 100)
                self.progress.setValue(round(max(0.0, min(1.0, fraction)) * 100))
            self.progress.show()
        else:
            since = local_hhmm(getattr(status, "since", None))
            reason = str(getattr(status, "reason", None) or "")
            text = (
                translate("StatusArea", "Offline since {time}").format(time=since)
                if since
                else translate("StatusArea", "Offline")
            )
            full = text
            if reason:
                # The bar shows why in one sentence; the tooltip has all of it.
                text = translate("StatusArea", "{state} — {reason}").format(
                    state=text, reason=first_sentence(reason)
                )
                full = translate(
                    "StatusArea", "{state} — {reason}").format(state=full, reason=reason)
            self._show_state("offline", text, full)
            self.progress.hide()

    def _show_state(self, state: str, text: str, tooltip: str | None = None) -> None:
        self.state = state
        self.state_label.setText(text)
        self.state_label.setToolTip(tooltip or text)
        self.dot.setStyleSheet(f"color: {theme.sync_state_color(state)};")

    # -- outbox -------------------------------------------------------------------------------

    @Slot(int, int)
    def set_outbox(self, pending: int, failed: int) -> None:
        """``pending``: waiting to be sent; ``failed``: refused, waiting for the person."""
        self.pending, self.failed = pending, failed
        parts: list[str] = []
        if pending:
            parts.append(self.tr("%n unsent", "", pending))
        if failed:
            parts.append(self.tr("%n need attention", "", failed))
        if not parts:
            self.unsent_button.setText(translate("StatusArea", "All actions sent"))
            self.unsent_button.setStyleSheet("")
            return
        self.unsent_button.setText(" · ".join(parts))
        colour = theme.colors().failed_fg if failed else theme.colors().pending_fg
        weight = "font-weight: 600;" if failed else ""
        self.unsent_button.setStyleSheet(f"QPushButton {{ color: {colour}; {weight} }}")

    # -- person -----------------------------------------------------------------------------

    def set_person(self, display_name: str, roles: Iterable[str]) -> None:
        role_text = ", ".join(role_label(r) for r in sorted(roles))
        self.person_label.setText(
            translate("StatusArea", "{name} · {roles}").format(name=display_name, roles=role_text)
        )
