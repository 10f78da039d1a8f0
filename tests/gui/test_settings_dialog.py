"""The settings dialog: managed values locked and never written; user values saved."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from vipclient.gui.settings_dialog import SettingsDialog
from vipclient.settings import Settings


def _managed(text: str) -> None:
    Path(os.environ["VIPCLIENT_MANAGED_CONFIG"]).write_text(text, encoding="utf-8")


def test_managed_values_are_locked(qtbot: QtBot) -> None:
    _managed('server_url = "https://backoffice.example.com"\nproxy = "http://proxy.corp:3128"\n')
    settings = Settings.load()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.server_edit.text() == "https://backoffice.example.com"
    assert dialog.is_field_locked("server_url")
    assert dialog.is_field_locked("proxy")
    assert not dialog.is_field_locked("ca_bundle")
    assert not dialog.is_field_locked("theme")
    assert dialog.managed_notes["server_url"].text() == "Set by your IT department."
    assert "ca_bundle" not in dialog.managed_notes


def test_saving_writes_only_user_values(qtbot: QtBot) -> None:
    _managed('server_url = "https://backoffice.example.com"\n')
    settings = Settings.load()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.proxy_edit.setText("http://proxy.example:3128")
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    with qtbot.waitSignal(dialog.applied, timeout=1000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    again = Settings.load()
    assert again.proxy == "http://proxy.example:3128"
    assert again.theme == "dark"
    assert again.server_url == "https://backoffice.example.com"
    assert "server_url" not in again.path.read_text(encoding="utf-8")


def test_bad_values_are_explained_not_saved(qtbot: QtBot) -> None:
    settings = Settings.load()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.proxy_edit.setText("not a proxy")
    dialog.ca_edit.setText("/nonexistent/ca.pem")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert "proxy" in dialog.error_label.text()
    assert "/nonexistent/ca.pem does not exist" in dialog.error_label.text()
    assert not settings.path.exists()


def test_it_policies_are_shown_and_locked_when_managed(qtbot: QtBot) -> None:
    settings = Settings.load()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    methods = dialog.fields["allowed_sign_in_methods"]
    assert methods.text() == "password and code, staying signed in, the demo"  # type: ignore[attr-defined]
    assert not dialog.is_field_locked("allowed_sign_in_methods")
    _managed('allowed_sign_in_methods = ["password_totp"]\nupdate_channel = "beta"\n')
    dialog = SettingsDialog(Settings.load())
    qtbot.addWidget(dialog)
    assert dialog.fields["allowed_sign_in_methods"].text() == "password and code"  # type: ignore[attr-defined]
    assert dialog.fields["update_channel"].text() == "Beta"  # type: ignore[attr-defined]
    assert dialog.is_field_locked("allowed_sign_in_methods")
    assert dialog.is_field_locked("update_channel")
    assert set(dialog.managed_notes) == {"allowed_sign_in_methods", "update_channel"}
    assert "allowed_sign_in_methods" not in dialog.values()  # never written by a person
