"""The wheel IT installs carries the app's data files, and the installed app finds them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.timeout(180)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a copy of what the build reads (so no build/ is left in the tree)."""
    if not (ROOT / "resources" / "translations" / "vipclient_zh_CN.qm").exists():
        pytest.fail("the compiled catalogue is missing: run make (it builds resources/*.qm)")
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(ROOT / name, src / name)
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("vipclient", "resources"):
        shutil.copytree(ROOT / name, src / name, ignore=skip)
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "--no-build-isolation",
         "-q", "-w", str(out)],
        check=True, capture_output=True, cwd=src,
    )
    (found,) = out.glob("vipclient-*.whl")
    return found


def test_the_wheel_carries_resources_and_forms(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "vipclient/resources/canned/en.json",
        "vipclient/resources/canned/zh.json",
        "vipclient/resources/translations/vipclient_zh_CN.qm",
        "vipclient/resources/translations/vipclient_en.qm",  # English plural forms
        "vipclient/resources/icons/vipclient.svg",
        "vipclient/resources/vipclient.desktop",
        "vipclient/gui/forms/about_dialog_ui.py",
        "vipclient/store/migrations/versions/0001_initial.py",
    ):
        assert expected in names, expected
    assert not [n for n in names if n.endswith(".ts")], "sources of catalogues stay out"


def test_an_installed_app_finds_its_texts_and_catalogues(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site),
         str(wheel)],
        check=True, capture_output=True,
    )
    probe = (
        "import json, vipclient, vipclient.paths as p\n"
        "from vipclient.services.canned import CANNED_DIR, load_all\n"
        "from vipclient.gui.translations import SEARCH_PATH\n"
        "print(json.dumps({'package': vipclient.__file__, 'canned': str(CANNED_DIR),\n"
        "  'texts': len(load_all()), 'qm': (SEARCH_PATH[0] / 'vipclient_zh_CN.qm').exists()}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    answer = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True,
                            text=True, env=env, cwd=tmp_path)
    found = json.loads(answer.stdout)
    assert found["package"].startswith(str(site)), found  # the installed copy, not the checkout
    assert found["canned"].startswith(str(site)), found
    assert found["texts"] > 0 and found["qm"], found
