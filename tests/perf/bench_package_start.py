"""Start to window: the packaged app beside the same commit run from the checkout.

    make package-deb && QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_package_start.py

Each run is a fresh process started on the built-in demo (``--demo``, 20 clients: the embedded
sandbox starts, alice signs in, her lanes are painted), timed from launch to its
``first-paint`` milestone (``VIPCLIENT_STARTUP_MARKS``), the two alternating so that a
machine whose speed drifts touches both alike; medians of :data:`RUNS`. The bundle is the one
``make package-deb`` left in build/bundle (what the .deb installs under /opt/vipdesk).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tests.perf.bench_client_gui import _until_painted  # noqa: E402

RUNS = 5
BUNDLE = ROOT / "build" / "bundle" / "vipdesk" / "vipdesk"
DEMO = ["--demo", "--demo-clients", "20"]


def main() -> None:
    if not BUNDLE.exists():
        raise SystemExit(f"no bundle at {BUNDLE}: run make package-deb first")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "vipclient")],
                   check=True, stdout=subprocess.DEVNULL)  # as an install compiles it
    with tempfile.TemporaryDirectory(prefix="vipbench-package-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VIPCLIENT_STARTUP_MARKS": "1",
               "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[var] = str(Path(tmp) / var.lower())
        bundled: list[float] = []
        checkout: list[float] = []
        for _ in range(RUNS):
            bundled.append(_until_painted([str(BUNDLE), *DEMO], env))
            checkout.append(_until_painted([sys.executable, "-m", "vipclient", *DEMO], env))
    print(json.dumps({
        "bundle_start_to_window_ms": round(statistics.median(bundled)),
        "checkout_start_to_window_ms": round(statistics.median(checkout)),
        "bundle_runs_ms": [round(x) for x in bundled],
        "checkout_runs_ms": [round(x) for x in checkout],
        "ratio": round(statistics.median(bundled) / statistics.median(checkout), 2),
    }, indent=2))


if __name__ == "__main__":
    main()
