"""Hands crash reports from any thread to the UI thread, which shows each in a
:class:`~vipclient.gui.crash_dialog.CrashDialog` (imported at the first report: a start
needs the presenter, not the dialog's widgets).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from vipclient.gui.crash_dialog import CrashDialog


class CrashPresenter(QObject):
    """Receives crash reports from any thread and shows them on the UI thread.

    ``vipclient.crash.install(presenter.report_from_any_thread)`` may call back from a worker
    thread; the queued signal carries the report to the thread this object lives in. One
    dialog per report; the application carries on underneath.
    """

    reported = Signal(object)

    def __init__(self, parent_window: Callable[[], QWidget | None] | None = None) -> None:
        super().__init__()
        self._parent_window = parent_window
        self.dialogs: list[CrashDialog] = []
        self.reported.connect(self._show)

    def report_from_any_thread(self, report: Any) -> None:
        self.reported.emit(report)

    @Slot(object)
    def _show(self, report: Any) -> None:
        from vipclient.gui.crash_dialog import CrashDialog

        parent = self._parent_window() if self._parent_window is not None else None
        dialog = CrashDialog(
            str(getattr(report, "summary", report)),
            str(getattr(report, "details", report)),
            getattr(report, "log_path", None),
            parent,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _=None, d=dialog: self._forget(d))
        self.dialogs.append(dialog)
        dialog.show()
        dialog.raise_()

    def _forget(self, dialog: CrashDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
