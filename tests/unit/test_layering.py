"""The layering of docs/architecture.md, enforced: import-linter contracts in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold() -> None:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is part of the dev extra"
    result = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_project_never_reads_the_steering_folder() -> None:
    """The project stands alone on a user's machine: no code may reach for ../shared."""
    offenders = [
        str(p.relative_to(ROOT))
        for folder in ("vipclient", "tests", "scripts")
        for p in (ROOT / folder).rglob("*.py")
        if "../shared" in p.read_text(encoding="utf-8") and p.name != "test_layering.py"
    ]
    assert offenders == []
