"""Unhandled exceptions of any thread are logged, written once per traceback, redacted, and
handed to the GUI's callback; the process keeps going."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from vipclient import crash
from vipclient.crash import CrashReport, previous_fault, traceback_digest


@pytest.fixture
def shown(tmp_path: Path) -> Iterator[list[CrashReport]]:
    reports: list[CrashReport] = []
    crash.install(reports.append, directory=tmp_path)
    yield reports
    crash.uninstall()


def _fail(value: str) -> None:
    raise RuntimeError(f"bad thing with password={value}")


def _raise_in_main_hook(value: str) -> None:
    try:
        _fail(value)
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]


def test_main_thread_exception_is_reported_and_redacted(shown: list[CrashReport],
                                                        tmp_path: Path) -> None:
    _raise_in_main_hook("hunter2-secret")
    assert len(shown) == 1
    report = shown[0]
    assert report.summary.startswith("RuntimeError: bad thing")
    assert "hunter2-secret" not in report.details
    assert report.report_path is not None and report.report_path.exists()
    text = report.report_path.read_text()
    assert "hunter2-secret" not in text
    assert "_fail" in text and "VIP Desk" in text and "Python" in text
    assert report.log_path == tmp_path / "vipclient.log"
    assert report.thread is None and report.first_time


def test_same_traceback_is_written_and_shown_once(shown: list[CrashReport],
                                                  tmp_path: Path) -> None:
    for value in ("one-value", "two-value", "three-value"):
        _raise_in_main_hook(value)  # same code path, different message
    assert len(shown) == 1
    files = list(tmp_path.glob("crash-*.txt"))
    assert len(files) == 1
    assert files[0].read_text().count("again at") == 2


def test_worker_thread_exception_is_reported(shown: list[CrashReport]) -> None:
    def work() -> None:
        raise KeyError("missing-thing")

    worker = threading.Thread(target=work, name="sync-engine")
    worker.start()
    worker.join()
    assert len(shown) == 1
    assert shown[0].thread == "sync-engine"
    assert "KeyError" in shown[0].summary


def test_a_failing_callback_does_not_recurse(tmp_path: Path,
                                             caplog: pytest.LogCaptureFixture) -> None:
    calls: list[CrashReport] = []

    def bad_show(report: CrashReport) -> None:
        calls.append(report)
        raise RuntimeError("dialog broke")

    crash.install(bad_show, directory=tmp_path)
    try:
        _raise_in_main_hook("x-value")
    finally:
        crash.uninstall()
    assert len(calls) == 1
    assert "crash dialog callback failed" in caplog.text


def test_keyboard_interrupt_goes_to_the_default_hook(shown: list[CrashReport],
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert shown == []


def test_digest_ignores_message_but_not_location() -> None:
    def at(line: str) -> str:
        try:
            if line == "a":
                raise ValueError("a")
            raise ValueError("b")
        except ValueError as exc:
            return traceback_digest(type(exc), exc.__traceback__)

    assert at("a") != at("b")  # raised on different lines
    assert at("a") == at("a")


def test_uninstall_restores_hooks(tmp_path: Path) -> None:
    before = (sys.excepthook, threading.excepthook)
    crash.install(lambda r: None, directory=tmp_path)
    assert sys.excepthook != before[0]
    crash.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_hard_crash_leaves_a_faulthandler_trace_offered_once(tmp_path: Path) -> None:
    script = (
        "import ctypes, sys\n"
        "from pathlib import Path\n"
        "from vipclient import crash\n"
        f"crash.install(lambda r: None, directory=Path({str(tmp_path)!r}))\n"
        "ctypes.string_at(0)\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True,
                            timeout=60)
    assert result.returncode != 0
    trace = previous_fault(tmp_path)
    assert trace is not None and "Fatal Python error" in trace
    assert previous_fault(tmp_path) is None


def test_old_reports_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.setattr(crash, "MAX_REPORTS", 3)
    for n in range(5):
        old = tmp_path / f"crash-{n:016x}.txt"
        old.write_text("old")
        os.utime(old, (1_000_000 + n, 1_000_000 + n))
    crash.install(lambda r: None, directory=tmp_path)
    try:
        _raise_in_main_hook("v")
    finally:
        crash.uninstall()
    left = sorted(p.name for p in tmp_path.glob("crash-*.txt"))
    assert len(left) == 3
    assert "crash-0000000000000004.txt" in left and "crash-0000000000000000.txt" not in left
