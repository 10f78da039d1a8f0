"""The online road on the GUI: commands run off the UI thread, the step-up dialog on it.

``services.online.OnlineService`` is Qt-free and runs on a worker thread; when the server
asks for a fresh code it calls back here, and this shows the shared step-up dialog on the UI
thread while the worker waits for the answer. One runner per session, registered by the
composition root as ``ctx.services["online"]``; it is attached to the session's API client
once the session is up (before that, commands fail with ``NotConnected``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from vipclient.gui import workers

if TYPE_CHECKING:
    # The service and its commands are imported when the session attaches (after the first
    # paint, 4 ms of a start), not with the window that holds the runner.
    from vipclient.services.online import Command, OnlineApi, OnlineService
    from vipclient.sync.events import StepUpChallenge

T = TypeVar("T")


class _Question:
    """A code asked for on the UI thread, answered (or cancelled) to a waiting worker."""

    def __init__(self, challenge: StepUpChallenge) -> None:
        self.challenge = challenge
        self.code: str | None = None
        self.answered = threading.Event()

    def answer(self, code: str | None) -> None:
        if not self.answered.is_set():
            self.code = code
            self.answered.set()


class OnlineRunner(QObject):
    _asked = Signal(object)  # a _Question, handed from a worker to the UI thread

    def __init__(self, dialog_parent: Callable[[], QWidget | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dialog_parent = dialog_parent
        self._service: OnlineService | None = None
        self._clock: Callable[[], Any] | None = None
        self._open: set[_Question] = set()
        # A dialog without a parent window (none yet, or a test's desk) is owned by nothing
        # on the C++ side: held here until it closes, or it would vanish and leave the worker
        # waiting for an answer forever.
        self._dialogs: set[QWidget] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._asked.connect(self._show_dialog, Qt.ConnectionType.QueuedConnection)

    @property
    def connected(self) -> bool:
        return self._service is not None

    def attach(self, api: OnlineApi) -> None:
        from vipclient.services.online import OnlineService

        self._service = OnlineService(api, self.ask_code)
        # The code dialog counts the 30-second step and a lockout on the server's clock.
        self._clock = getattr(api, "server_now", None)

    def close(self) -> None:
        """Sign-out or quit: questions still open are cancelled (their commands end)."""
        self._service = None
        with self._lock:
            self._closed = True
            questions = list(self._open)
        for question in questions:
            question.answer(None)

    # -- running ----------------------------------------------------------------------------

    def send(self, command: Command, on_done: Callable[[Any], None],
             on_failed: Callable[[BaseException], None], *, code: str | None = None,
             owner: QObject | None = None) -> None:
        """Send ``command`` now; ``on_done(answer)`` or ``on_failed(exc)`` on the UI thread."""
        self.call(lambda online: online.send(command, code), on_done, on_failed, owner=owner)

    def call(self, work: Callable[[OnlineService], T], on_done: Callable[[T], None],
             on_failed: Callable[[BaseException], None], *,
             owner: QObject | None = None) -> None:
        """``work(service)`` off the UI thread (reads of pages, several commands)."""
        service = self._service
        if service is None:
            from vipclient.services.online import NotConnected

            QTimer.singleShot(0, lambda: on_failed(NotConnected()))
            return
        workers.run_in_background(lambda: work(service), on_done, on_failed, owner)

    # -- the code dialog ----------------------------------------------------------------------

    def ask_code(self, challenge: StepUpChallenge) -> str | None:
        """On a worker: show the step-up dialog and wait for the person's answer."""
        question = _Question(challenge)
        with self._lock:
            if self._closed:
                return None
            self._open.add(question)
        try:
            self._asked.emit(question)
            question.answered.wait()
            return question.code
        finally:
            with self._lock:
                self._open.discard(question)

    @Slot(object)
    def _show_dialog(self, question: _Question) -> None:
        from vipclient.gui.step_up_dialog import StepUpDialog

        dialog = StepUpDialog(question.challenge, self._dialog_parent(), now=self._clock)
        dialog.codeEntered.connect(question.answer)
        dialog.cancelled.connect(lambda: question.answer(None))
        dialog.finished.connect(lambda _=0: question.answer(None))
        dialog.finished.connect(lambda _=0: self._dialogs.discard(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self._dialogs.add(dialog)
        dialog.open()


__all__ = ["OnlineRunner"]
