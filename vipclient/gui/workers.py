"""Run work off the UI thread and get the answer back on it.

A small vocabulary in the spirit of Anki's operations::

    BackgroundOp(lambda: api.login(...)).success(show_window).failure(show_error).run()

``fn`` runs on a ``QThreadPool`` worker; ``success``/``failure``/``progress`` callbacks run on
the UI thread (the thread that called ``run()``), carried there by queued Qt signals. The UI
thread never blocks on I/O: it only starts operations and reacts to their answers.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")
log = logging.getLogger(__name__)

_pool: QThreadPool | None = None
# Operations in flight, kept alive until their answer has been delivered: nothing else holds a
# reference to an op started with ``run()`` and forgotten by its caller.
_in_flight: set[BackgroundOp[Any]] = set()


def pool() -> QThreadPool:
    """The application's worker pool (separate from the global one so shutdown can drain it)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(4)
    return _pool


def wait_for_all(timeout_ms: int = 3000) -> bool:
    """Wait for running operations at shutdown; ``False`` when some were still running."""
    return pool().waitForDone(timeout_ms)


def report_unhandled(exc: BaseException) -> None:
    """A background failure nobody handled goes where a slot's exception goes: the crash hook."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


class _Channel(QObject):
    """Lives on the UI thread; the worker emits, Qt queues the call to the UI thread's slots."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)

    def __init__(self, op: BackgroundOp[Any]) -> None:
        super().__init__()
        self._op = op
        self.done.connect(self._on_done)
        self.failed.connect(self._on_failed)
        self.progressed.connect(self._on_progress)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self._op._deliver_success(result)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self._op._deliver_failure(exc)

    @Slot(object)
    def _on_progress(self, value: object) -> None:
        self._op._deliver_progress(value)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], object], channel: _Channel) -> None:
        super().__init__()
        self._work = work
        self._channel = channel

    def run(self) -> None:  # worker thread
        try:
            result = self._work()
        except BaseException as exc:  # every failure must reach the UI thread
            self._emit(self._channel.failed, exc)
        else:
            self._emit(self._channel.done, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # The application is shutting down and its objects are gone: nobody to tell.
            log.debug("background answer dropped at shutdown")


class BackgroundOp(Generic[T]):
    """One call of ``fn`` on a worker thread, answered on the UI thread."""

    def __init__(self, fn: Callable[[], T]) -> None:
        self._fn = fn
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[BaseException], object] | None = None
        self._on_progress: Callable[[Any], None] | None = None
        self._on_finally: Callable[[], object] | None = None
        self._channel: _Channel | None = None
        self._owner: QObject | None = None

    def owned_by(self, owner: QObject | None) -> BackgroundOp[T]:
        """Drop the answer if ``owner`` (the widget that asked) is deleted before it arrives."""
        self._owner = owner
        return self

    def success(self, callback: Callable[[T], object]) -> BackgroundOp[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], object]) -> BackgroundOp[T]:
        self._on_failure = callback
        return self

    def progress(self, callback: Callable[[Any], None]) -> BackgroundOp[T]:
        """Receive values passed to ``report()`` from inside ``fn``, on the UI thread."""
        self._on_progress = callback
        return self

    def finally_(self, callback: Callable[[], object]) -> BackgroundOp[T]:
        """Called on the UI thread after success or failure (hide a busy indicator, say)."""
        self._on_finally = callback
        return self

    def report(self, value: Any) -> None:
        """Called by ``fn`` (on the worker thread) to send progress to the UI thread."""
        if self._channel is not None:
            self._channel.progressed.emit(value)

    def run(self) -> None:
        """Start ``fn`` on the pool; must be called on the UI thread."""
        self._channel = _Channel(self)
        _in_flight.add(self)
        pool().start(_Runnable(self._fn, self._channel))

    def _owner_gone(self) -> bool:
        return self._owner is not None and not shiboken6.isValid(self._owner)

    def _call(self, callback: Callable[..., object], *args: object) -> None:
        """Run a UI-thread callback; a widget deleted meanwhile is not an error, just late."""
        if self._owner_gone():
            return
        try:
            callback(*args)
        except RuntimeError as exc:
            if "already deleted" not in str(exc):
                raise
            log.debug("answer dropped: its window was closed before it arrived (%s)", exc)

    def _deliver_success(self, result: object) -> None:
        try:
            if self._on_success is not None:
                self._call(self._on_success, result)
        finally:
            self._finish()

    def _deliver_failure(self, exc: BaseException) -> None:
        try:
            if self._on_failure is not None:
                self._call(self._on_failure, exc)
            else:
                log.error("background operation failed", exc_info=exc)
                report_unhandled(exc)
        finally:
            self._finish()

    def _deliver_progress(self, value: object) -> None:
        if self._on_progress is not None:
            self._call(self._on_progress, value)

    def _finish(self) -> None:
        try:
            if self._on_finally is not None:
                self._call(self._on_finally)
        finally:
            _in_flight.discard(self)
            if self._channel is not None:
                self._channel.deleteLater()
                self._channel = None


def run_in_background(
    fn: Callable[[], T],
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    owner: QObject | None = None,
) -> None:
    """The ``AppContext.run_in_background`` helper: ``BackgroundOp`` in one call.

    Pass ``owner`` (the asking widget) so an answer arriving after it closed is dropped.
    """
    op = BackgroundOp(fn).owned_by(owner)
    if on_success is not None:
        op.success(on_success)
    if on_failure is not None:
        op.failure(on_failure)
    op.run()
