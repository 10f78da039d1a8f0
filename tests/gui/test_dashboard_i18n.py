"""The dashboard speaks Chinese: every string Qt's own ``lupdate`` finds in its modules (the
way a translator's catalogue is made) has a translation in the zh_CN catalogue."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support.i18n import ROOT, read_ts

MODULES = [*sorted((ROOT / "vipclient" / "gui" / "dashboard").glob("*.py")),
           ROOT / "vipclient" / "gui" / "charts.py"]


def test_lupdate_finds_every_dashboard_string_and_each_is_translated(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    found_ts = tmp_path / "found.ts"
    subprocess.run([str(lupdate), *map(str, MODULES), "-ts", str(found_ts)], check=True,
                   capture_output=True)
    found = read_ts(found_ts)
    contexts = {ctx for ctx, _ in found}
    # The screen's own strings are all found, each under a context lupdate can see.
    assert {"Dashboard", "DashboardSection", "Card", "BehindDialog"} <= contexts
    assert len(found) > 100
    catalogue = read_ts()
    missing = sorted(key for key in found if not catalogue.get(key))
    assert not missing, f"add these to resources/translations/vipclient_zh_CN.ts: {missing}"
