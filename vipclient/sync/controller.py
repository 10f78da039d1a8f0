r"""``SyncController``: the sync engine as a Qt object the GUI connects to.

The engine runs its own two threads; its callbacks are emitted from there on a small bridge
object and reach the controller's public signals through queued connections, so every public
signal is delivered on the thread the controller lives in (the UI thread). Nothing here waits
on the network; ``resend``/``discard`` write the outbox on a short-lived worker thread so a busy
cache never stalls a click.

Signals: ``statusChanged(SyncStatus)``, ``changesApplied(set[str])``, ``outboxChanged(unsent,
problems)``, ``stepUpRequired(StepUpChallenge)``, ``signedOut(reason)``.

The controller can exist before its engine: a window resumed from the cache is shown first,
and the engine — with the HTTP client and the ORM it loads — is :meth:`attach`\ ed behind it.
Until then the status says syncing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from vipclient.sync.events import Api, StepUpChallenge, SyncStatus

if TYPE_CHECKING:
    from vipclient.store.cache import Cache
    from vipclient.sync.engine import SyncEngine

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Emitted from the engine's threads; connected to the controller with queued connections."""

    status = Signal(object)
    changes = Signal(object)
    outbox = Signal(int, int)
    step_up = Signal(object)
    ended = Signal(str)

    # SyncListener, called on engine threads.
    def status_changed(self, status: SyncStatus) -> None:
        self.status.emit(status)

    def changes_applied(self, entities: set[str]) -> None:
        self.changes.emit(set(entities))

    def outbox_changed(self, unsent: int, problems: int) -> None:
        self.outbox.emit(unsent, problems)

    def step_up_required(self, challenge: StepUpChallenge) -> None:
        self.step_up.emit(challenge)

    def signed_out(self, reason: str) -> None:
        self.ended.emit(reason)


class SyncController(QObject):
    statusChanged = Signal(object)
    changesApplied = Signal(object)
    outboxChanged = Signal(int, int)
    stepUpRequired = Signal(object)
    signedOut = Signal(str)

    def __init__(self, cache: Cache | None = None, api: Api | None = None,
                 parent: QObject | None = None, **engine_options: Any) -> None:
        super().__init__(parent)
        self.cache: Cache | None = None
        self.engine: SyncEngine | None = None
        self._started = datetime.now(UTC)
        self._bridge = _Bridge()
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.status.connect(self._on_status, queued)
        self._bridge.changes.connect(self.changesApplied, queued)
        self._bridge.outbox.connect(self.outboxChanged, queued)
        self._bridge.step_up.connect(self.stepUpRequired, queued)
        self._bridge.ended.connect(self.signedOut, queued)
        self._last_status: SyncStatus | None = None
        if cache is not None and api is not None:
            self.attach(cache, api, **engine_options)

    def attach(self, cache: Cache, api: Api, **engine_options: Any) -> None:
        """Give the controller its engine (call on the UI thread; :meth:`start` after)."""
        from vipclient.sync.engine import SyncEngine

        self.cache = cache
        self.engine = SyncEngine(cache, api, self._bridge, **engine_options)

    # ----------------------------------------------------------------------- state

    @property
    def status(self) -> SyncStatus:
        """The latest status (also before the first ``statusChanged`` arrives)."""
        if self._last_status is not None:
            return self._last_status
        if self.engine is not None:
            return self.engine.status
        return SyncStatus("syncing", self._started)

    @Slot(object)
    def _on_status(self, status: SyncStatus) -> None:
        self._last_status = status
        self.statusChanged.emit(status)

    # ----------------------------------------------------------------------- control

    @Slot()
    def start(self) -> None:
        assert self.engine is not None, "attach() the engine first"
        self.engine.start()

    @Slot()
    def stop(self) -> None:
        """Abort the long-poll and join the engine's threads (about a second at most)."""
        if self.engine is not None:
            self.engine.stop(timeout=1.0)

    @Slot()
    def nudge(self) -> None:
        if self.engine is not None:
            self.engine.nudge()

    @Slot(str)
    def provide_step_up(self, code: str) -> None:
        if self.engine is not None:
            self.engine.provide_step_up(code)

    @Slot()
    def cancel_step_up(self) -> None:
        if self.engine is not None:
            self.engine.cancel_step_up()

    @Slot(int)
    def resend(self, outbox_id: int) -> None:
        """Queue a failed or conflicting action again (same key; conflicts: current version)."""
        from vipclient.store import outbox as ob

        self._in_background(lambda: self._edit(ob.resend, outbox_id))

    @Slot(int)
    def discard(self, outbox_id: int) -> None:
        """Drop an action that has not reached the server, undoing its local effect."""
        from vipclient.store import outbox as ob

        self._in_background(lambda: self._edit(ob.discard, outbox_id))

    def _edit(self, change: Callable[[Any, int], bool], outbox_id: int) -> bool:
        assert self.cache is not None
        with self.cache.session() as s:
            return change(s, outbox_id)

    def _in_background(self, job: Callable[[], bool]) -> None:
        def run() -> None:
            try:
                changed = job()
            except Exception:
                log.exception("outbox update failed")
                return
            if changed:
                self._bridge.changes_applied({"outbox"})
                self._report_counts()
                self.nudge()

        threading.Thread(target=run, name="sync-outbox-edit", daemon=True).start()

    def _report_counts(self) -> None:
        if self.cache is None:
            return
        from vipclient.store import outbox as ob

        with self.cache.read_session() as s:
            unsent, problems = ob.counts(s)
        self._bridge.outbox_changed(unsent, problems)

    def refresh_counts(self) -> None:
        """Ask for an ``outboxChanged`` now (e.g. after a screen enqueued an action)."""
        self._in_background(lambda: True)
