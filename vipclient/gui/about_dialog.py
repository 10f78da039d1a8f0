"""Help → About: the version and what it runs on, for support calls.

The layout and fixed texts are the Designer form ``ui/about_dialog.ui``; what depends on the
running app (version, Qt, server) is filled in here.
"""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from vipclient.gui.forms.about_dialog_ui import Ui_AboutDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


class AboutDialog(QDialog):
    def __init__(self, version: str, server_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.version_label: QLabel = self.ui.version_label
        self.details_label: QLabel = self.ui.details_label
        title: QLabel = self.ui.title_label
        # Relative to the person's font, which a form's fixed point size would ignore.
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.version_label.setText(tr("Version {version}").format(version=version))
        details = [
            tr("Python {v}").format(v=platform.python_version()),
            tr("Qt {qt} · PySide6 {ps}").format(qt=qVersion(), ps=pyside_version),
        ]
        if server_url:
            details.append(tr("Server: {url}").format(url=server_url))
        self.details_label.setText("\n".join(details))
