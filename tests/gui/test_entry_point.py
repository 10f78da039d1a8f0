"""``python -m vipclient`` as a person starts it: version, and a demo that quits on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from vipclient import __version__

ROOT = Path(__file__).resolve().parents[2]


def test_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "vipclient", "--version"],
        capture_output=True, text=True, timeout=60, check=True, cwd=ROOT,
    )
    assert out.stdout.strip() == f"VIP Desk {__version__}"


def test_demo_process_starts_and_quits_cleanly(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    })
    process = subprocess.Popen(
        [sys.executable, "-m", "vipclient", "--demo", "--demo-clients", "20",
         "--profile", f"entry-{os.getpid()}"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    log = tmp_path / "state" / "vipclient" / "log" / "vipclient.log"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if log.exists() and "session open for alice" in log.read_text(encoding="utf-8"):
                break
            assert process.poll() is None, process.communicate()
            time.sleep(0.2)
        else:
            raise AssertionError(f"no session in 60 s; log: {log.read_text(encoding='utf-8')}")
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
        assert time.monotonic() - started < 5.0
        assert "quitting" in log.read_text(encoding="utf-8")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
