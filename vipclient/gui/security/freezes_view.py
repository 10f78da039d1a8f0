"""Active freezes, and lifting one under dual control.

Each active freeze with its scopes, reason and age, and the request to lift it when one waits.
One officer asks (*Request unfreeze…*, with a reason), a **different** officer approves: the
desk disables *Approve* for the officer who asked and says why (the server refuses it anyway).
Asking and approving each need a fresh code (the online road asks for it); a rejection only
needs the role. The server's answers are stored at once, as for a freeze.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipclient.domain.freezes import unfreeze_reason_problem
from vipclient.gui import shortcuts, theme
from vipclient.gui.security import services, words
from vipclient.gui.security.note_dialog import ask_note

if TYPE_CHECKING:
    from vipclient.services.context import AppContext
    from vipclient.services.security import Confirmed
    from vipclient.store.freeze_queries import ActiveFreezeItem

NoteAsker = Callable[[str, str, str, Callable[[str], str | None]], str | None]


class FreezesView(QWidget):
    openClientRequested = Signal(str)
    finished = Signal(object)  # a Confirmed, or the exception that stopped an action

    CLIENT, SCOPES, REASON, AGE, BY, LIFTING = range(6)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._items: dict[str, ActiveFreezeItem] = {}
        self._busy = False
        self.ask_note: NoteAsker = lambda title, prompt, ok, rule: ask_note(
            self, title, prompt, ok, rule)
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Active freezes"))
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels([self.tr("Client"), self.tr("Frozen"), self.tr("Reason"),
                                    self.tr("For"), self.tr("Frozen by"), self.tr("Lifting")])
        for column, width in enumerate((220, 200, 150, 80, 120)):
            self.table.setColumnWidth(column, width)
        self.table.currentItemChanged.connect(lambda *_: self._enable())
        self.table.itemActivated.connect(
            lambda item, _c: self.openClientRequested.emit(self._client_of(item)))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why = QLabel()
        self.why.setWordWrap(True)
        theme.style(self.why, "color: {muted_fg};")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.request_button = QPushButton(self.tr("&Request unfreeze…"))
        shortcuts.assign(self.request_button, "security.lift")
        self.request_button.setToolTip(self.tr("Ask a second officer to lift this freeze "
                                               "(Ctrl+Shift+U)"))
        self.request_button.clicked.connect(self.request_unfreeze)
        self.approve_button = QPushButton(self.tr("A&pprove lifting"))
        self.approve_button.clicked.connect(lambda: self.decide("approve"))
        self.reject_button = QPushButton(self.tr("Re&ject"))
        self.reject_button.clicked.connect(lambda: self.decide("reject"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.request_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addWidget(self.why)
        layout.addWidget(self.status)
        self._enable()

    # --- the list -----------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.current()
        chosen = current.id if current is not None else None
        items = services.security(self._ctx).active_freezes()
        self._items = {f.id: f for f in items}
        now = self._ctx.now()
        self.table.clear()
        for f in items:
            lifting = ""
            if f.unfreeze is not None:
                lifting = self.tr("{who} asked: {reason}").format(
                    who=f.unfreeze.requester_name, reason=f.unfreeze.reason)
            row = QTreeWidgetItem([
                f"{f.client_name} ({f.client_uid})", words.words(f.scopes),
                words.word(f.reason_code), words.age(f.created_at, now), f.created_by_name,
                lifting,
            ])
            row.setData(0, Qt.ItemDataRole.UserRole, f.id)
            row.setToolTip(self.LIFTING, lifting)
            self.table.addTopLevelItem(row)
            if f.id == chosen or (chosen is None and self.table.topLevelItemCount() == 1):
                self.table.setCurrentItem(row)
        self._enable()

    def count(self) -> int:
        return len(self._items)

    def current(self) -> ActiveFreezeItem | None:
        item = self.table.currentItem()
        if item is None:
            return None
        return self._items.get(str(item.data(0, Qt.ItemDataRole.UserRole)))

    def select_freeze(self, freeze_id: str) -> bool:
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == freeze_id:
                self.table.setCurrentItem(item)
                return True
        return False

    def _client_of(self, item: QTreeWidgetItem) -> str:
        f = self._items.get(str(item.data(0, Qt.ItemDataRole.UserRole)))
        return f.client_uid if f is not None else ""

    def _enable(self) -> None:
        f = self.current()
        officer = self._ctx.me.has_role("security_officer")
        pending = f.unfreeze if f is not None else None
        mine = pending is not None and pending.requester_id == self._ctx.me.id
        free = not self._busy and officer
        self.request_button.setEnabled(free and f is not None and pending is None)
        self.approve_button.setEnabled(free and pending is not None and not mine)
        self.reject_button.setEnabled(free and pending is not None)
        if f is None:
            self.detail.setText(self.tr("Choose a freeze to see it and lift it."))
        else:
            text = self.tr("{name} ({uid}) frozen since {since} by {by}: {scopes} — "
                           "{reason}").format(
                name=f.client_name, uid=f.client_uid, since=words.local_stamp(f.created_at),
                by=f.created_by_name, scopes=words.words(f.scopes), reason=words.word(
                    f.reason_code))
            self.detail.setText(text + (f"\n{f.note}" if f.note else ""))
        if not officer:
            why = self.tr("Only security officers lift freezes.")
        elif mine:
            why = self.tr("You asked to lift this freeze, so another security officer must "
                          "approve it (dual control). You can still withdraw it with Reject.")
        elif pending is not None:
            why = self.tr("{who} asked to lift this freeze; approving needs a fresh code.").format(
                who=pending.requester_name)
        else:
            why = ""
        self.why.setText(why)
        self.approve_button.setToolTip(why if mine else "")

    # --- actions (the online road) -------------------------------------------------------------

    def request_unfreeze(self) -> None:
        f = self.current()
        if f is None or not self.request_button.isEnabled():
            return

        def rule(text: str) -> str | None:
            if unfreeze_reason_problem(text) is None:
                return None
            return self.tr("Write a reason of 10 to 2000 characters.")

        reason = self.ask_note(
            self.tr("Request unfreeze"),
            self.tr("Why may {name} ({uid}) be unfrozen? A second security officer reads this "
                    "before approving.").format(name=f.client_name, uid=f.client_uid),
            self.tr("Request"), rule)
        if reason is None:
            return
        security = services.security(self._ctx)
        command = security.unfreeze_request_command(
            f.id, reason, self.tr("Ask to lift the freeze of {name} ({uid})").format(
                name=f.client_name, uid=f.client_uid))
        self._run(lambda online: security.request_unfreeze(online, command),
                  self.tr("Asking to lift the freeze…"))

    def decide(self, verdict: str) -> None:
        f = self.current()
        pending = f.unfreeze if f is not None else None
        button = self.approve_button if verdict == "approve" else self.reject_button
        if f is None or pending is None or not button.isEnabled():
            return
        security = services.security(self._ctx)
        what = (self.tr("Lift the freeze of {name} ({uid})") if verdict == "approve"
                else self.tr("Keep the freeze of {name} ({uid})")).format(
            name=f.client_name, uid=f.client_uid)
        command = security.decision_command(pending.id, verdict, "", what)
        self._run(lambda online: security.decide_unfreeze(online, command),
                  self.tr("Sending your decision…"))

    def _run(self, work: Callable[[Any], Confirmed], pending_text: str) -> None:
        from vipclient.services.online import NotConnected

        self._busy = True
        self._enable()
        self.status.setText(pending_text)
        theme.style(self.status, "color: {pending_fg};")
        runner = services.online(self._ctx)
        if runner is None:
            self._failed(NotConnected())
            return
        runner.call(work, self._done, self._failed, owner=self)

    def _done(self, confirmed: Confirmed) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        status = str(confirmed.data.get("status") or "")
        text = {
            "pending": self.tr("Asked at {time}: another security officer must approve."),
            "approved": self.tr("Lifted at {time}: the client is no longer frozen."),
            "rejected": self.tr("Rejected at {time}: the freeze stays."),
        }.get(status, self.tr("Done at {time}."))
        self.status.setText(text.format(time=words.local_stamp(confirmed.at)))
        theme.style(self.status, "color: {live};")
        services.announce_changes(self._ctx, {"unfreeze_request", "freeze", "client"})
        self.refresh()
        self.finished.emit(confirmed)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        reason = getattr(exc, "user_message", None) or str(exc) or type(exc).__name__
        self.status.setText(self.tr("Nothing changed: {reason}").format(reason=reason))
        theme.style(self.status, "color: {failed_fg}; font-weight: 600;")
        self._enable()
        self.finished.emit(exc)
