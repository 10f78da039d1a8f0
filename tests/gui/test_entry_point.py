"""``python -m vipclient`` as a person starts it: version, and a demo that quits on SIGTERM."""

from __future__ import annotations

import os
import platform
import signal
import subprocess
import sys
import time
from pathlib import Path

from vipclient import __version__

ROOT = Path(__file__).resolve().parents[2]


def test_version() -> None:
    """Version, the checkout's commit (from git), Python and Qt; no display needed."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run(
        [sys.executable, "-m", "vipclient", "--version"],
        capture_output=True, text=True, timeout=60, check=True, cwd=ROOT, env=env,
    )
    name, commit, runtime = out.stdout.strip().splitlines()
    assert name == f"VIP Desk {__version__}"
    head = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h"],
                          capture_output=True, text=True, check=True).stdout.strip()
    assert commit.startswith(f"commit {head}"), commit
    import PySide6
    from PySide6.QtCore import qVersion

    assert runtime == (f"Python {platform.python_version()}, Qt {qVersion()}, "
                       f"PySide6 {PySide6.__version__}")


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
