"""An IP whitelist edited as a list: add, remove, paste many lines at once; each network is
checked as it is typed (``domain.networks``), and the change against the client's present list
is shown as networks added and removed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipclient.domain.networks import check_whitelist, diff_whitelists
from vipclient.gui import shortcuts, theme
from vipclient.gui.requests.compare import whitelist_change


class WhitelistEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current: tuple[str, ...] = ()
        self.list = QListWidget()
        self.list.setObjectName("whitelist")
        self.list.setAccessibleName(self.tr("IP whitelist"))
        self.list.setAccessibleDescription(self.tr(
            "The addresses and networks the client's API keys may call from; Delete removes"
            " the selected one"))
        self.list.setMaximumHeight(150)
        self.list.itemChanged.connect(lambda _i: self._edited())
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Network to add, e.g. 203.0.113.0/24"))
        self.entry.setAccessibleName(self.tr("Network to add"))
        self.entry.returnPressed.connect(self.add_typed)
        self.entry.textEdited.connect(self._typing)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_typed)
        self.add_button.setAccessibleDescription(self.tr("Adds the network typed beside"))
        self.entry.setAccessibleDescription(self.tr(
            "An IPv4 or IPv6 address or network, such as 203.0.113.0/24"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected network"))
        self.remove_button.setAccessibleDescription(self.tr(
            "Takes the selected network off the whitelist"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.paste_button = QPushButton(self.tr("Paste lines"))
        self.paste_button.setToolTip(self.tr("Add every line of the clipboard as a network"))
        self.paste_button.clicked.connect(self.paste_clipboard)
        shortcuts.bind("form.remove_network", self.list, self.remove_selected)
        self.typing_note = QLabel()
        self.typing_note.setWordWrap(True)
        theme.style(self.typing_note, "QLabel {{ color: {muted_fg}; }}")
        self.problems = QLabel()
        self.problems.setObjectName("whitelistProblems")
        self.problems.setWordWrap(True)
        theme.style(self.problems, "QLabel {{ color: {failed_fg}; }}")
        self.diff = QLabel()
        self.diff.setObjectName("whitelistDiff")
        self.diff.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.paste_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.typing_note)
        layout.addWidget(self.problems)
        layout.addWidget(self.diff)
        self.typing_note.hide()
        self.problems.hide()

    # --- the list ---

    def entries(self) -> list[str]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item is not None:
                out.append(item.text())
        return out

    def set_entries(self, entries: Sequence[str], current: Sequence[str] | None = None) -> None:
        if current is not None:
            self._current = tuple(current)
        self.list.blockSignals(True)
        self.list.clear()
        for text in entries:
            self._append(text)
        self.list.blockSignals(False)
        self._edited()

    def _append(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)

    def add_lines(self, text: str) -> int:
        lines = [line.strip() for line in text.replace(",", "\n").splitlines() if line.strip()]
        self.list.blockSignals(True)
        for line in lines:
            self._append(line)
        self.list.blockSignals(False)
        self._edited()
        return len(lines)

    def add_typed(self) -> None:
        if self.add_lines(self.entry.text()):
            self.entry.clear()
            self._typing("")

    def paste_clipboard(self) -> None:
        self.add_lines(QGuiApplication.clipboard().text())

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._edited()

    # --- checking ---

    def _typing(self, text: str) -> None:
        """The network being typed, checked before it is added."""
        if not text.strip():
            self.typing_note.clear()
        else:
            checked = check_whitelist([text])
            self.typing_note.setText(checked.problems[0].message if checked.problems else
                                     self.tr("A network: press Enter to add it."))
        self.typing_note.setVisible(bool(self.typing_note.text()))

    def _edited(self) -> None:
        entries = self.entries()
        diff = diff_whitelists(self._current, entries)
        self.diff.setText(self.tr("Against the client's list now: {change}").format(
            change=whitelist_change(diff.added, diff.removed)) if diff.changed else
            self.tr("The same networks as the client's list now."))
        self.changed.emit()

    def show_problems(self, problems: Mapping[str, str]) -> None:
        """Colour each refused entry and list the messages (``ip_whitelist[i]`` by entry,
        ``ip_whitelist`` for the list as a whole)."""
        c = theme.colors()
        lines: list[str] = []
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item is None:
                continue
            message = problems.get(f"ip_whitelist[{i}]")
            item.setForeground(QBrush(QColor(c.failed_fg)) if message else QBrush())
            item.setToolTip(message or "")
            if message:
                lines.append(self.tr("{network}: {message}").format(network=item.text(),
                                                                     message=message))
        self.list.blockSignals(False)
        # A problem of the list as a whole stands under the field, like any field's.
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))
