"""Start-up figures for ``bench_client.py`` (loaded by it as a plug-in).

``startup_to_window_ms``: a fresh ``python -m vipclient`` of a person who stayed signed in,
over a cache of 10,000 clients and 100,000 tickets already on disk, from the process's
launch to the first frame that shows their lanes (the app's own ``VIPCLIENT_STARTUP_MARKS``).
``bare_window_ms``: the same for a bare PySide6 window with a 100,000-row table
(``tests/perf/bare_window.py``), measured in the same run, alternating with the app, as the
reference for a machine whose speed drifts; ``startup_ratio`` is the first over the second
(medians of :data:`RUNS` each). ``startup_import_ms``: ``import vipclient.app`` alone.

``change_to_lane_model_p50_ms`` / ``_p99_ms``: in a running app, another person solves a
ticket of the lane on screen; timed from the start of their request to the lane's item model
no longer holding the row (long-poll, cache, signal, debounce, lane recount, model update).
"""

from __future__ import annotations

import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parents[1] / "vipclient"
RUNS = 5


def _compile() -> None:
    """The app's bytecode compiled first, as installing it does (pip compiles a wheel's
    modules; so do the installers). This machine sets PYTHONDONTWRITEBYTECODE: a checkout's
    modules would otherwise be compiled again at every start."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(PACKAGE)], check=True,
                   stdout=subprocess.DEVNULL)


def _import_ms() -> float:
    best = float("inf")
    for _ in range(3):  # the best of three: the shared machine's noise is one-sided
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import vipclient.app"], check=True)
        best = min(best, (time.perf_counter() - started) * 1000)
    return best


def _until_painted(command: list[str], env: dict[str, str]) -> float:
    """Milliseconds from launching ``command`` to its ``first-paint`` mark; then stop it."""
    launched = time.time()
    proc = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            text=True)
    assert proc.stderr is not None
    painted: float | None = None
    deadline = time.monotonic() + 60
    try:
        for line in proc.stderr:
            parts = line.split()
            if parts[:2] == ["vipclient-startup", "first-paint"]:
                painted = float(parts[2])
                break
            if time.monotonic() > deadline:
                break
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if painted is None:
        raise RuntimeError(f"{command} never painted")
    return (painted - launched) * 1000


def _kept_session(ctx: Any, home: Path, server_url: str) -> dict[str, str]:
    """A person who stayed signed in: their synced cache, settings and kept tokens where
    the app looks (a private token file: the child has no OS keyring)."""
    from tests.support.client import signed_in_client
    from vipclient.app import token_file_dir
    from vipclient.security import tokens as token_storage
    from vipclient.store.cache import cache_path

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VIPCLIENT_STARTUP_MARKS": "1",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = os.environ[var] = str(home / var.lower())
    target = cache_path(server_url, "alice")
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(ctx.cache_path) + suffix)
        if source.exists():
            shutil.copy(source, Path(str(target) + suffix))
    token_storage.set_plaintext_fallback(token_file_dir())
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # as the child: the kept tokens go to the file
    signed_in_client(SimpleNamespace(base_url=server_url), "alice").close()
    from vipclient.settings import Settings, user_settings_path

    settings = Settings.load(user_settings_path(), managed_path=home / "managed.toml")
    settings.server_url = server_url
    settings.last_username = "alice"
    settings.session_kept = True
    settings.allow_plaintext_token_fallback = True
    settings.save()
    return env


def _startup(ctx: Any, server_url: str) -> dict[str, Any]:
    _compile()
    import_ms = _import_ms()
    with tempfile.TemporaryDirectory(prefix="vipbench-start-") as tmp:
        env = _kept_session(ctx, Path(tmp), server_url)
        app: list[float] = []
        bare: list[float] = []
        for _ in range(RUNS):  # alternating, so drift touches both alike
            bare.append(_until_painted([sys.executable, str(HERE / "bare_window.py")], env))
            app.append(_until_painted([sys.executable, "-m", "vipclient"], env))
    app_ms, bare_ms = statistics.median(app), statistics.median(bare)
    return {
        "startup_import_ms": round(import_ms, 1),
        "startup_to_window_ms": round(app_ms, 1),
        "startup_to_window_runs_ms": [round(x) for x in app],
        "bare_window_ms": round(bare_ms, 1),
        "bare_window_runs_ms": [round(x) for x in bare],
        "startup_ratio": round(app_ms / bare_ms, 2),
    }


def figures(ctx: Any) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from vipclient.app import Options, VipDesk
    from vipclient.services.session import normalise_server_url
    from vipclient.settings import Settings

    server_url = normalise_server_url(ctx.base_url)
    start = _startup(ctx, server_url)
    with tempfile.TemporaryDirectory(prefix="vipbench-lanes-") as tmp:
        home = Path(tmp)
        _kept_session(ctx, home, server_url)
        settings = Settings.load(home / "settings.json", managed_path=home / "managed.toml")
        settings.server_url = server_url
        settings.last_username = "alice"
        settings.session_kept = True
        settings.allow_plaintext_token_fallback = True
        qapp = QApplication.instance() or QApplication([])
        assert isinstance(qapp, QApplication)
        desk = VipDesk(
            qapp, Options(single_instance=False), settings=settings,
            log_directory=home / "logs", install_crash_hooks=False, quit_app=lambda: None,
        )
        desk.start()
        deadline = time.perf_counter() + 60
        while desk.session is None and time.perf_counter() < deadline:
            qapp.processEvents()
            time.sleep(0.001)
        lane_figures = _change_to_lane_model(qapp, desk, server_url) if desk.session else {}
        desk.quit()
    return {**lane_figures, **start}


def _change_to_lane_model(qapp: Any, desk: Any, server_url: str) -> dict[str, Any]:
    import statistics

    from tests.support.client import signed_in_client
    from vipclient.api.client import new_idempotency_key
    from vipclient.gui.lanes.section import LanesSection

    def pump_until(done: Any, limit_s: float) -> bool:
        deadline = time.perf_counter() + limit_s
        while not done() and time.perf_counter() < deadline:
            qapp.processEvents()
            time.sleep(0.001)
        return bool(done())

    window = desk.window
    lanes = window.findChild(LanesSection)
    if lanes is None or not pump_until(lambda: window.status_area.state == "live", 60):
        return {}
    pump_until(lambda: lanes.model.rowCount() > 25, 10)
    bob = signed_in_client(SimpleNamespace(base_url=server_url), "bob")
    latencies: list[float] = []
    tried: set[str] = set()
    row = 0
    while len(latencies) < 20 and row < lanes.model.rowCount():
        tid = lanes.model.id_at(row)
        row += 1
        if tid is None or tid in tried:
            continue
        tried.add(tid)
        started = time.perf_counter()
        answer = bob.request(
            "POST", f"/tickets/{tid}/status", json={"status": "solved"},
            idempotency_key=new_idempotency_key(),
        )
        if answer.status >= 300:
            continue
        if pump_until(lambda tid=tid: lanes.model.row_of(tid) < 0, 10):
            latencies.append((time.perf_counter() - started) * 1000)
            row = 0  # the rows moved up
    bob.close()
    if not latencies:
        return {}
    latencies.sort()
    return {
        "change_to_lane_model_p50_ms": round(statistics.median(latencies), 1),
        "change_to_lane_model_p99_ms": round(latencies[-1], 1),  # 20 samples: the worst
        "change_to_lane_model_samples": len(latencies),
    }
