"""One ticket: its header and live SLA countdown, the whole thread, the composer and actions.

Every action is an outbox command (reply, note, claim, assign, status, escalate) followed by a
nudge of the sync engine; what the screen shows of an outgoing message comes from its outbox
row, so a reply reads *pending*, then *sent*, and stays on screen with the server's reason if
it is refused. New client messages appear while the ticket is open (``changesApplied``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import unquote

from PySide6.QtCore import QMimeData, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vipclient.domain.enums import ESCALATABLE_FROM, Team, TicketStatus, allowed_status_changes
from vipclient.gui import accessible, locale_format, shortcuts, theme, words
from vipclient.gui.lanes.format import (
    clock_name,
    marked_countdown,
    sla_colour,
    sla_state_word,
)
from vipclient.gui.tickets import services
from vipclient.gui.tickets.attachment_opener import AttachmentOpener
from vipclient.gui.tickets.attachments import AttachmentTray
from vipclient.gui.tickets.thread_browser import ThreadBrowser
from vipclient.gui.tickets.thread_html import thread_html
from vipclient.gui.tickets.thumbnails import Thumbnails
from vipclient.gui.views import follow_text_direction
from vipclient.gui.words import word
from vipclient.i18n import translate
from vipclient.services import canned
from vipclient.services.attachment_values import AttachmentRef
from vipclient.services.drafts import SERVICE_KEY as DRAFTS_KEY
from vipclient.services.drafts import ReplyDrafts
from vipclient.services.ticket_values import ThreadItem, TicketDetail

if TYPE_CHECKING:
    from vipclient.gui.tickets.help_panel import HelpPanel
    from vipclient.services.context import AppContext
    from vipclient.services.staff import StaffMember, StaffService
    from vipclient.services.tickets import TicketsService


def status_title(status: TicketStatus | str) -> str:
    return word(words.TICKET_STATUS, status)


def team_title(team: Team | str) -> str:
    return word(words.TEAM, team)


class Composer(QPlainTextEdit):
    """The reply box: Ctrl+Enter (either Enter key) sends; a plain Enter is a new line.
    Pasted or dropped files and images go to ``offer_files`` (the attachment tray)."""

    submitted = Signal()
    offer_files: Callable[[QMimeData], bool] | None = None

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(source.hasImage() or source.hasUrls()) or super().canInsertFromMimeData(
            source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.offer_files is not None and (source.hasImage() or source.hasUrls()) and (
            self.offer_files(source)
        ):
            return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if shortcuts.matches(event, "ticket.send"):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class EscalateDialog(QDialog):
    """Team and a note for the team (required: they need to know why)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TicketView", "Escalate ticket"))
        self.team = QComboBox()
        for team in Team:
            self.team.addItem(team_title(team), team.value)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(translate("TicketView", "What should the team know?"))
        form = QFormLayout(self)
        form.addRow(translate("TicketView", "Team"), self.team)
        form.addRow(translate("TicketView", "Note"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("TicketView", "Escalate"))
        ok.setAccessibleDescription(translate(
            "TicketView", "Hands the ticket to the team with the note"))
        self.team.setAccessibleName(translate("TicketView", "Team"))
        self.team.setAccessibleDescription(translate(
            "TicketView", "The specialist team that takes the ticket"))
        self.note.setAccessibleName(translate("TicketView", "Note"))
        self.note.setAccessibleDescription(translate(
            "TicketView", "What the team needs to know; required"))
        accessible.describe_buttons(self.buttons)
        ok.setEnabled(False)
        self.note.textChanged.connect(
            lambda: ok.setEnabled(bool(self.note.toPlainText().strip()))
        )


class TicketView(QWidget):
    """Show one ticket (``show_ticket``); empty until then."""

    openClient = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._detail: TicketDetail | None = None
        self._items: list[ThreadItem] = []
        self._assignable: list[StaffMember] | None = None  # read again when staff change
        # Every view of the session shares one store of half-written replies.
        self._drafts: ReplyDrafts = ctx.services.setdefault(DRAFTS_KEY, ReplyDrafts())
        self._restoring_draft = False

        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.tier_badge = QLabel()
        self.client_link = QPushButton()
        self.client_link.setFlat(True)
        self.client_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.client_link.clicked.connect(self._open_client)
        self.client_link.setAccessibleDescription(translate(
            "TicketView", "Opens the client's profile"))
        self.meta = QLabel()
        self.meta.setWordWrap(True)  # never let the details line widen the pane
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sla_label = QLabel()
        # The client's wall clock (their zone): "is it the middle of their night?"
        self.client_clock = QLabel()
        self.client_clock.setObjectName("clientClock")
        # The state's word and mark end the line: wrap rather than clip them in a narrow pane.
        self.sla_label.setWordWrap(True)
        self.sla_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.claim_button = QPushButton(translate("TicketView", "Claim"))
        self.claim_button.setToolTip(translate("TicketView", "Assign this ticket to me"))
        self.claim_button.clicked.connect(self.claim)
        self.assign_button = QToolButton()
        self.assign_button.setText(translate("TicketView", "Assign"))
        self.assign_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.assign_menu = QMenu(self.assign_button)
        self.assign_button.setMenu(self.assign_menu)
        self.assign_button.setAccessibleDescription(translate(
            "TicketView", "Gives the ticket to a colleague or a team"))
        self.status_button = QToolButton()
        self.status_button.setText(translate("TicketView", "Status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status_button)
        self.status_button.setMenu(self.status_menu)
        self.status_button.setAccessibleDescription(translate(
            "TicketView", "Moves the ticket to another status"))
        self.escalate_button = QPushButton(translate("TicketView", "Escalate…"))
        self.escalate_button.clicked.connect(self._escalate)
        self.escalate_button.setAccessibleDescription(translate(
            "TicketView", "Hands the ticket to a specialist team with a reason"))

        # v1.1 workspace: files in the thread (thumbnails made off the UI thread).
        self.thumbnails = Thumbnails(
            lambda: services.attachments(ctx),
            lambda work, done, failed: services.with_online(ctx, work, done, failed, self),
            self)
        self.thread_view = ThreadBrowser(self.thumbnails)
        accessible.describe(self.thread_view, translate("TicketView", "Ticket thread"),
                            translate("TicketView", "Every message of the ticket, oldest first"))
        self.thread_view.anchorClicked.connect(self._on_link)
        self.opener = AttachmentOpener(ctx, self)

        self.composer = Composer()
        self.composer.setPlaceholderText(translate(
            "TicketView", "Write a reply… ({key} sends)").format(
                key=shortcuts.native("ticket.send")))
        accessible.describe(self.composer, translate("TicketView", "Reply"), translate(
            "TicketView", "The reply or internal note to send; {key} sends it").format(
                key=shortcuts.native("ticket.send")))
        self.internal = QCheckBox(translate("TicketView", "Internal note"))
        self.internal.setToolTip(translate(
            "TicketView", "Only staff see internal notes; they do not answer the client"))
        self.canned = QComboBox()
        self.canned.setToolTip(translate("TicketView", "Insert a canned response"))
        self.canned.activated.connect(self._insert_canned)
        # The language of the canned responses: chosen for each ticket (its language, else
        # the client's first, else English), shown here, and the person's to change.
        self.canned_language = QComboBox()
        self.canned_language.setObjectName("cannedLanguage")
        self.canned_language.setAccessibleName(translate(
            "TicketView", "Language of the canned responses"))
        for code in canned.LANGUAGES:
            self.canned_language.addItem(canned.LANGUAGE_NAMES.get(code, code), code)
        self.canned_language.currentIndexChanged.connect(lambda _i: self._fill_canned_items())
        self.canned.setAccessibleName(translate("TicketView", "Canned response"))
        self.send_button = QPushButton(translate("TicketView", "Send"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.send_button.setAccessibleDescription(translate(
            "TicketView", "Sends the reply to the client, or saves the internal note"))
        self.composer.submitted.connect(self.send)
        self.composer.textChanged.connect(self._keep_draft)
        self.internal.toggled.connect(lambda _on: self._keep_draft())
        # v1.1 workspace: files going with the reply.
        self.tray = AttachmentTray(ctx)
        self.tray.changed.connect(self._tray_changed)
        self.composer.offer_files = self.tray.offer_mime
        shortcuts.bind("ticket.attach", self,
                       lambda: self.tray.pick_files() if self.composer.isEnabled() else None,
                       context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # v1.1 workspace: help-centre answers beside the thread (made on the first Ctrl+H).
        self.help_panel: HelpPanel | None = None
        self.help_button = QPushButton(translate("TicketView", "Articles"))
        self.help_button.setCheckable(True)
        self.help_button.setToolTip(translate(
            "TicketView", "Search the help centre for an answer ({key})").format(
                key=shortcuts.native("ticket.articles")))
        self.help_button.toggled.connect(self._show_help)
        shortcuts.bind("ticket.articles", self, self.toggle_help,
                       context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        head = QHBoxLayout()
        head.addWidget(self.tier_badge)
        head.addWidget(self.client_link)
        head.addStretch(1)
        head.addWidget(self.sla_label)
        actions = QHBoxLayout()
        for w in (self.claim_button, self.assign_button, self.status_button,
                  self.escalate_button):
            actions.addWidget(w)
        # Requests (issue #16): a fee, withdrawal or API-access request for this client; the
        # menu is made when first opened (this view is part of the first paint).
        self.request_button = QToolButton()
        self.request_button.setText(translate("TicketView", "Request…"))
        self.request_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.request_button.setMenu(QMenu(self.request_button))
        self.request_button.setAccessibleDescription(translate(
            "TicketView", "A fee, withdrawal or API-access request for this client"))
        self.request_button.menu().aboutToShow.connect(self._fill_request_menu)
        actions.addWidget(self.request_button)
        actions.addStretch(1)
        # Two rows, so the pane stays narrow in any language: what to insert (canned
        # responses in their language, help articles), then how it goes out.
        insert_bar = QHBoxLayout()
        insert_bar.addWidget(self.canned_language)
        insert_bar.addWidget(self.canned, 1)
        insert_bar.addWidget(self.help_button)
        compose_bar = QHBoxLayout()
        compose_bar.addWidget(self.tray.attach_button)
        compose_bar.addWidget(self.internal)
        compose_bar.addStretch(1)
        compose_bar.addWidget(self.send_button)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.composer)
        bl.addWidget(self.tray)
        bl.addLayout(insert_bar)
        bl.addLayout(compose_bar)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.thread_view)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(head)
        layout.addWidget(self.meta)
        layout.addWidget(self.client_clock)
        layout.addLayout(actions)
        self.side_split = QSplitter(Qt.Orientation.Horizontal)
        self.side_split.addWidget(split)
        layout.addWidget(self.side_split, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        services.connect_changes(ctx, self._on_changes)
        services.connect_outbox(ctx, self._on_outbox)
        theme.follow_theme(self, self._restyle)
        self._set_enabled(False)

    def _fill_request_menu(self) -> None:
        from vipclient.gui.requests.launch import fill_request_menu

        fill_request_menu(self.request_button.menu(), self._ctx,
                          lambda: self._detail.client_uid if self._detail else None, self)

    # --- public ---

    def ticket_id(self) -> str | None:
        return None if self._detail is None else self._detail.id

    def show_ticket(self, ticket_id: str) -> bool:
        """Load ``ticket_id`` from the cache; False when the cache does not have it."""
        detail = self._tickets.detail(ticket_id)
        if detail is None:
            return False
        first_time = self._detail is None or self._detail.id != ticket_id
        self._detail = detail
        if first_time:
            self._restore_draft(ticket_id)
            self._fill_canned()
        self._set_enabled(True)
        self._render_header()
        self._render_thread()
        if self.help_panel is not None and self.help_panel.isVisible():
            self.help_panel.set_ticket(str(detail.data.get("language") or ""),
                                       str(detail.data.get("category") or ""))
        self._timer.start()
        return True

    def _restore_draft(self, ticket_id: str) -> None:
        draft = self._drafts.get(ticket_id)
        self._restoring_draft = True
        try:
            self.composer.setPlainText(draft.text if draft else "")
            self.internal.setChecked(draft.internal if draft else False)
            # The previous ticket's files stay with its draft; this one's come back.
            self.tray.restore(draft.files if draft else ())
        finally:
            self._restoring_draft = False
        self.composer.moveCursor(QTextCursor.MoveOperation.End)

    def _keep_draft(self) -> None:
        if self._detail is not None and not self._restoring_draft:
            self._drafts.keep(self._detail.id, self.composer.toPlainText(),
                              self.internal.isChecked(), self.tray.staged())

    # The ORM-backed services, asked for when first used (by then the ORM has loaded behind
    # the first paint): building the screen must not load it.
    @property
    def _tickets(self) -> TicketsService:
        return services.tickets(self._ctx)

    @property
    def _staff(self) -> StaffService:
        return services.staff(self._ctx)

    def thread_items(self) -> list[ThreadItem]:
        return list(self._items)

    # --- rendering ---

    def _set_enabled(self, on: bool) -> None:
        for w in (self.claim_button, self.assign_button, self.status_button,
                  self.escalate_button, self.composer, self.send_button, self.canned,
                  self.canned_language, self.internal, self.tray.attach_button):
            w.setEnabled(on)

    def _render_header(self) -> None:
        d = self._detail
        if d is None:
            return
        data = d.data
        self.title.setText(str(data.get("subject") or ""))
        follow_text_direction(self.title, self.title.text())
        self.tier_badge.setText(d.tier.value)
        self.tier_badge.setStyleSheet(theme.tier_badge_style(d.tier.value))
        # The name isolated (FSI…PDI): an Arabic name must not carry the uid along with it.
        self.client_link.setText(f"\u2068{d.client_name}\u2069 ({d.client_uid})")
        self.meta.setText(
            translate(
                "TicketView",
                "{id} · {status} · {priority} · {category} · {channel} · {language} "
                "· "
                "assignee: {assignee}",
            ).format(
                id=d.id,
                status=status_title(d.status),
                priority=word(words.PRIORITY, data.get("priority")),
                category=word(words.CATEGORY, data.get("category")),
                channel=word(words.CHANNEL, data.get("channel")),
                language=data.get("language", ""),
                assignee=d.assignee_name or translate("TicketView", "unassigned"),
            )
            + (
                translate("TicketView", " · team: {team}").format(team=team_title(data["team"]))
                if data.get("team")
                else ""
            )
        )
        closed = d.status is TicketStatus.CLOSED
        self.claim_button.setEnabled(not closed and data.get("assignee_id") != self._ctx.me.id)
        self.assign_button.setEnabled(not closed)
        self.composer.setEnabled(not closed)
        self.tray.attach_button.setEnabled(not closed)
        self.send_button.setEnabled(not closed and not self.tray.checking)
        self.escalate_button.setEnabled(d.status in ESCALATABLE_FROM)
        self._fill_status_menu()
        self._fill_assign_menu()
        self._tick()

    def _fill_status_menu(self) -> None:
        self.status_menu.clear()
        d = self._detail
        if d is None:
            return
        choices = allowed_status_changes(d.status)
        for status in choices:
            action = self.status_menu.addAction(status_title(status))
            action.setData(status.value)
            action.triggered.connect(lambda _=False, s=status: self.set_status(s))
        self.status_button.setEnabled(bool(choices))

    def _fill_assign_menu(self) -> None:
        self.assign_menu.clear()
        d = self._detail
        if self._assignable is None:
            self._assignable = self._staff.assignable()
        for member in self._assignable:
            action = self.assign_menu.addAction(member.display_name)
            action.setCheckable(True)
            action.setChecked(d is not None and d.data.get("assignee_id") == member.id)
            action.triggered.connect(lambda _=False, sid=member.id: self.assign(sid))
        self.assign_menu.addSeparator()
        unassign = self.assign_menu.addAction(translate("TicketView", "Unassign"))
        unassign.triggered.connect(lambda _=False: self.assign(None))

    def _fill_canned(self) -> None:
        """A ticket opened: the canned responses in the language it should be answered in."""
        d = self._detail
        ticket_language = str(d.data.get("language") or "") if d else ""
        choice = canned.choose_language(ticket_language, d.client_languages if d else (),
                                        d.client_region if d else "")
        if choice.reason == "ticket":
            why = translate("TicketView", "The ticket is written in {language}.")
        elif choice.reason == "client":
            why = translate("TicketView", "{language} is the client's first language.")
        else:
            why = translate("TicketView", "No canned responses in the ticket's or the client's "
                                          "languages: {language}.")
        why = why.format(language=canned.LANGUAGE_NAMES.get(choice.language, choice.language))
        self.canned_language.setToolTip(why + "\n" + translate(
            "TicketView", "Choose another language for the canned responses here."))
        self.canned_language.setAccessibleDescription(why)
        self.canned_language.blockSignals(True)
        self.canned_language.setCurrentIndex(max(0, self.canned_language.findData(
            choice.language)))
        self.canned_language.blockSignals(False)
        self._fill_canned_items()

    def _fill_canned_items(self) -> None:
        self.canned.clear()
        self.canned.addItem(translate("TicketView", "Canned response…"), None)
        for response in canned.load(str(self.canned_language.currentData() or canned.FALLBACK)):
            self.canned.addItem(response.title, response.body)

    def _render_thread(self) -> None:
        d = self._detail
        if d is None:
            return
        items = self._tickets.thread(d.id)
        if items == self._items and self.thread_view.toPlainText():
            return
        self._items = items
        self.thread_view.set_thread(thread_html(items, d.client_name), self._files())
        # Something new arrived or changed state: follow the end of the thread, where it is.
        bar = self.thread_view.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _restyle(self) -> None:
        """The theme switched: the badge and the thread in the new colours, the thread
        scrolled where the person left it."""
        d = self._detail
        if d is None:
            return
        self._render_header()
        bar = self.thread_view.verticalScrollBar()
        kept = bar.value()
        self.thread_view.set_thread(thread_html(self._items, d.client_name), self._files())
        bar.setValue(kept)

    def _tick(self) -> None:
        d = self._detail
        if d is None:
            return
        now = self._ctx.now()
        self.client_clock.setText(translate("TicketView", "Client's time: {time}").format(
            time=locale_format.client_time(now, d.client_timezone))
            if d.client_timezone else "")
        reading = d.sla(now)
        if reading.clock is None or reading.seconds_left is None:
            self.sla_label.setText(clock_name(reading))
        else:  # the state in words too: colour alone does not tell it
            self.sla_label.setText(translate("TicketView", "{clock}: {time} ({state})").format(
                # No break inside the time: "−16 m" on one line and "38 s" on the next misreads.
                clock=clock_name(reading), time=marked_countdown(reading).replace(" ", "\u00a0"),
                state=sla_state_word(reading.state)))
        colour = sla_colour(reading.state)
        self.sla_label.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: 600; }}"
                                     if colour else "")
        self.sla_label.setProperty("sla_state", reading.state.value)

    # --- reacting to sync ---

    def _on_changes(self, entities: object) -> None:
        if self._detail is None:
            return
        names = set(entities) if isinstance(entities, set | frozenset | list | tuple) else set()
        if "staff" in names or not names:
            self._assignable = None
        if names & {"ticket", "message", "staff", "client", "outbox"} or not names:
            self.show_ticket(self._detail.id)

    def _on_outbox(self, _unsent: int = 0, _problems: int = 0) -> None:
        if self._detail is not None:
            self.show_ticket(self._detail.id)

    # --- actions ---

    def send(self) -> None:
        d = self._detail
        text = self.composer.toPlainText().strip()
        if d is None or not text or not self.send_button.isEnabled():
            return
        files = self.tray.take()
        if files:
            services.attachments(self._ctx).queue_reply(d.id, text, self.internal.isChecked(),
                                                        files)
        else:
            self._tickets.reply(d.id, text, self.internal.isChecked())
        self.composer.clear()
        self.internal.setChecked(False)
        self._drafts.discard(d.id)
        self._after_command()

    def claim(self) -> None:
        self.assign(self._ctx.me.id)

    def assign(self, staff_id: str | None) -> None:
        if self._detail is None:
            return
        self._tickets.assign(self._detail.id, staff_id)
        self._after_command()

    def set_status(self, status: TicketStatus) -> None:
        if self._detail is None:
            return
        try:
            self._tickets.set_status(self._detail.id, status)
        except ValueError as exc:
            QMessageBox.warning(self, translate("TicketView", "Status not changed"), str(exc))
            return
        self._after_command()

    def escalate(self, team: Team | str, note: str) -> None:
        if self._detail is None:
            return
        self._tickets.escalate(self._detail.id, team, note)
        self._after_command()

    def _escalate(self) -> None:
        dialog = EscalateDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.escalate(str(dialog.team.currentData()), dialog.note.toPlainText().strip())

    def _insert_canned(self, index: int) -> None:
        body = self.canned.itemData(index)
        d = self._detail
        if not body or d is None:
            return
        filled = canned.fill(
            str(body),
            {"client_name": d.client_name, "manager_name": self._ctx.me.display_name,
             "ticket_id": d.id},
        )
        self.composer.insertPlainText(filled)
        self.composer.setFocus()
        self.canned.setCurrentIndex(0)

    def _on_link(self, url: QUrl) -> None:
        action, _, outbox_id = url.toString().partition(":")
        if action == "attachment":
            ref = next((f for f in self._files() if f.id == unquote(outbox_id)), None)
            if ref is not None:
                self.opener.open(ref)
            return
        if not outbox_id.isdigit():
            return
        # A reply's files go (or are dropped) with it: the attachments service knows them.
        if action == "resend":
            services.attachments(self._ctx).resend(int(outbox_id))
        elif action == "discard":
            services.attachments(self._ctx).discard(int(outbox_id))
        self._after_command()

    # --- v1.1 workspace: files ---

    def _files(self) -> list[AttachmentRef]:
        return [ref for item in self._items for ref in item.attachments]

    def toggle_help(self) -> None:
        """Ctrl+H: show the help panel with its search focused; again, hide it (while the
        focus is elsewhere, Ctrl+H brings it back to the search first)."""
        panel = self.help_panel
        if panel is not None and panel.isVisible() and not panel.search.hasFocus():
            panel.focus_search()
            return
        self.help_button.setChecked(not self.help_button.isChecked())

    def _show_help(self, on: bool) -> None:
        if on and self.help_panel is None:
            from vipclient.gui.tickets.help_panel import HelpPanel

            self.help_panel = HelpPanel(self._ctx)
            self.help_panel.insertRequested.connect(self._insert_article)
            self.side_split.addWidget(self.help_panel)
            self.side_split.setStretchFactor(0, 3)
            self.side_split.setStretchFactor(1, 2)
        if self.help_panel is None:
            return
        self.help_panel.setVisible(on)
        if on:
            d = self._detail
            self.help_panel.set_ticket(str(d.data.get("language") or "") if d else "",
                                       str(d.data.get("category") or "") if d else "")
            self.help_panel.focus_search()
        else:
            self.composer.setFocus()

    def _insert_article(self, text: str) -> None:
        cursor = self.composer.textCursor()
        if cursor.positionInBlock() > 0:
            text = "\n" + text
        self.composer.insertPlainText(text + "\n")
        self.composer.setFocus()

    def _tray_changed(self) -> None:
        self._keep_draft()
        d = self._detail
        closed = d is None or d.status is TicketStatus.CLOSED
        self.send_button.setEnabled(not closed and not self.tray.checking)
        self.send_button.setToolTip(translate("TicketView", "Files are still being checked")
                                    if self.tray.checking else "")

    def _open_client(self) -> None:
        if self._detail is not None:
            self.openClient.emit(self._detail.client_uid)

    def _after_command(self) -> None:
        services.nudge(self._ctx)
        if self._detail is not None:
            self.show_ticket(self._detail.id)
