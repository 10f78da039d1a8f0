"""The Qt Designer forms in ui/ and the Python pyside6-uic makes of them (make forms)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "ui").glob("*.ui"))


def _without_uic_version(text: str) -> list[str]:
    # The header names the uic that made it; the rest must match line for line.
    return [line for line in text.splitlines() if "Created by: Qt User Interface" not in line]


def test_there_are_forms() -> None:
    assert FORMS, "ui/ holds the Designer forms"


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_each_form_module_is_made_from_its_form(form: Path, tmp_path: Path) -> None:
    uic = Path(sys.executable).with_name("pyside6-uic")
    fresh = tmp_path / "fresh.py"
    subprocess.run([str(uic), str(form), "-o", str(fresh)], check=True, capture_output=True)
    committed = ROOT / "vipclient" / "gui" / "forms" / f"{form.stem}_ui.py"
    assert committed.exists(), f"run make forms: {committed.name} is missing"
    assert _without_uic_version(committed.read_text(encoding="utf-8")) == _without_uic_version(
        fresh.read_text(encoding="utf-8")
    ), f"run make forms: {committed.name} differs from {form.name}"
