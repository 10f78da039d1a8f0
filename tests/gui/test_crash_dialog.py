"""An exception raised in a slot shows the crash dialog, and the app keeps running."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from vipclient import crash
from vipclient.gui.crash_presenter import CrashPresenter
from vipclient.gui.workers import BackgroundOp


@pytest.fixture
def presenter(tmp_path: Path) -> Iterator[CrashPresenter]:
    shown = CrashPresenter()
    crash.install(shown.report_from_any_thread, directory=tmp_path)
    yield shown
    crash.uninstall()
    for dialog in list(shown.dialogs):
        dialog.close()


class Boom(RuntimeError):
    pass


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_the_dialog(
    qtbot: QtBot, presenter: CrashPresenter, tmp_path: Path
) -> None:
    button = QPushButton("crash me")
    qtbot.addWidget(button)
    clicks: list[int] = []

    def slot() -> None:
        clicks.append(1)
        raise Boom("the slot failed")

    button.clicked.connect(slot)
    button.click()
    qtbot.waitUntil(lambda: bool(presenter.dialogs), timeout=3000)
    dialog = presenter.dialogs[0]
    assert dialog.isVisible()
    assert "Boom: the slot failed" in dialog.summary_label.text()
    assert str(tmp_path) in dialog.log_label.text()
    assert "Traceback" in dialog.details_view.toPlainText()
    # The app is still alive: the same button works again (no second dialog for the same bug).
    button.click()
    assert clicks == [1, 1]
    qtbot.wait(50)
    assert len(presenter.dialogs) == 1


@pytest.mark.qt_no_exception_capture
def test_unhandled_background_failure_is_reported(
    qtbot: QtBot, presenter: CrashPresenter
) -> None:
    def work() -> None:
        raise Boom("in a worker")

    BackgroundOp(work).run()  # no failure callback: it must not vanish silently
    qtbot.waitUntil(lambda: bool(presenter.dialogs), timeout=3000)
    assert "in a worker" in presenter.dialogs[0].summary_label.text()
