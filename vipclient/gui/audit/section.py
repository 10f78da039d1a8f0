"""The Audit section (supervisors and security officers): the platform's audit log paged into
the cache, filtered by who, action, target and time, each entry in words; **Verify** checks the
whole chain with the one verifier (``vipclient.domain.audit``) and the pin kept outside the
cache, and selects the entry that breaks it; the filtered view exports to CSV and the whole
chain to JSON Lines exactly as served (what ``vipclient audit verify`` reads).

Everything slow runs off the UI thread: the list's query, paging the log in, verifying,
writing the exports. The model holds only the entries' numbers (``AuditModel``).
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipclient.gui import shortcuts, theme
from vipclient.gui.audit.model import AuditModel, sentence
from vipclient.gui.audit.verdict import Said, pin_text, say
from vipclient.gui.security import services, words
from vipclient.gui.views import list_and_detail, row_table, select_row
from vipclient.store.audit_queries import AuditFilter, AuditLine

if TYPE_CHECKING:
    from vipclient.services.audit import AuditService, Verdict
    from vipclient.services.context import AppContext

FILTER_DEBOUNCE_MS = 250
BANNER = {
    "ok": "QLabel {{ background: {pending_bg}; color: {live}; padding: 6px; "
          "border-radius: 4px; }}",
    "info": "QLabel {{ background: {pending_bg}; color: {pending_fg}; padding: 6px; "
            "border-radius: 4px; }}",
    "broken": "QLabel {{ background: {failed_bg}; color: {failed_fg}; font-weight: 600; "
              "padding: 6px; border-radius: 4px; }}",
    "alarm": "QLabel {{ background: {frozen_bg}; color: {frozen_fg}; font-weight: 700; "
             "padding: 8px; border-radius: 4px; }}",
}


def _stored(moment: QDateTime) -> str:
    """A picked local date and time as the cache stores times (UTC, ``…Z``)."""
    utc = datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")


class AuditSection(QWidget):
    refreshed = Signal()  # a new list is shown (tests wait for it)
    verified = Signal(object)  # the Verdict, once shown
    pulled = Signal(int)  # so many entries came from the server
    exported = Signal(object)  # (path, rows) of a finished export, or the exception

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._audit: AuditService = services.audit(ctx)
        self._generation = itertools.count(1)
        self._latest = 0
        self._pending_select: int | None = None
        self._busy: set[str] = set()
        self.verdict: Verdict | None = None

        # -- actions --
        self.pull_button = QPushButton(self.tr("&Get new entries"))
        self.pull_button.setToolTip(self.tr("Page in the entries the server added (F5)"))
        self.pull_button.clicked.connect(self.pull)
        shortcuts.bind("audit.refresh", self, self.pull)
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.setToolTip(self.tr(
            "Recompute the whole chain and check it against the pin kept on this computer "
            "(Ctrl+Shift+V)"))
        shortcuts.assign(self.verify_button, "audit.verify")
        self.verify_button.clicked.connect(self.verify)
        self.csv_button = QPushButton(self.tr("Export view (&CSV)…"))
        self.csv_button.setToolTip(self.tr("The entries listed now, with their words"))
        self.csv_button.clicked.connect(self._ask_csv)
        self.jsonl_button = QPushButton(self.tr("Export chain (&JSON Lines)…"))
        self.jsonl_button.setToolTip(self.tr(
            "Every entry exactly as served, for 'vipclient audit verify'"))
        self.jsonl_button.clicked.connect(self._ask_jsonl)
        self.count_label = QLabel()
        actions = QHBoxLayout()
        for button in (self.pull_button, self.verify_button, self.csv_button,
                       self.jsonl_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setAccessibleName(self.tr("Verification"))
        self._said: Said | None = None
        theme.follow_theme(self.banner, self._style_banner)

        # -- filters --
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DEBOUNCE_MS)
        self._filter_timer.timeout.connect(self.refresh)
        self.actor = QComboBox()
        self.actor.setAccessibleName(self.tr("Who"))
        self.actor.setMinimumContentsLength(14)
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Action"))
        self.action.setMinimumContentsLength(16)
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("Target"))
        self.target.setPlaceholderText(self.tr("uid, ticket, request…"))
        self.target.setClearButtonEnabled(True)
        shortcuts.bind("audit.find_target", self, self.target.setFocus)
        self.since_on = QCheckBox(self.tr("From"))
        self.until_on = QCheckBox(self.tr("to"))
        now = QDateTime.currentDateTime()
        self.since = QDateTimeEdit(now.addDays(-7))
        self.until = QDateTimeEdit(now.addDays(1))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setEnabled(False)
            edit.dateTimeChanged.connect(lambda _v: self._filter_timer.start())
        self.since.setAccessibleName(self.tr("From"))
        self.until.setAccessibleName(self.tr("Until"))
        self.since_on.toggled.connect(self.since.setEnabled)
        self.until_on.toggled.connect(self.until.setEnabled)
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.actor.currentIndexChanged.connect(lambda _i: self._filter_timer.start())
        self.action.currentIndexChanged.connect(lambda _i: self._filter_timer.start())
        self.target.textChanged.connect(lambda _t: self._filter_timer.start())
        for box in (self.since_on, self.until_on):
            box.toggled.connect(lambda _on: self._filter_timer.start())
        # Two rows: one row of every filter would make the window wider than a laptop's.
        filters = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        row_one: tuple[QWidget, ...] = (QLabel(self.tr("Who")), self.actor,
                                        QLabel(self.tr("Action")), self.action)
        for widget in row_one:
            first.addWidget(widget)
        first.addWidget(QLabel(self.tr("Target")))
        first.addWidget(self.target, 1)
        row_two: tuple[QWidget, ...] = (self.since_on, self.since, self.until_on, self.until)
        for widget in row_two:
            second.addWidget(widget)
        second.addStretch(1)
        second.addWidget(self.clear_button)
        filters.addLayout(first)
        filters.addLayout(second)
        self._fill_choices([], [])

        # -- the log --
        self.model = AuditModel(self._fetch, self)
        self.table = row_table(self.model, self.tr("Audit log"), (60, 150, 120, 150, 100))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        # -- the chosen entry --
        self.detail = QWidget()
        self.entry_words = QLabel()
        self.entry_words.setWordWrap(True)
        self.entry_words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.entry_words.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.entry_words.setFont(font)
        self.entry_mark = QLabel()
        self.entry_mark.setWordWrap(True)
        self.entry_mark.hide()
        self.fields = QFormLayout()
        self.field_labels: dict[str, QLabel] = {}
        for key, title in (("seq", self.tr("Entry")), ("at", self.tr("Time")),
                           ("actor", self.tr("Who")), ("action", self.tr("Action")),
                           ("target", self.tr("Target")), ("prev_hash", self.tr("Previous hash")),
                           ("hash", self.tr("Hash"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.field_labels[key] = value
            self.fields.addRow(title, value)
        self.details_text = QPlainTextEdit()
        self.details_text.setReadOnly(True)
        self.details_text.setAccessibleName(self.tr("Details as served"))
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.entry_words)
        detail_layout.addWidget(self.entry_mark)
        detail_layout.addLayout(self.fields)
        detail_layout.addWidget(QLabel(self.tr("Details as served")))
        detail_layout.addWidget(self.details_text, 1)

        split = list_and_detail([filters, self.table], self.detail, (820, 460))
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)

        self._say(Said("info", pin_text(self._audit.pinned())))
        self.show_entry(None)
        signal = getattr(ctx.sync, "changesApplied", None)
        if signal is not None:
            signal.connect(self._on_changes)
        self._load_choices()
        self.refresh()
        QTimer.singleShot(0, self.pull)  # the log is read from the server when first shown

    # --- the list ------------------------------------------------------------------------------

    def _fetch(self, ids: Any) -> dict[str, AuditLine]:
        found = self._audit.lines([int(i) for i in ids])
        return {str(seq): line for seq, line in found.items()}

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            actor=self.actor.currentData() or None,
            target=self.target.text().strip() or None,
            action=self.action.currentData() or None,
            since=_stored(self.since.dateTime()) if self.since_on.isChecked() else None,
            until=_stored(self.until.dateTime()) if self.until_on.isChecked() else None,
        )

    def refresh(self) -> None:
        """Read the list again off the UI thread; only the newest answer is shown."""
        self._filter_timer.stop()
        generation = self._latest = next(self._generation)
        filt, audit = self.current_filter(), self._audit
        self._ctx.run_in_background(
            lambda: (audit.seqs(filt), audit.count()),
            lambda found: self._show(generation, *found), self._failed_quietly, self)

    def _show(self, generation: int, seqs: list[int], total: int) -> None:
        if not shiboken6.isValid(self) or generation != self._latest:
            return
        shown = self.shown_seq()
        self.model.replace_ids([str(s) for s in seqs])
        self.count_label.setText(self.tr("{n} of %Ln entries", "", total).format(
            n=self.locale().toString(len(seqs))))
        wanted = self._pending_select if self._pending_select is not None else shown
        self._pending_select = None
        row = self._row_for(wanted) if wanted is not None else -1
        if row >= 0:
            listed = int(self.model.ids()[row])
            if wanted is not None and listed != wanted and self.model.marked() == wanted:
                # A missing entry has no row: the one after the gap carries its mark.
                self.model.set_mark(listed, self.model.mark_of(wanted))
            select_row(self.table, row)
        elif seqs:
            select_row(self.table, 0)
        else:
            self.show_entry(None)
        self.refreshed.emit()

    def _row_for(self, seq: int) -> int:
        """The row of ``seq``, or for a missing entry the one listed after it (the next
        number up: the list is newest first)."""
        row = self.model.row_of(str(seq))
        if row >= 0:
            return row
        ids = self.model.ids()
        for at in range(len(ids) - 1, -1, -1):  # oldest first
            if int(ids[at]) > seq:
                return at
        return -1

    def clear_filters(self) -> None:
        for widget in (self.actor, self.action, self.target, self.since_on, self.until_on):
            widget.blockSignals(True)
        self.actor.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.target.clear()
        self.since_on.setChecked(False)
        self.until_on.setChecked(False)
        self.since.setEnabled(False)
        self.until.setEnabled(False)
        for widget in (self.actor, self.action, self.target, self.since_on, self.until_on):
            widget.blockSignals(False)
        self.refresh()

    def _load_choices(self) -> None:
        audit = self._audit
        self._ctx.run_in_background(
            lambda: (audit.filter_values(), audit.staff_names()),
            lambda found: self._choices_loaded(*found), self._failed_quietly, self)

    def _choices_loaded(self, values: tuple[list[tuple[str, str]], list[str]],
                        names: dict[str, str]) -> None:
        if not shiboken6.isValid(self):
            return
        self.model.set_names(names)
        self._fill_choices(*values)

    def _fill_choices(self, actors: list[tuple[str, str]], actions: list[str]) -> None:
        """The filter menus from what the cached log holds; the choices made stay."""
        actor, action = self.actor.currentData(), self.action.currentData()
        for combo in (self.actor, self.action):
            combo.blockSignals(True)
            combo.clear()
        self.actor.addItem(self.tr("Anyone"), "")
        for staff_id, name in actors:
            self.actor.addItem(f"{name} ({staff_id})", staff_id)
        self.action.addItem(self.tr("Any action"), "")
        families = sorted({a.split(".", 1)[0] + "." for a in actions if "." in a})
        for family in families:
            self.action.addItem(self.tr("{family}* (all)").format(family=family), family)
        for name in actions:
            self.action.addItem(name, name)
        for combo, value in ((self.actor, actor), (self.action, action)):
            at = combo.findData(value) if value else 0
            combo.setCurrentIndex(max(0, at))
            combo.blockSignals(False)

    # --- the chosen entry ----------------------------------------------------------------------

    def shown_seq(self) -> int | None:
        index = self.table.currentIndex()
        seq = self.model.id_at(index.row()) if index.isValid() else None
        return None if seq is None else int(seq)

    def _current_changed(self, current: Any, _previous: Any) -> None:
        seq = self.model.id_at(current.row()) if current.isValid() else None
        self.show_entry(None if seq is None else int(seq))

    def show_entry(self, seq: int | None) -> None:
        line = None if seq is None else self._audit.lines([seq]).get(seq)
        self.detail.setEnabled(line is not None)
        if line is None:
            self.entry_words.setText(self.tr("Choose an entry to see it whole."))
            for value in self.field_labels.values():
                value.setText("")
            self.details_text.setPlainText("")
            self.entry_mark.hide()
            return
        import json

        entry = line.entry()
        self.entry_words.setText(sentence(line, self.model.name_of))
        self.field_labels["seq"].setText(str(line.seq))
        self.field_labels["at"].setText(f"{words.local_stamp(line.at)}  ({line.at})")
        self.field_labels["actor"].setText(
            f"{line.actor_name} ({line.actor_id})" if line.actor_id else self.tr("The platform"))
        self.field_labels["action"].setText(line.action)
        self.field_labels["target"].setText(line.target or "—")
        self.field_labels["prev_hash"].setText(str(entry.get("prev_hash", "")))
        self.field_labels["hash"].setText(str(entry.get("hash", "")))
        self.details_text.setPlainText(json.dumps(entry.get("details"), ensure_ascii=False,
                                                  indent=2, sort_keys=True))
        mark = self.model.mark_of(seq)
        self.entry_mark.setVisible(bool(mark))
        self.entry_mark.setText(mark)
        theme.style(self.entry_mark, "color: {failed_fg}; font-weight: 600;")

    # --- the server: new entries, verification ------------------------------------------------

    def pull(self) -> None:
        runner = services.online(self._ctx)
        if runner is None or not runner.connected or "pull" in self._busy:
            return
        self._set_busy("pull", True)
        audit = self._audit
        runner.call(lambda online: audit.pull(online), self._pulled, self._pull_failed,
                    owner=self)

    def _pulled(self, received: int) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy("pull", False)
        if received:
            self._load_choices()
            self.refresh()
        self.pulled.emit(received)

    def _pull_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy("pull", False)
        reason = getattr(exc, "user_message", None) or str(exc) or type(exc).__name__
        if self.verdict is None:
            self._say(Said("info", self.tr("The log could not be read from the server: {reason}"
                                           " The entries already here are shown.").format(
                reason=reason)))
        self.pulled.emit(-1)

    def verify(self) -> None:
        """Verify off the UI thread: with the server when connected, else the cache alone."""
        if "verify" in self._busy:
            return
        self._set_busy("verify", True)
        self._say(Said("info", self.tr("Verifying the chain…")))
        audit = self._audit
        runner = services.online(self._ctx)
        if runner is not None and runner.connected:
            runner.call(lambda online: audit.verify(online), self._verified,
                        self._verify_failed, owner=self)
        else:
            self._ctx.run_in_background(lambda: audit.verify(None), self._verified,
                                        self._verify_failed, self)

    def _verified(self, verdict: Verdict) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy("verify", False)
        self.verdict = verdict
        said = say(verdict)
        self._say(said)
        broken = verdict.broken_seq
        self.model.set_mark(broken, said.mark)
        if broken is not None:
            # The broken entry is selected and shown, whatever the filters hid.
            self._pending_select = broken
            if self.current_filter().empty:
                self.refresh()
            else:
                self.clear_filters()
        elif verdict.pulled:
            self._load_choices()
            self.refresh()
        self.verified.emit(verdict)

    def _verify_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy("verify", False)
        reason = getattr(exc, "user_message", None) or str(exc) or type(exc).__name__
        self._say(Said("broken", self.tr("The chain could not be verified: {reason}").format(
            reason=reason)))
        self.verified.emit(exc)

    # --- exports -------------------------------------------------------------------------------

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the listed entries"), "audit-view.csv",
            self.tr("CSV (*.csv)"))
        if path:
            self.export_csv(Path(path))

    def _ask_jsonl(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the whole chain"), "audit-chain.jsonl",
            self.tr("JSON Lines (*.jsonl)"))
        if path:
            self.export_jsonl(Path(path))

    def csv_header(self) -> list[str]:
        return [self.tr("#"), self.tr("Time (UTC)"), self.tr("Staff id"), self.tr("Who"),
                self.tr("Action"), self.tr("Target"), self.tr("What happened"),
                self.tr("Hash")]

    def export_csv(self, path: Path) -> None:
        """The entries listed now, in their order, written off the UI thread."""
        from PySide6.QtCore import QCoreApplication

        from vipclient.gui.csv_cells import write_csv

        seqs = [int(i) for i in self.model.ids()]
        header, audit = self.csv_header(), self._audit
        self._export(lambda: write_csv(path, header, audit.csv_rows(
            seqs, QCoreApplication.translate)), path)

    def export_jsonl(self, path: Path) -> None:
        audit = self._audit
        self._export(lambda: audit.export_jsonl(path), path)

    def _export(self, work: Any, path: Path) -> None:
        self._set_busy("export", True)
        self._ctx.run_in_background(
            work, lambda rows: self._exported(path, rows), self._export_failed, self)

    def _exported(self, path: Path, rows: int) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy("export", False)
        self.count_label.setText(self.tr("%Ln entries written to {file}", "", rows).format(
            file=path.name))
        self.exported.emit((path, rows))

    def _export_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy("export", False)
        self.count_label.setText(self.tr("Nothing exported: {reason}").format(
            reason=str(exc) or type(exc).__name__))
        self.exported.emit(exc)

    # --- bits ----------------------------------------------------------------------------------

    def _set_busy(self, what: str, busy: bool) -> None:
        (self._busy.add if busy else self._busy.discard)(what)
        self.pull_button.setEnabled("pull" not in self._busy and "verify" not in self._busy)
        self.verify_button.setEnabled("verify" not in self._busy and "pull" not in self._busy)
        for button in (self.csv_button, self.jsonl_button):
            button.setEnabled("export" not in self._busy)

    def _say(self, said: Said) -> None:
        self._said = said
        self.banner.setText(said.text)
        self._style_banner()

    def _style_banner(self) -> None:
        kind = self._said.kind if self._said is not None else "info"
        theme.style(self.banner, BANNER[kind])

    def _on_changes(self, entities: object) -> None:
        names = set(entities) if isinstance(entities, set | frozenset | list | tuple) else set()
        if "staff" in names:
            self._load_choices()

    def _failed_quietly(self, exc: BaseException) -> None:
        from vipclient.gui.workers import report_unhandled

        report_unhandled(exc)
