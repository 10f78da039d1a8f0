"""Help → About: the version and what it runs on, for support calls."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


class AboutDialog(QDialog):
    def __init__(self, version: str, server_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About VIP Desk"))
        layout = QVBoxLayout(self)
        title = QLabel(tr("VIP Desk"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.version_label = QLabel(tr("Version {version}").format(version=version), self)
        self.version_label.setObjectName("aboutVersion")
        layout.addWidget(self.version_label)
        blurb = QLabel(
            tr(
                "The desk for the people who serve the exchange's VIP clients: client profiles, "
                "priority ticket lanes, requests and emergency freezes — online or not."
            ),
            self,
        )
        blurb.setWordWrap(True)
        layout.addWidget(blurb)
        details = [
            tr("Python {v}").format(v=platform.python_version()),
            tr("Qt {qt} · PySide6 {ps}").format(qt=qVersion(), ps=pyside_version),
        ]
        if server_url:
            details.append(tr("Server: {url}").format(url=server_url))
        self.details_label = QLabel("\n".join(details), self)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
