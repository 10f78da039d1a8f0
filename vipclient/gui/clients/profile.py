"""One client's profile: who they are, what they trade, what they may do, and what happened.

Read from the cache (works offline). Notes and tags are editable: *Save* queues a ``PATCH`` with
``If-Match`` (the profile shows the new text at once, marked as not yet sent); if someone else
changed the client first, the outbox row comes back as a conflict and the person chooses in
:class:`ConflictDialog` — nothing is overwritten silently.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipclient.domain.sla import parse_ts
from vipclient.gui import accessible, locale_format, theme, words
from vipclient.gui.clients.conflict import KEEP_MINE, TAKE_THEIRS, ConflictDialog
from vipclient.gui.clients.transcripts import TranscriptsBox
from vipclient.gui.lanes.format import duration
from vipclient.gui.requests.launch import request_menu
from vipclient.gui.requests.wording import rate_tier_name, status_name
from vipclient.gui.tickets import services
from vipclient.gui.views import BidiDelegate, follow_text_direction
from vipclient.gui.words import word
from vipclient.i18n import translate
from vipclient.services.clients import ClientProfile, NotesConflict, normalise_tags

if TYPE_CHECKING:
    from vipclient.services.context import AppContext


def usd(value: Any) -> str:
    """``"1250000.50"`` → ``1,250,000.50 USD`` in the UI language's digits (exact)."""
    return locale_format.money(value)


def local_time(timezone: str | None, now: datetime) -> str:
    """The client's clock, in the client's time zone."""
    return locale_format.client_time(now, timezone)


def _timeline_status(kind: str, status: str) -> str:
    """A timeline row's status in the words of its kind's own screen."""
    if kind == "ticket":
        return word(words.TICKET_STATUS, status)
    if kind == "freeze":
        return word(words.FREEZE_STATUS, status)
    return status_name(status)


def _stamp(at: str | None) -> str:
    return locale_format.date_time(at) if at else ""


class ProfileView(QWidget):
    """Shows one client (``show_client``)."""

    openTicketRequested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._clients = services.clients(ctx)
        self._tickets = services.tickets(ctx)
        self._profile: ClientProfile | None = None
        self._asked: set[int] = set()
        #: The client's version when the person began editing (the edit's If-Match).
        self._edit_base: int | None = None
        #: Shows a conflict; tests replace it to answer without a modal loop.
        self.resolve_conflict: Callable[[NotesConflict], int] = self._ask

        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.uid = QLabel()
        self.uid.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tier_badge = QLabel()
        self.reply_button = QToolButton()
        self.reply_button.setText(translate("ClientProfile", "Reply to open ticket"))
        self.reply_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.reply_menu = QMenu(self.reply_button)
        self.reply_button.setMenu(self.reply_menu)
        self.reply_button.setAccessibleDescription(translate(
            "ClientProfile", "Opens one of this client's open tickets to answer it"))
        self.frozen_banner = QLabel()
        self.frozen_banner.setWordWrap(True)
        theme.style(
            self.frozen_banner,
            "QLabel {{ background: {frozen_bg}; color: {frozen_fg}; padding: 8px;"
            " border-radius: 4px; font-weight: 600; }}",
        )
        self.frozen_banner.hide()

        self.fields: dict[str, QLabel] = {}
        details = QGroupBox(translate("ClientProfile", "Profile"))
        form = QFormLayout(details)
        for key, label in (
            ("email", translate("ClientProfile", "E-mail")),
            ("phone", translate("ClientProfile", "Phone")),
            ("preferred_channel", translate("ClientProfile", "Preferred channel")),
            ("languages", translate("ClientProfile", "Languages")),
            ("local_time", translate("ClientProfile", "Local time")),
            ("region", translate("ClientProfile", "Region")),
            ("kyc", translate("ClientProfile", "KYC level")),
            ("manager", translate("ClientProfile", "Account manager")),
            ("volume", translate("ClientProfile", "30-day volume")),
            ("assets", translate("ClientProfile", "Assets")),
            ("fees", translate("ClientProfile", "Fee schedule")),
            ("withdrawal_limit", translate("ClientProfile", "24 h withdrawal limit")),
            ("api_tier", translate("ClientProfile", "API rate tier")),
            ("ip_whitelist", translate("ClientProfile", "IP whitelist")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)

        editing = QGroupBox(translate("ClientProfile", "Tags and notes"))
        el = QVBoxLayout(editing)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(translate(
            "ClientProfile", "Comma-separated, e.g. otc, market-maker"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(translate(
            "ClientProfile", "Notes about this client (visible to all staff)"))
        self.notes.setMinimumHeight(80)
        self.notes.setMaximumHeight(140)
        accessible.describe(self.tags, translate("ClientProfile", "Tags"), translate(
            "ClientProfile", "The client's tags, separated by commas"))
        accessible.describe(self.notes, translate("ClientProfile", "Notes"), translate(
            "ClientProfile", "Notes about this client, seen by all staff"))
        self.save_state = QLabel()
        self.save_button = QPushButton(translate("ClientProfile", "Save"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.save_button.setAccessibleDescription(translate(
            "ClientProfile", "Saves the tags and notes"))
        self.conflict_button = QPushButton(translate("ClientProfile", "Resolve conflict…"))
        self.conflict_button.clicked.connect(self.check_conflicts)
        self.conflict_button.setAccessibleDescription(translate(
            "ClientProfile", "Someone else changed this client meanwhile: choose what to keep"))
        self.conflict_button.hide()
        self.tags.textEdited.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        el.addWidget(QLabel(translate("ClientProfile", "Tags")))
        el.addWidget(self.tags)
        el.addWidget(QLabel(translate("ClientProfile", "Notes")))
        el.addWidget(self.notes)
        row = QHBoxLayout()
        row.addWidget(self.save_state, 1)
        row.addWidget(self.conflict_button)
        row.addWidget(self.save_button)
        el.addLayout(row)

        activity = QGroupBox(translate("ClientProfile", "Activity"))
        al = QVBoxLayout(activity)
        self.timeline = QTreeWidget()
        self.timeline.setItemDelegate(BidiDelegate(self.timeline))  # Arabic subjects run RTL
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels(
            [
                translate("ClientProfile", "When"),
                translate("ClientProfile", "What"),
                translate("ClientProfile", "Status"),
                translate("ClientProfile", "Details"),
            ]
        )
        self.timeline.setColumnWidth(0, 140)
        self.timeline.setColumnWidth(1, 100)
        self.timeline.setColumnWidth(2, 105)
        self.timeline.setMinimumHeight(240)
        self.timeline.itemActivated.connect(self._timeline_activated)
        accessible.describe(self.timeline, translate("ClientProfile", "Activity"), translate(
            "ClientProfile", "The client's tickets and requests, newest first; Enter opens one"))
        al.addWidget(self.timeline)

        # v1.1 workspace: transcript exports of this client.
        self.transcripts = TranscriptsBox(ctx)

        head = QHBoxLayout()
        head.addWidget(self.tier_badge)
        head.addWidget(self.name)
        head.addWidget(self.uid)
        head.addStretch(1)
        head.addWidget(self.reply_button)
        # Requests (issue #16): a fee, withdrawal or API-access request for this client.
        self.request_button = QToolButton()
        self.request_button.setText(translate("ClientProfile", "Request…"))
        accessible.describe(self.request_button, translate(
            "ClientProfile", "Make a request for this client"), translate(
            "ClientProfile", "A fee, withdrawal or API-access request, sent for approval"))
        self.request_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.request_button.setMenu(request_menu(ctx, self.uid_shown, self))
        head.addWidget(self.request_button)
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.addLayout(head)
        bl.addWidget(self.frozen_banner)
        bl.addWidget(details)
        bl.addWidget(editing)
        bl.addWidget(activity)
        bl.addWidget(self.transcripts)
        bl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        accessible.describe(scroll, translate("ClientProfile", "Client profile"), translate(
            "ClientProfile", "The chosen client's details, notes, activity and exports"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self._clock = QTimer(self)
        self._clock.setInterval(15_000)
        self._clock.timeout.connect(self._tick)
        services.connect_changes(ctx, self._on_changes)
        services.connect_outbox(ctx, lambda *_: self._refresh_state(), self)
        theme.follow_theme(self, self._restyle)
        self.setEnabled(False)

    # --- public ---

    def uid_shown(self) -> str | None:
        return None if self._profile is None else self._profile.uid

    def has_unsaved_edits(self) -> bool:
        """Notes or tags typed and not saved yet (nothing may drop them silently)."""
        return self._profile is not None and self.save_button.isEnabled()

    def unsaved_edits(self) -> tuple[str, str, int | None] | None:
        """Tags and notes typed and not saved, with the version they were typed over."""
        if not self.has_unsaved_edits():
            return None
        return self.tags.text(), self.notes.toPlainText(), self._edit_base

    def restore_edits(self, edits: tuple[str, str, int | None]) -> None:
        """The same edits in a profile built again (the version kept: a conflict still
        shows as one)."""
        tags, notes, base = edits
        self._edit_base = base
        self.tags.setText(tags)
        self.notes.setPlainText(notes)
        self._edited()

    def show_client(self, uid: str) -> bool:
        profile = self._clients.profile(uid)
        if profile is None:
            return False
        changed_client = self._profile is None or self._profile.uid != uid
        dirty = not changed_client and self.save_button.isEnabled()
        if changed_client:
            self._edit_base = None
        self._profile = profile
        self._render(keep_edits=dirty)
        self.setEnabled(True)
        self._clock.start()
        return True

    def save(self) -> None:
        p = self._profile
        if p is None:
            return
        tags = normalise_tags(self.tags.text().split(","))
        self._clients.save_notes_tags(p.uid, self.notes.toPlainText(), tags,
                                      base_version=self._edit_base)
        self._edit_base = None
        self.save_button.setEnabled(False)
        services.nudge(self._ctx)
        self.show_client(p.uid)

    def check_conflicts(self) -> None:
        """Ask about each conflict of this client (once per conflict unless asked again)."""
        p = self._profile
        if p is None:
            return
        for conflict in self._clients.conflicts(p.uid):
            self._asked.add(conflict.outbox_id)
            choice = self.resolve_conflict(conflict)
            if choice == KEEP_MINE:
                self._clients.keep_mine(conflict.outbox_id)
            elif choice == TAKE_THEIRS:
                self._clients.take_theirs(conflict.outbox_id)
            services.nudge(self._ctx)
        self.show_client(p.uid)

    # --- rendering ---

    def _render(self, keep_edits: bool) -> None:
        p = self._profile
        assert p is not None
        d = p.data
        tier = str(d.get("tier") or "")
        self.tier_badge.setText(tier)
        self.tier_badge.setStyleSheet(theme.tier_badge_style(tier))
        self.name.setText(str(d.get("display_name") or p.uid))
        follow_text_direction(self.name, self.name.text())
        self.uid.setText(p.uid)
        if p.freezes:
            lines = [
                translate(
                    "ClientProfile", "FROZEN since {since} — {scopes} — {reason}{note}").format(
                    since=_stamp(f.since),
                    scopes=", ".join(word(words.FREEZE_SCOPE, s) for s in f.scopes)
                    or translate("ClientProfile", "all"),
                    reason=word(words.FREEZE_REASON, f.reason_code),
                    note=f": {f.note}" if f.note else "",
                )
                for f in p.freezes
            ]
            self.frozen_banner.setText("\n".join(lines))
            self.frozen_banner.show()
        elif d.get("status") == "frozen":
            scopes = ", ".join(d.get("freeze_scopes") or []) or translate("ClientProfile", "all")
            self.frozen_banner.setText(translate(
                "ClientProfile", "FROZEN — {scopes}").format(scopes=scopes))
            self.frozen_banner.show()
        else:
            self.frozen_banner.hide()
        f = self.fields
        f["email"].setText(str(d.get("email") or "—"))
        f["phone"].setText(str(d.get("phone") or "—"))
        f["preferred_channel"].setText(word(words.CHANNEL, d.get("preferred_channel")))
        f["languages"].setText(", ".join(d.get("languages") or []) or "—")
        f["region"].setText(str(d.get("region") or "—"))
        f["kyc"].setText(str(d.get("kyc_level", "—")))
        f["manager"].setText(p.manager_name or "—")
        f["volume"].setText(usd(d.get("volume_30d_usd")))
        f["assets"].setText(usd(d.get("assets_usd")))
        f["withdrawal_limit"].setText(usd(d.get("withdrawal_limit_24h_usd")))
        api = d.get("api") or {}
        f["api_tier"].setText(rate_tier_name(str(api.get("rate_limit_tier") or "")) or "—")
        f["ip_whitelist"].setText(", ".join(api.get("ip_whitelist") or []) or translate(
            "ClientProfile", "none (any IP)"))
        self._tick()
        if not keep_edits:
            self.tags.setText(", ".join(d.get("tags") or []))
            self.notes.blockSignals(True)
            self.notes.setPlainText(str(d.get("notes") or ""))
            self.notes.blockSignals(False)
            self.save_button.setEnabled(False)
        self._fill_reply_menu()
        self._fill_timeline()
        self.transcripts.set_client(p.uid, str(d.get("display_name") or p.uid))
        self._refresh_state()

    def _tick(self) -> None:
        """Local time and the custom fee schedule's expiry move with the clock."""
        p = self._profile
        if p is None:
            return
        now = self._ctx.now()
        self.fields["local_time"].setText(local_time(p.get("timezone"), now))
        fee = p.get("fee_schedule") or {}
        text = translate("ClientProfile", "maker {maker} bps / taker {taker} bps").format(
            maker=fee.get("maker_bps", "—"), taker=fee.get("taker_bps", "—")
        )
        if fee.get("source") == "custom":
            expires = fee.get("expires_at")
            if expires:
                left = (parse_ts(str(expires)) - now).total_seconds()
                text += " · " + (
                    translate("ClientProfile", "custom, expires in {t}").format(t=duration(left))
                    if left > 0
                    else translate("ClientProfile", "custom, expired")
                )
            else:
                text += " · " + translate("ClientProfile", "custom")
        else:
            text += " · " + translate("ClientProfile", "tier schedule")
        self.fields["fees"].setText(text)

    def _fill_reply_menu(self) -> None:
        self.reply_menu.clear()
        p = self._profile
        open_tickets = self._tickets.open_tickets_of(p.uid) if p else []
        for tid, subject in open_tickets[:20]:
            action = self.reply_menu.addAction(f"{subject} ({tid})")
            action.triggered.connect(lambda _=False, t=tid: self.openTicketRequested.emit(t))
        self.reply_button.setEnabled(bool(open_tickets))
        self.reply_button.setToolTip(
            "" if open_tickets else translate("ClientProfile", "This client has no open ticket")
        )

    def _fill_timeline(self) -> None:
        p = self._profile
        self.timeline.clear()
        if p is None:
            return
        kinds = {
            "ticket": translate("ClientProfile", "Ticket"),
            "fee_request": translate("ClientProfile", "Fee request"),
            "withdrawal_request": translate("ClientProfile", "Withdrawal request"),
            "freeze": translate("ClientProfile", "Freeze"),
            "api_access_request": translate("ClientProfile", "API-access request"),
        }
        for item in self._clients.timeline(p.uid):
            row = QTreeWidgetItem([
                _stamp(item.at), kinds.get(item.kind, item.kind),
                _timeline_status(item.kind, item.status), item.title,
            ])
            row.setData(0, Qt.ItemDataRole.UserRole, (item.kind, item.id))
            self.timeline.addTopLevelItem(row)

    def _timeline_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        kind, entity_id = item.data(0, Qt.ItemDataRole.UserRole)
        if kind == "ticket":
            self.openTicketRequested.emit(entity_id)
        elif kind.endswith("_request"):
            # A request opens on its page in the Requests section (issue #16).
            navigate = getattr(self.window(), "open_request", None)
            if callable(navigate):
                navigate(f"{kind}:{entity_id}")

    def _restyle(self) -> None:
        """The theme switched: the badge and the save state in the new colours."""
        if self._profile is not None:
            tier = str(self._profile.data.get("tier") or "")
            self.tier_badge.setStyleSheet(theme.tier_badge_style(tier))
            self._refresh_state()

    def _refresh_state(self) -> None:
        p = self._profile
        if p is None:
            return
        conflicts = self._clients.conflicts(p.uid)
        fresh = self._clients.profile(p.uid)
        unsent = fresh.unsent_edits if fresh else 0
        c = theme.colors()
        if conflicts:
            self.save_state.setText(translate(
                "ClientProfile", "Someone else changed this client: choose a version."))
            self.save_state.setStyleSheet(f"QLabel {{ color: {c.failed_fg}; }}")
            self.conflict_button.show()
            if any(x.outbox_id not in self._asked for x in conflicts):
                QTimer.singleShot(0, self.check_conflicts)
        elif unsent:
            self.save_state.setText(translate("ClientProfile", "Saved here; sending…"))
            self.save_state.setStyleSheet(f"QLabel {{ color: {c.pending_fg}; }}")
            self.conflict_button.hide()
        else:
            self.save_state.setText("")
            self.conflict_button.hide()

    def _edited(self) -> None:
        p = self._profile
        if p is None:
            return
        tags = normalise_tags(self.tags.text().split(","))
        changed = self.notes.toPlainText() != str(p.get("notes") or "") or tags != list(
            p.get("tags") or []
        )
        if changed and self._edit_base is None:
            self._edit_base = p.version
        elif not changed:
            self._edit_base = None
        self.save_button.setEnabled(changed)

    def _ask(self, conflict: NotesConflict) -> int:
        dialog = ConflictDialog(conflict, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.choice
        return 0

    def _on_changes(self, entities: object) -> None:
        p = self._profile
        if p is None:
            return
        names = set(entities) if isinstance(entities, set | frozenset | list | tuple) else set()
        relevant = {"client", "ticket", "freeze", "fee_request", "withdrawal_request", "staff",
                    "outbox", "api_access_request"}
        if not names or names & relevant:
            self.show_client(p.uid)
