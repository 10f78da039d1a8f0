"""Someone changed a client's notes or tags before the person's edit arrived (HTTP 412).

The dialog shows both versions side by side and lets the person choose; nothing is
overwritten silently. *Keep mine* sends the person's text again over the server's new version;
*Take theirs* drops the person's edit.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from vipclient.i18n import translate
from vipclient.services.clients import NotesConflict

KEEP_MINE = 1
TAKE_THEIRS = 2


class ConflictDialog(QDialog):
    def __init__(self, conflict: NotesConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice = 0
        self.setWindowTitle(translate("NotesConflict", "Someone else changed this client"))
        intro = QLabel(translate("NotesConflict",
            "Notes or tags of {uid} were changed by someone else while your edit was on its "
            "way. Choose which version to keep."
        ).format(uid=conflict.uid))
        intro.setWordWrap(True)
        self.mine = QPlainTextEdit(conflict.mine_notes)
        self.mine.setReadOnly(True)
        self.theirs = QPlainTextEdit(conflict.server_notes)
        self.theirs.setReadOnly(True)
        self.mine_tags = QLabel(translate(
            "NotesConflict", "Tags: {t}").format(t=", ".join(conflict.mine_tags) or "—"))
        self.theirs_tags = QLabel(
            translate("NotesConflict", "Tags: {t}").format(t=", ".join(conflict.server_tags) or "—")
        )
        buttons = QDialogButtonBox()
        self.keep_button = buttons.addButton(translate("NotesConflict", "Keep mine"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_button = buttons.addButton(translate("NotesConflict", "Take theirs"),
                                             QDialogButtonBox.ButtonRole.DestructiveRole)
        self.later_button = buttons.addButton(translate("NotesConflict", "Decide later"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.clicked.connect(lambda: self._choose(KEEP_MINE))
        self.take_button.clicked.connect(lambda: self._choose(TAKE_THEIRS))
        self.later_button.clicked.connect(self.reject)
        grid = QGridLayout(self)
        grid.addWidget(intro, 0, 0, 1, 2)
        grid.addWidget(QLabel(translate("NotesConflict", "<b>Your version</b>")), 1, 0)
        grid.addWidget(QLabel(translate("NotesConflict", "<b>On the server now</b>")), 1, 1)
        grid.addWidget(self.mine, 2, 0)
        grid.addWidget(self.theirs, 2, 1)
        grid.addWidget(self.mine_tags, 3, 0)
        grid.addWidget(self.theirs_tags, 3, 1)
        grid.addWidget(buttons, 4, 0, 1, 2)
        self.resize(720, 360)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()
