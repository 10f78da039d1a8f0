"""What the first paint imports: the window must not wait for what only later work needs.

A fresh interpreter imports the GUI's entry module and the screen it paints first; HTTP, the
wire models, migrations and the sandbox (requests, pydantic, alembic, fastapi, uvicorn) must
not come along — they load behind the first paint, on the threads that use them. Neither may
the ORM or the keyring: the lanes are read with plain sqlite3, and the kept sign-in is read
from the keyring once the window shows (each costs a tenth to a third of a second).
"""

from __future__ import annotations

import json
import subprocess
import sys

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
