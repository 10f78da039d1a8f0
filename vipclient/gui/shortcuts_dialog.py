"""The keyboard cheat-sheet (F1 or ``?``): every shortcut of the registry, by where it works,
with a filter to find one by what it does or by its key."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipclient.gui import accessible, shortcuts


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, hidden: Iterable[str] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 640)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find a shortcut by what it does or its key"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Find a shortcut"))
        self.filter.setAccessibleDescription(self.tr(
            "Shows only the shortcuts whose action or key contains the text"))
        self.filter.textChanged.connect(self.apply_filter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsTree")
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setAccessibleDescription(self.tr(
            "Every shortcut, grouped by where it works"))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.empty = QLabel(self.tr("No shortcut matches."))
        self.empty.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        accessible.describe_buttons(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)

        bold = self.tree.font()
        bold.setBold(True)
        self.rows: dict[str, QTreeWidgetItem] = {}
        for _group, members in shortcuts.in_groups(hidden):
            top = QTreeWidgetItem(self.tree, [members[0].display_group()])
            top.setFont(0, bold)
            top.setFirstColumnSpanned(True)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for s in members:
                keys = s.display_keys()
                row = QTreeWidgetItem(top, [s.display_text(), self.tr(", ").join(keys)])
                row.setData(0, Qt.ItemDataRole.UserRole, s.id)
                # A screen reader reads the row as one sentence.
                row.setData(0, Qt.ItemDataRole.AccessibleTextRole, self.tr(
                    "{action}: {keys}").format(action=s.display_text(),
                                              keys=self.tr(" or ").join(keys)))
                self.rows[s.id] = row
        self.tree.expandAll()
        self.filter.setFocus()

    def apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        shown = 0
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            assert top is not None
            visible_children = 0
            for j in range(top.childCount()):
                row = top.child(j)
                assert row is not None
                hay = f"{row.text(0)} {row.text(1)}".casefold()
                hide = bool(needle) and needle not in hay
                row.setHidden(hide)
                visible_children += not hide
            top.setHidden(visible_children == 0)
            shown += visible_children
        self.empty.setVisible(shown == 0)

    def visible_ids(self) -> list[str]:
        return [sid for sid, row in self.rows.items()
                if not row.isHidden() and not (row.parent() and row.parent().isHidden())]
