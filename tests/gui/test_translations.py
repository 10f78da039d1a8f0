"""Simplified Chinese for the shell, kept whole: every string translated, placeholders intact,
the compiled catalogue up to date, and the app really showing it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tests.support.i18n import PLACEHOLDER, TS_FILE, messages, read_ts
from vipclient.gui.status_area import StatusArea
from vipclient.gui.translations import install_translators

QM_FILE = TS_FILE.with_suffix(".qm")


def test_every_shell_string_is_translated() -> None:
    catalogue = read_ts()
    missing = sorted(
        (ctx, text)
        for ctx, texts in messages().items()
        for text in texts
        if not catalogue.get((ctx, text))
    )
    assert not missing, (
        "untranslated strings (add them to resources/translations/vipclient_zh_CN.ts, then "
        f"pyside6-lrelease it): {missing}"
    )


def test_placeholders_survive_translation() -> None:
    for (ctx, source), translation in read_ts().items():
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
            ctx, source, translation,
        )
        assert source.count("&") == translation.count("&"), (ctx, source, translation)


def test_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), str(TS_FILE), "-qm", str(fresh)], check=True,
                   capture_output=True)
    assert fresh.read_bytes() == QM_FILE.read_bytes(), "run pyside6-lrelease on the .ts file"


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    loaded = install_translators(qapp, "zh_CN")
    assert any(name.startswith("vipclient") for name in loaded)
    yield
    install_translators(qapp, "en")


def test_the_app_speaks_chinese(chinese: None, qtbot: object) -> None:
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
    area = StatusArea()
    area.set_outbox(3, 1)
    assert area.unsent_button.text() == "3 项未发送 · 1 项需要处理"
    area.set_person("Alice Chen", ["account_manager"])
    assert area.person_label.text() == "Alice Chen · 客户经理"
    area.deleteLater()


def test_english_needs_no_catalogue(qapp: QApplication) -> None:
    install_translators(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
