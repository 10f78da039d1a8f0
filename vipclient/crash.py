"""Unhandled exceptions: logged, written to a crash report, and shown — the app keeps running.

``install(show)`` hooks ``sys.excepthook`` and ``threading.excepthook`` (a worker thread's
exception is never silent) and enables ``faulthandler`` into ``faulthandler.log`` in the log
folder, so a hard crash in C code leaves a trace that the next start can offer
(``previous_fault()``).

Each report (what happened, where, the version and platform; no local variables, and the text
passed through the log redaction) is written once per distinct traceback: reports are named
by a hash of the exception type and the frames (file, function, line), not the message, so
the same bug hit a hundred times writes one file and shows one dialog per run.

``show`` is the GUI's callback. It may be called from any thread: the GUI must hand the
report to its UI thread itself (e.g. by emitting a Qt signal). It is never called twice for
the same traceback in one run, and an exception inside it is logged, not re-raised.
"""

from __future__ import annotations

import contextlib
import dataclasses
import faulthandler
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from vipclient import __version__
from vipclient.logs import LOG_FILE, log_dir, redact

log = logging.getLogger(__name__)

FAULT_FILE = "faulthandler.log"
REPORT_PREFIX = "crash-"
MAX_REPORTS = 50


@dataclass(frozen=True)
class CrashReport:
    digest: str  # 16 hex digits identifying the traceback
    summary: str  # one line: "ValueError: bad thing" (redacted)
    details: str  # the full report text (redacted), what the dialog shows and copies
    exc_type: str
    thread: str | None
    report_path: Path | None  # the crash file, None if it could not be written
    log_path: Path  # the log file, for "the log is kept in …"
    first_time: bool  # False when this traceback was already reported in an earlier run


def traceback_digest(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """A hash of the exception type and its frames: equal for the same bug, whatever data."""
    import hashlib  # here, not at start: only a crash needs it

    h = hashlib.sha256(f"{exc_type.__module__}.{exc_type.__qualname__}".encode())
    for frame in traceback.extract_tb(tb):
        h.update(f"|{Path(frame.filename).name}:{frame.name}:{frame.lineno}".encode())
    return h.hexdigest()[:16]


def _environment() -> str:
    import platform  # here, not at start: only a crash report needs it

    return (
        f"VIP Desk {__version__}\n"
        f"Python {platform.python_version()} ({platform.python_implementation()})\n"
        f"Platform {platform.platform()}\n"
    )


def build_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    thread: str | None,
    directory: Path,
) -> tuple[CrashReport, str]:
    digest = traceback_digest(exc_type, tb)
    summary = redact(f"{exc_type.__name__}: {exc}".strip().rstrip(":"))
    trace = redact("".join(traceback.format_exception(exc_type, exc, tb)))
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    details = (
        f"{summary}\n\nWhen: {when}\nThread: {thread or 'main'}\nReport: {digest}\n"
        f"{_environment()}\n{trace}"
    )
    report = CrashReport(
        digest=digest,
        summary=summary,
        details=details,
        exc_type=exc_type.__name__,
        thread=thread,
        report_path=directory / f"{REPORT_PREFIX}{digest}.txt",
        log_path=directory / LOG_FILE,
        first_time=True,
    )
    return report, details


class CrashHandler:
    def __init__(self, show: Callable[[CrashReport], None], directory: Path) -> None:
        self.show = show
        self.directory = directory
        self._lock = threading.Lock()
        self._shown: set[str] = set()
        self._previous_sys: Callable[..., Any] | None = None
        self._previous_threading: Callable[..., Any] | None = None
        self._fault_file: IO[str] | None = None
        self._reentered = threading.local()

    # --- hooks ------------------------------------------------------------------------------

    def sys_hook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.handle(exc_type, exc, tb, thread=None)

    def threading_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else None
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, thread=name)

    # --- the work ---------------------------------------------------------------------------

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        *,
        thread: str | None,
    ) -> CrashReport | None:
        """Log, write and show one unhandled exception; returns the report (None if nested)."""
        if getattr(self._reentered, "active", False):
            # The handler itself failed: last resort, never recurse.
            sys.__excepthook__(exc_type, exc, tb)
            return None
        self._reentered.active = True
        try:
            report, text = build_report(exc_type, exc, tb, thread=thread, directory=self.directory)
            log.error(
                "unhandled exception in %s (report %s)",
                thread or "main thread",
                report.digest,
                exc_info=(exc_type, exc, tb),
            )
            report = self._write(report, text)
            with self._lock:
                repeat = report.digest in self._shown
                self._shown.add(report.digest)
            if not repeat:
                try:
                    self.show(report)
                except Exception:
                    log.exception("the crash dialog callback failed")
            return report
        finally:
            self._reentered.active = False

    def _write(self, report: CrashReport, text: str) -> CrashReport:
        path = report.report_path
        assert path is not None
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            if path.exists():
                # Same bug again: note when, keep the first full report.
                with open(path, "a", encoding="utf-8") as fh:
                    fh.write(f"again at {datetime.now(UTC).isoformat()}\n")
                return _replace(report, first_time=False)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, path)
            self._prune()
            return report
        except OSError as exc:
            log.warning("could not write crash report %s: %s", path.name, exc)
            return _replace(report, report_path=None)

    def _prune(self) -> None:
        """Keep the newest ``MAX_REPORTS`` reports: distinct bugs must not fill the disk."""
        reports = sorted(
            self.directory.glob(f"{REPORT_PREFIX}*.txt"), key=lambda p: p.stat().st_mtime
        )
        for old in reports[:-MAX_REPORTS]:
            with contextlib.suppress(OSError):
                old.unlink()

    # --- install / uninstall ----------------------------------------------------------------

    def install(self) -> None:
        self._previous_sys = sys.excepthook
        self._previous_threading = threading.excepthook
        sys.excepthook = self.sys_hook
        threading.excepthook = self.threading_hook
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            # Kept open for the life of the process: faulthandler writes with raw fds when
            # the interpreter is already broken.
            self._fault_file = open(self.directory / FAULT_FILE, "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(self._fault_file, all_threads=True)
        except OSError as exc:
            log.warning("faulthandler not enabled: %s", exc)

    def uninstall(self) -> None:
        if self._previous_sys is not None:
            sys.excepthook = self._previous_sys
        if self._previous_threading is not None:
            threading.excepthook = self._previous_threading
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None


def _replace(report: CrashReport, **changes: Any) -> CrashReport:
    return dataclasses.replace(report, **changes)


_handler: CrashHandler | None = None


def install(show: Callable[[CrashReport], None], *, directory: Path | None = None) -> CrashHandler:
    """Hook unhandled exceptions of every thread; ``show`` displays a report (any thread)."""
    global _handler
    uninstall()
    _handler = CrashHandler(show, directory if directory is not None else log_dir())
    _handler.install()
    return _handler


def uninstall() -> None:
    global _handler
    if _handler is not None:
        _handler.uninstall()
        _handler = None


def previous_fault(directory: Path | None = None) -> str | None:
    """What faulthandler wrote during an earlier run that died hard, once; then cleared.

    Call it at start-up *before* ``install()`` (which reopens the file for this run).
    """
    path = (directory if directory is not None else log_dir()) / FAULT_FILE
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None
    if not text:
        return None
    # Moved aside so it is offered once; a failure only means it is offered again.
    with contextlib.suppress(OSError):
        path.rename(path.with_name(f"{FAULT_FILE}.previous"))
    return redact(text)
