"""What the first paint imports: the window must not wait for what only later work needs.

A fresh interpreter imports the GUI's entry module and the screen it paints first; HTTP, the
wire models, migrations and the sandbox (requests, pydantic, alembic, fastapi, uvicorn) must
not come along — they load behind the first paint, on the threads that use them. Neither may
the ORM or the keyring: the lanes are read with plain sqlite3, and the kept sign-in is read
from the keyring once the window shows (each costs a tenth to a third of a second).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

FIRST_PAINT = ("vipclient.__main__", "vipclient.app", "vipclient.gui.lanes.section",
               "vipclient.gui.main_window", "vipclient.services.resume", "vipclient.warm_start")
LATER = ("requests", "pydantic", "alembic", "fastapi", "uvicorn", "sqlalchemy", "keyring",
         "vipclient.sandbox", "vipclient.api.client", "vipclient.store.models",
         # Each a few milliseconds the first frame need not wait for: the log file's
         # rotation (socket, pickle), managed settings' TOML, a frozen app's child processes,
         # the online road, search and the crash dialog.
         "logging.handlers", "tomllib", "multiprocessing", "vipclient.services.online",
         "vipclient.services.search", "vipclient.gui.crash_dialog", "vipclient.gui.focus_ring")


def test_the_first_paint_imports_nothing_that_only_later_work_needs() -> None:
    code = (
        "import json, sys\n"
        f"for name in {FIRST_PAINT!r}: __import__(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    loaded = json.loads(subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
    ).stdout)
    early = sorted({name for name in loaded for later in LATER
                    if name == later or name.startswith(later + ".")})
    assert early == [], f"imported before the first paint: {early}"


_WARM = """
import json, sys
from vipclient.settings import DEFAULT_PROFILE, Settings, settings_path
from vipclient.store.cache import Cache, cache_path
from vipclient.store.models import StaffRow
from vipclient.warm_start import WarmStart

settings = Settings.load(settings_path(DEFAULT_PROFILE))
settings.server_url, settings.last_username = "https://desk.example", "alice"
settings.session_kept = True
settings.save()
cache = Cache.open(cache_path(settings.server_url, "alice"))
with cache.session() as s:
    s.add(StaffRow(id="S1", username="alice", display_name="Alice", data="{}"))
cache.close()
for name in [n for n in sys.modules if n.startswith(("vipclient", "sqlalchemy", "alembic"))]:
    del sys.modules[name]
import vipclient.warm_start as warm_start  # a start imports this before its thread runs
loaded = set(sys.modules)
lanes = warm_start.WarmStart(settings_path(DEFAULT_PROFILE)).start().lanes()
assert lanes is not None, "the warm start placed no lanes"
print(json.dumps(sorted(set(sys.modules) - loaded)))
"""


def test_the_warm_start_imports_nothing_on_its_thread(tmp_path: Path) -> None:
    """Its thread runs while the UI thread imports Qt: an import there waits on that work
    (the cache's schema check importing ``store.migrate`` made the whole start 6-8% slower)."""
    env = {**os.environ, **{var: str(tmp_path / var.lower()) for var in
                            ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")}}
    done = subprocess.run([sys.executable, "-c", _WARM], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == []
