"""Help → About: the version and what it runs on, for support calls.

The layout and fixed texts are the Designer form ``ui/about_dialog.ui``; what depends on the
running app is filled in here: the version and the commit it was built from (baked into a
package, from git in a checkout: ``vipclient.version``), the Python and Qt it runs on, the
server, and the update channel with a warning when this build is not of the channel IT set.
"""

from __future__ import annotations

import platform
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from vipclient.gui import accessible, theme
from vipclient.gui.forms.about_dialog_ui import Ui_AboutDialog
from vipclient.i18n import translate
from vipclient.version import build_info, qt_version

if TYPE_CHECKING:
    from vipclient.settings import Settings


class AboutDialog(QDialog):
    def __init__(self, version: str, server_url: str = "", parent: QWidget | None = None,
                 *, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        accessible.describe_buttons(self.ui.buttons)
        self.version_label: QLabel = self.ui.version_label
        self.details_label: QLabel = self.ui.details_label
        self.channel_label: QLabel = self.ui.channel_label
        title: QLabel = self.ui.title_label
        # Relative to the person's font, which a form's fixed point size would ignore.
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.version_label.setText(translate(
            "AboutDialog", "Version {version}").format(version=version))
        info = build_info()
        qt, pyside = qt_version()
        commit = info.commit if info.commit != "unknown" else translate("AboutDialog", "unknown")
        details = [
            translate("AboutDialog", "Commit {commit} ({date})").format(
                commit=commit, date=info.commit_date
            )
            if info.commit_date
            else translate("AboutDialog", "Commit {commit}").format(commit=commit),
            translate("AboutDialog", "Python {v}").format(v=platform.python_version()),
            translate("AboutDialog", "Qt {qt} · PySide6 {ps}").format(qt=qt, ps=pyside),
        ]
        if server_url:
            details.append(translate("AboutDialog", "Server: {url}").format(url=server_url))
        self.details_label.setText("\n".join(details))
        self._show_channel(info.channel, settings)

    def _show_channel(self, build_channel: str, settings: Settings | None) -> None:
        if settings is None:
            self.channel_label.hide()
            return
        from vipclient.gui.settings_dialog import CHANNELS

        def named(channel: str) -> str:
            return QCoreApplication.translate("SettingsDialog", CHANNELS[channel])

        wanted = str(settings.update_channel)
        if build_channel != wanted:
            self.channel_label.setText(
                translate(
                    "AboutDialog", "This is a {build} build, but the update channel is {channel}: "
                        "ask your "
                   "IT department for the {channel} build.").format(build=named(build_channel),
                                                                    channel=named(wanted)))
            theme.style(self.channel_label, "color: {failed_fg};")
        elif settings.is_locked("update_channel"):
            self.channel_label.setText(
                translate(
                    "AboutDialog", "Update channel: {channel} (set by your IT department)").format(
                    channel=named(wanted)))
        else:
            self.channel_label.setText(
                translate("AboutDialog", "Update channel: {channel}").format(channel=named(wanted)))
