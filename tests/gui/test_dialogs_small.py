"""Step-up and crash dialogs on their own."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from vipclient.gui.crash_dialog import CrashDialog
from vipclient.gui.step_up_dialog import StepUpDialog


def test_step_up_validates_as_you_type(qtbot: QtBot) -> None:
    dialog = StepUpDialog(SimpleNamespace(description="Freeze U10000042"))
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.what_label.text() == "Freeze U10000042"
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.code_edit, "12a3")  # the letter is refused by the validator
    assert dialog.code_edit.text() == "123"
    assert dialog.hint.text() == "3 more digits"
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.code_edit, "4567")  # only six digits fit
    assert dialog.code_edit.text() == "123456"
    assert ok.isEnabled()
    with qtbot.waitSignal(dialog.codeEntered, timeout=1000) as blocker:
        qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert blocker.args == ["123456"]


def test_step_up_cancel_is_reported(qtbot: QtBot) -> None:
    dialog = StepUpDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.cancelled, timeout=1000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_crash_dialog_copies_details(qtbot: QtBot, tmp_path: object) -> None:
    dialog = CrashDialog("ValueError: boom", "Traceback…\nValueError: boom", "/tmp/x/vipclient.log")
    qtbot.addWidget(dialog)
    assert "/tmp/x/vipclient.log" in dialog.log_label.text()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "Traceback…\nValueError: boom"
    assert dialog.copy_button.text() == "Copied"


def test_about_names_the_commit_and_a_build_of_another_channel(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    from vipclient.gui.about_dialog import AboutDialog
    from vipclient.settings import Settings
    from vipclient.version import build_info

    managed = tmp_path / "managed.toml"
    settings = Settings.load(tmp_path / "settings.json", managed)
    dialog = AboutDialog("0.1.0", "https://desk.example", settings=settings)
    qtbot.addWidget(dialog)
    details = dialog.details_label.text()
    assert f"Commit {build_info().commit}" in details and "Python " in details
    assert "Qt " in details and "Server: https://desk.example" in details
    assert dialog.channel_label.text() == "Update channel: Stable"
    managed.write_text('update_channel = "beta"\n')
    dialog = AboutDialog("0.1.0", settings=Settings.load(tmp_path / "settings.json", managed))
    qtbot.addWidget(dialog)
    assert dialog.channel_label.text().startswith("This is a Stable build, but the update "
                                                  "channel is Beta")
