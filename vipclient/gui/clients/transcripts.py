"""Transcripts on a client's profile: export chosen tickets as PDF or JSON (recorded with the
platform, behind a fresh code, before the file is written), the list of this client's
exports, and "Check a file…", which says which export a handed-back file is — or that it
matches none.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipclient.gui import locale_format

if TYPE_CHECKING:
    from vipclient.services.context import AppContext
    from vipclient.services.transcripts import TranscriptsService

EXPORTER_ROLES = ("account_manager", "supervisor")


def _service(ctx: AppContext) -> TranscriptsService:
    from vipclient.services.transcripts import TranscriptsService

    return ctx.session_service("transcripts", lambda: TranscriptsService(ctx.cache))


def _stamp(at: str) -> str:
    return locale_format.date_time(at) if at else ""


class ExportDialog(QDialog):
    """Choose tickets (all by default), format, internal notes and a reason; export."""

    exported = Signal(object)  # the platform's record of the export
    finishedWork = Signal()  # the export ended, written or not (tests wait for it)

    def __init__(self, ctx: AppContext, uid: str, client_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._uid = uid
        self._data: bytes | None = None
        self._record: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Export transcript — {name}").format(name=client_name))
        self.resize(640, 620)

        self.tickets = QListWidget()
        self.tickets.setAccessibleName(self.tr("Tickets to export"))
        for t in _service(ctx).tickets(uid):
            day = locale_format.date_only(str(t["created_at"] or ""))
            item = QListWidgetItem(f"{t['id']} · {day} · "
                                   f"{t['subject']}")
            item.setData(Qt.ItemDataRole.UserRole, t["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.tickets.addItem(item)
        all_button = QPushButton(self.tr("All"))
        all_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        none_button = QPushButton(self.tr("None"))
        none_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("File format"))
        self.format.addItem(self.tr("PDF document"), "pdf")
        self.format.addItem(self.tr("JSON data"), "json")
        self.notes = QComboBox()
        self.notes.setAccessibleName(self.tr("Internal notes"))
        self.notes.addItem(self.tr("Include them, marked as internal"), "marked")
        self.notes.addItem(self.tr("Leave them out"), "left out")
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason for the export"))
        self.reason.setPlaceholderText(self.tr("Why this transcript leaves the desk (the "
                                               "client's request, a compliance case…)"))
        self.reason.setMaximumHeight(90)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File to write"))
        self.path.setText(str(self._default_path()))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_path)
        self.format.currentIndexChanged.connect(lambda _=0: self._fix_suffix())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Export status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Record and export"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setToolTip(self.tr("Records the export with the platform (a fresh "
                                              "code is asked for), then writes the file"))
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._validate)
        self.tickets.itemChanged.connect(lambda _item: self._validate())

        pick = QHBoxLayout()
        pick.addWidget(all_button)
        pick.addWidget(none_button)
        pick.addStretch(1)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Internal notes"), self.notes)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("File"), where)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tickets")))
        layout.addWidget(self.tickets, 1)
        layout.addLayout(pick)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._validate()

    # -- choices -------------------------------------------------------------------------------

    def chosen(self) -> list[str]:
        return [str(self.tickets.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.tickets.count())
                if self.tickets.item(i).checkState() == Qt.CheckState.Checked]

    def _check_all(self, state: Qt.CheckState) -> None:
        for i in range(self.tickets.count()):
            self.tickets.item(i).setCheckState(state)

    def _validate(self) -> None:
        from vipclient.services.transcripts import REASON_MAX, REASON_MIN

        reason = len(self.reason.toPlainText().strip())
        ok = bool(self.chosen()) and REASON_MIN <= reason <= REASON_MAX
        self.export_button.setEnabled((ok and self._record is None) or self._data is not None)
        if not self.chosen():
            self.status.setText(self.tr("Choose at least one ticket."))
        elif not REASON_MIN <= reason <= REASON_MAX:
            self.status.setText(self.tr("Write a reason of {a} to {b} characters.").format(
                a=REASON_MIN, b=REASON_MAX))
        elif self._record is None:
            self.status.setText("")

    def _default_path(self) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return Path(folder) / f"transcript-{self._uid}-{datetime.now():%Y%m%d-%H%M}.pdf"

    def _fix_suffix(self) -> None:
        path = Path(self.path.text())
        self.path.setText(str(path.with_suffix("." + str(self.format.currentData()))))

    def _choose_path(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export transcript"),
                                                self.path.text())
        if chosen:
            self.path.setText(chosen)
            self._fix_suffix()

    # -- the export ----------------------------------------------------------------------------

    def export(self) -> None:
        """Read what the cache lacks, make the file, record it (step-up), then write it.
        After a failed write, the same bytes (already recorded) are written again."""
        if self._record is not None and self._data is not None:
            self._write()
            return
        runner = self._ctx.services.get("online")
        if runner is None or not runner.connected:
            self._say(self.tr("VIP Desk is not connected to the platform: an export must be "
                              "recorded there first. Try again when online."))
            return
        from vipclient.services.transcripts import read_messages

        ids = self.chosen()
        missing = _service(self._ctx).to_read_online(ids)
        self._busy(self.tr("Reading threads from the platform ({n})…").format(n=len(missing))
                   if missing else self.tr("Making the file…"))
        runner.call(lambda online: read_messages(online, missing) if missing else {},
                    lambda read: self._make(ids, read), self._failed, owner=self)

    def _make(self, ids: list[str], read: dict[str, list[dict[str, Any]]]) -> None:
        from vipclient.services.transcripts import record_command, sha256_hex, to_json

        transcript = _service(self._ctx).build(
            self._uid, ids, internal_notes=str(self.notes.currentData()), read_online=read,
            now=self._ctx.now(), exported_by=self._ctx.me.display_name,
            system_label=self.tr("System"))
        fmt = str(self.format.currentData())
        if fmt == "pdf":
            from vipclient.gui.clients.transcript_pdf import render_pdf

            data = render_pdf(transcript)
        else:
            data = to_json(transcript)
        self._data = data
        digest = sha256_hex(data)
        self._busy(self.tr("Recording the export with the platform…"))
        self._ctx.services["online"].send(
            record_command(self._uid, ids, fmt, digest, self.reason.toPlainText()),
            self._recorded, self._failed, owner=self)

    def _recorded(self, answer: Any) -> None:
        self._record = dict(answer.json or {})
        self._write()

    def _write(self) -> None:
        from vipclient.services.transcripts import save

        data, path = self._data, Path(self.path.text()).expanduser()
        assert data is not None
        self._busy(self.tr("Writing the file…"))
        self._ctx.run_in_background(lambda: save(path, data), self._written,
                                    self._write_failed, self)

    def _written(self, path: Path) -> None:
        record = self._record or {}
        self._say(self.tr("Written to {path}.\nRecorded as export {id}.\nSHA-256: {sha}").format(
            path=path, id=record.get("id", "?"), sha=record.get("sha256", "")))
        self._data = None
        self.export_button.setEnabled(False)
        self.exported.emit(record)
        self.finishedWork.emit()

    def _write_failed(self, exc: BaseException) -> None:
        record = self._record or {}
        self._say(self.tr("The export was recorded ({id}) but the file could not be written "
                          "({reason}). Choose another place and press the button again: the "
                          "same file is written.").format(
            id=record.get("id", "?"), reason=getattr(exc, "strerror", None) or exc))
        self.export_button.setText(self.tr("Write the file again"))
        self.export_button.setEnabled(True)
        self.finishedWork.emit()

    def _failed(self, exc: BaseException) -> None:
        self._data = None
        text = getattr(exc, "user_message", None) or str(exc)
        self._say(self.tr("Nothing was exported: {reason}").format(reason=text))
        self._validate()
        self.finishedWork.emit()

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        self.export_button.setEnabled(False)

    def _say(self, text: str) -> None:
        self.status.setText(text)


class TranscriptsBox(QGroupBox):
    """The profile's transcripts: this client's exports (read from the platform), export,
    and check a file."""

    checked = Signal(str)  # the answer of "Check a file…" (tests wait for it)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Transcripts"))
        self._ctx = ctx
        self._uid: str | None = None
        self._name = ""
        self._exports: list[dict[str, Any]] = []
        self.dialog: ExportDialog | None = None

        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Transcript exports of this client"))
        self.list.setAccessibleDescription(self.tr(
            "Each export: when, by whom, which tickets, the format and the file's SHA-256"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("When"), self.tr("By"), self.tr("Tickets"),
                                   self.tr("Format"), self.tr("SHA-256")])
        self.list.setMinimumHeight(110)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Export transcript…"))
        can_export = any(ctx.me.has_role(r) for r in EXPORTER_ROLES)
        self.export_button.setEnabled(can_export)
        if not can_export:
            self.export_button.setToolTip(self.tr("Account managers and supervisors export "
                                                  "transcripts"))
        self.export_button.clicked.connect(self.open_export)
        self.export_button.setAccessibleDescription(self.tr(
            "Records an export with the platform and writes the transcript to a file"))
        self.check_button = QPushButton(self.tr("Check a file…"))
        self.check_button.setToolTip(self.tr("Say which export a file handed back is, or that "
                                             "it matches none"))
        self.check_button.clicked.connect(lambda: self.check_file())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh_button.setAccessibleDescription(self.tr(
            "Reads this client's exports from the platform again"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def set_client(self, uid: str, name: str) -> None:
        if uid != self._uid:
            self._uid, self._name = uid, name
            self._exports = []
            self.list.clear()
            self.note.clear()
            self.refresh()

    def exports(self) -> list[dict[str, Any]]:
        return list(self._exports)

    def refresh(self) -> None:
        from vipclient.services.transcripts import exports_path

        uid = self._uid
        runner = self._ctx.services.get("online")
        if uid is None:
            return
        if runner is None or not runner.connected:
            self.note.setText(self.tr("The exports are read from the platform; VIP Desk is "
                                      "not connected yet."))
            return
        runner.call(lambda online: [e for page in online.pages(exports_path(uid))
                                    for e in page],
                    lambda exports: self._show(uid, exports),
                    lambda exc: self.note.setText(getattr(exc, "user_message", None)
                                                  or str(exc)), owner=self)

    def _show(self, uid: str, exports: list[dict[str, Any]]) -> None:
        if uid != self._uid:
            return
        self._exports = exports
        names = _service(self._ctx).staff_names()
        self.list.clear()
        for e in exports:
            row = QTreeWidgetItem([
                _stamp(str(e.get("created_at") or "")),
                names.get(str(e.get("exported_by")), str(e.get("exported_by") or "")),
                ", ".join(e.get("ticket_ids") or []), str(e.get("format") or "").upper(),
                str(e.get("sha256") or "")[:16] + "…",
            ])
            row.setToolTip(4, str(e.get("sha256") or ""))
            self.list.addTopLevelItem(row)
        if not exports:
            self.note.setText(self.tr("No transcript of this client has been exported."))
        self.loaded.emit()

    def open_export(self) -> ExportDialog | None:
        if self._uid is None:
            return None
        self.dialog = ExportDialog(self._ctx, self._uid, self._name, self)
        self.dialog.exported.connect(lambda _record: self.refresh())
        self.dialog.show()
        return self.dialog

    def check_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Check a transcript file"))
            if not path:
                return
        from vipclient.services.transcripts import file_sha256

        file = Path(path)
        self.note.setText(self.tr("Checking {name}…").format(name=file.name))
        self._ctx.run_in_background(lambda: file_sha256(file),
                                    lambda sha: self._checked(file, sha),
                                    lambda exc: self._say_checked(self.tr(
                                        "{name} could not be read: {reason}").format(
                                        name=file.name,
                                        reason=getattr(exc, "strerror", None) or exc)), self)

    def _checked(self, file: Path, sha: str) -> None:
        from vipclient.services.transcripts import find_export

        found = find_export(sha, self._exports)
        if found is None:
            self._say_checked(self.tr(
                "{name} matches none of this client's exports (SHA-256 {sha}): it was changed "
                "after the export, or it is not a transcript this desk exported.").format(
                name=file.name, sha=sha))
            return
        names = _service(self._ctx).staff_names()
        self._say_checked(self.tr(
            "{name} is export {id} of {when} by {who} (tickets {tickets}); its SHA-256 "
            "matches: {sha}.").format(
            name=file.name, id=found.get("id"), when=_stamp(str(found.get("created_at") or "")),
            who=names.get(str(found.get("exported_by")), found.get("exported_by")),
            tickets=", ".join(found.get("ticket_ids") or []), sha=sha))

    def _say_checked(self, text: str) -> None:
        self.note.setText(text)
        self.checked.emit(text)
