"""The app in each of its languages: the catalogues really load and the screens show them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vipclient.gui.status_area import StatusArea
from vipclient.gui.translations import install_translators


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    loaded = install_translators(qapp, "zh_CN")
    assert any(name.startswith("vipclient") for name in loaded)
    yield
    install_translators(qapp, "en")


def test_the_app_speaks_chinese(chinese: None, qtbot: QtBot) -> None:
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
    area = StatusArea()
    qtbot.addWidget(area)
    area.set_outbox(3, 1)
    assert area.unsent_button.text() == "3 项未发送 · 1 项需要处理"
    area.set_person("Alice Chen", ["account_manager"])
    assert area.person_label.text() == "Alice Chen · 客户经理"


def test_english_shows_the_source_texts_with_their_plural_forms(qapp: QApplication,
                                                                 qtbot: QtBot) -> None:
    install_translators(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    area = StatusArea()
    qtbot.addWidget(area)
    area.set_outbox(1, 1)
    assert area.unsent_button.text() == "1 unsent · 1 needs attention"
    area.set_outbox(2, 2)
    assert area.unsent_button.text() == "2 unsent · 2 need attention"
