"""File → Settings: connection, appearance and notifications.

Values IT set in the managed config are shown greyed with "Set by your IT department" and are
never written. Connection changes apply at the next sign-in; the theme and the language apply
at once (the window is built again in the new language, keeping open work).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipclient.gui import accessible, theme
from vipclient.gui.translations import QT_TRANSLATE_NOOP
from vipclient.i18n import translate
from vipclient.settings import SettingError, Settings

THEMES = (
    ("system", QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("SettingsDialog", "Light")),
    ("dark", QT_TRANSLATE_NOOP("SettingsDialog", "Dark")),
    ("high_contrast", QT_TRANSLATE_NOOP("SettingsDialog", "High contrast")),
)
# Each language is named in itself, so a person can find theirs whatever the current one.
LANGUAGES = (
    ("system", QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system")),
    ("en", "English"),
    ("zh_CN", "简体中文"),
    ("ja", "日本語"),
    ("ko", "한국어"),
)
# IT's policies (managed keys), shown for reference: a person does not choose them.
SIGN_IN_METHODS = {
    "password_totp": QT_TRANSLATE_NOOP("SettingsDialog", "password and code"),
    "kept_sign_in": QT_TRANSLATE_NOOP("SettingsDialog", "staying signed in"),
    "demo": QT_TRANSLATE_NOOP("SettingsDialog", "the demo"),
}
CHANNELS = {
    "stable": QT_TRANSLATE_NOOP("SettingsDialog", "Stable"),
    "beta": QT_TRANSLATE_NOOP("SettingsDialog", "Beta"),
}


class SettingsDialog(QDialog):
    applied = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(560)
        self.fields: dict[str, QWidget] = {}
        self.managed_notes: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)

        connection = QGroupBox(translate("SettingsDialog", "Connection"), self)
        form = QFormLayout(connection)
        self.server_edit = self._line("server_url", "https://backoffice.example.com")
        self._row(form, "server_url", translate(
            "SettingsDialog", "Server address"), self.server_edit)
        self.ca_edit = self._line("ca_bundle", translate(
            "SettingsDialog", "Only if your company uses its own CA"))
        ca_row = QWidget(connection)
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca_edit, 1)
        self.ca_browse = QPushButton(translate("SettingsDialog", "Browse…"), ca_row)
        self.ca_browse.setEnabled(not settings.is_locked("ca_bundle"))
        self.ca_browse.clicked.connect(self._browse_ca)
        ca_layout.addWidget(self.ca_browse)
        self._row(form, "ca_bundle", translate("SettingsDialog", "CA bundle"), ca_row)
        self.proxy_edit = self._line("proxy", "http://proxy.example:3128")
        self._row(form, "proxy", translate("SettingsDialog", "Proxy"), self.proxy_edit)
        note = QLabel(translate(
            "SettingsDialog", "Connection changes apply the next time you sign in."), connection)
        theme.style(note, "color: {muted_fg};")
        form.addRow("", note)
        layout.addWidget(connection)

        appearance = QGroupBox(translate("SettingsDialog", "Appearance"), self)
        form2 = QFormLayout(appearance)
        self.theme_combo = self._combo("theme", THEMES)
        self._row(form2, "theme", translate("SettingsDialog", "Theme"), self.theme_combo)
        self.language_combo = self._combo("language", LANGUAGES)
        self._row(form2, "language", translate("SettingsDialog", "Language"), self.language_combo)
        lang_note = QLabel(translate(
            "SettingsDialog", "A new language applies at once; open tickets and unsent replies "
            "stay as they are."), appearance)
        lang_note.setWordWrap(True)
        theme.style(lang_note, "color: {muted_fg};")
        form2.addRow("", lang_note)
        layout.addWidget(appearance)

        notifications = QGroupBox(translate("SettingsDialog", "Notifications"), self)
        form3 = QFormLayout(notifications)
        self.notify_check = QCheckBox(
            translate("SettingsDialog", "Notify me of emergencies and near-breaches in my book"),
            notifications,
        )
        self.notify_check.setChecked(bool(settings.notifications))
        self.fields["notifications"] = self.notify_check
        self._row(form3, "notifications", "", self.notify_check)
        layout.addWidget(notifications)

        policies = QGroupBox(translate("SettingsDialog", "Sign-in and updates"), self)
        form4 = QFormLayout(policies)
        methods = QLabel(", ".join(translate("SettingsDialog", SIGN_IN_METHODS[m])
                                   for m in settings.allowed_sign_in_methods), policies)
        methods.setObjectName("allowed_sign_in_methods")
        self.fields["allowed_sign_in_methods"] = methods
        self._row(form4, "allowed_sign_in_methods", translate(
            "SettingsDialog", "Sign-in allowed with"), methods)
        channel = QLabel(translate(
            "SettingsDialog", CHANNELS[str(settings.update_channel)]), policies)
        channel.setObjectName("update_channel")
        self.fields["update_channel"] = channel
        self._row(form4, "update_channel", translate("SettingsDialog", "Update channel"), channel)
        layout.addWidget(policies)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("settingsError")
        self.error_label.setWordWrap(True)
        theme.style(self.error_label, "color: {failed_fg};")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._describe()

    # -- building -----------------------------------------------------------------------------

    def _describe(self) -> None:
        """What each control is and does, for screen readers (labels name the fields)."""
        said = {
            "server_url": translate("SettingsDialog", "The back-office server VIP Desk talks to"),
            "ca_bundle": translate(
                "SettingsDialog", "A file of your company's certificate authorities, if any"),
            "proxy": translate("SettingsDialog", "The proxy to reach the server through, if any"),
            "theme": translate(
                "SettingsDialog", "Light, dark or high contrast, or as the system is"),
            "language": translate("SettingsDialog", "The language of VIP Desk's texts"),
            "notifications": translate(
                "SettingsDialog", "A notice when a ticket of your book is in Emergency or near"
                " its SLA"),
        }
        for name, text in said.items():
            self.fields[name].setAccessibleDescription(text)
        self.ca_edit.setAccessibleName(translate("SettingsDialog", "CA bundle"))
        self.ca_browse.setAccessibleDescription(translate(
            "SettingsDialog", "Choose the CA bundle file"))
        accessible.describe_buttons(self.buttons)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(str(self.settings.get(name) or ""), self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        self.fields[name] = edit
        return edit

    def _combo(self, name: str, choices: tuple[tuple[str, str], ...]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for value, label in choices:
            # Every label: a theme added to THEMES is translated without a change here, and a
            # language's own name has no catalogue entry, so it stays as it is.
            combo.addItem(translate("SettingsDialog", label), value)
        index = combo.findData(self.settings.get(name))
        combo.setCurrentIndex(max(0, index))
        self.fields[name] = combo
        return combo

    def _row(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        form.addRow(label, widget)
        if self.settings.is_locked(name):
            self.fields[name].setEnabled(False)
            widget.setEnabled(False)
            note = QLabel(translate("SettingsDialog", "Set by your IT department."), self)
            note.setObjectName(f"{name}Managed")
            theme.style(note, "color: {muted_fg}; font-style: italic;")
            form.addRow("", note)
            self.managed_notes[name] = note

    def is_field_locked(self, name: str) -> bool:
        return not self.fields[name].isEnabled()

    # -- saving -------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {
            "server_url": self.server_edit.text().strip().rstrip("/"),
            "ca_bundle": self.ca_edit.text().strip(),
            "proxy": self.proxy_edit.text().strip(),
            "theme": self.theme_combo.currentData(),
            "language": self.language_combo.currentData(),
            "notifications": self.notify_check.isChecked(),
        }

    @Slot()
    def save(self) -> None:
        errors: list[str] = []
        values = self.values()
        ca = values["ca_bundle"]
        if ca and not self.settings.is_locked("ca_bundle") and not Path(ca).is_file():
            errors.append(translate(
                "SettingsDialog", "The CA bundle file {path} does not exist.").format(path=ca))
            values.pop("ca_bundle")
        for name, value in values.items():
            if self.settings.is_locked(name) or self.settings.get(name) == value:
                continue
            try:
                self.settings.set(name, value)
            except SettingError as exc:
                errors.append(str(exc))
        if errors:
            self.error_label.setText("\n".join(errors))
            self.error_label.show()
            return
        self.settings.save()
        self.applied.emit()
        self.accept()

    @Slot()
    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("SettingsDialog", "Choose a CA bundle"),
            "",
            translate("SettingsDialog", "Certificates (*.pem *.crt);;All files (*)"),
        )
        if path:
            self.ca_edit.setText(path)
