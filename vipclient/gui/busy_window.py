"""A small window saying what VIP Desk is doing while no main window is up.

Shown while the demo's sandbox starts and while demo staff are switched (a second sign-in of
the same person within one 30-second TOTP step waits for the next code), so the person never
stares at nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from vipclient.i18n import translate


class BusyWindow(QWidget):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Dialog)
        self.setObjectName("busyWindow")
        self.setWindowTitle(translate("BusyWindow", "VIP Desk"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.label = QLabel(text, self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)
        bar = QProgressBar(self)
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        layout.addWidget(bar)
        self.setMinimumWidth(360)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
