"""Save pictures of VIP Desk's main screens: ``python scripts/screenshots.py docs/screenshots``.

Starts the app in demo mode on an in-process sandbox (offscreen, in throw-away config/data
folders so nothing of the person running it is touched), signs in as alice, waits for the
first sync, then opens each screen and saves a PNG of it: lanes, clients, a profile, a ticket,
search, sync problems (with two real refusals from the sandbox), the Requests section (a
request's page, the policies view and the three forms, in English and Chinese), the main
screens in Chinese, Japanese and Korean (``*-zh``, ``*-ja``, ``*-ko``), settings and
the sign-in dialog; then carol's dashboard (a supervisor's team view) in English and Chinese,
light and dark; then, signed in as dave (a security officer), the alert queue, the freeze
dialog, the step-up dialog counting a lockout down and the audit view with a broken entry, in
English and Chinese; then a ticket, the lanes (keyboard focus on a filter), a profile and the
dashboard in the dark and the high-contrast themes, and the keyboard cheat-sheet (``--themes``:
only these).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_tmp = Path(tempfile.mkdtemp(prefix="vipdesk-shots-"))
# Before anything reads them: a headless screen and private folders and keyring.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[name] = str(_tmp / name.lower())
# IT pins the server (shown locked in Settings and sign-in); the demo itself ignores it.
_managed = _tmp / "managed.toml"
_managed.write_text('server_url = "https://backoffice.example.com"\n', encoding="utf-8")
os.environ["VIPCLIENT_MANAGED_CONFIG"] = str(_managed)
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import func, select, text  # noqa: E402

from vipclient.app import Options, VipDesk  # noqa: E402
from vipclient.gui import focus_ring, theme  # noqa: E402
from vipclient.gui.main_window import MainWindow  # noqa: E402
from vipclient.gui.settings_dialog import SettingsDialog  # noqa: E402
from vipclient.gui.sign_in_dialog import SignInDialog  # noqa: E402
from vipclient.services.session import Credentials  # noqa: E402
from vipclient.store import outbox  # noqa: E402
from vipclient.store.models import ClientRow, MessageRow, TicketRow  # noqa: E402

WINDOW_SIZE = (1440, 900)


def pump(seconds: float, until: Callable[[], bool] | None = None) -> bool:
    """Run the event loop for up to ``seconds`` (or until ``until()`` is true)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if until is not None and until():
            return True
        time.sleep(0.02)
    return until() if until is not None else True


def save(widget: QWidget, folder: Path, name: str) -> None:
    pump(0.3)
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def pick_client(window: MainWindow) -> str:
    """A high-tier client of the signed-in manager's book (a frozen one if there is)."""
    me = window.ctx.me.id
    with window.ctx.cache.read_session() as s:
        mine = select(ClientRow).where(ClientRow.manager_id == me)
        row = s.scalars(mine.where(ClientRow.status == "frozen").limit(1)).first()
        row = row or s.scalars(mine.order_by(ClientRow.tier.desc()).limit(1)).first()
        if row is None:
            raise SystemExit("the demo book is empty")
        return row.uid


def pick_ticket(window: MainWindow, language: str | None = None) -> str:
    """An open ticket of the manager's book with the longest conversation (internal notes
    included, so every kind of message shows); written in ``language`` when one is given and
    the book has one."""
    me = window.ctx.me.id
    with window.ctx.cache.read_session() as s:
        uids = select(ClientRow.uid).where(ClientRow.manager_id == me)
        messages = func.count(MessageRow.id)
        chosen: tuple[Any, ...] = (TicketRow.client_uid.in_(uids),
                                   TicketRow.status.in_(("open", "new")))
        if language is not None:
            # Any book's: the person's may have none in that language.
            chosen = (TicketRow.status.in_(("open", "new")), TicketRow.language == language)
            if s.execute(select(TicketRow.id).where(*chosen).limit(1)).first() is None:
                return pick_ticket(window)
        row = s.execute(
            select(TicketRow.id, messages)
            .join(MessageRow, MessageRow.ticket_id == TicketRow.id)
            .where(*chosen)
            .group_by(TicketRow.id)
            .order_by(func.max(MessageRow.internal).desc(), messages.desc())
            .limit(1)
        ).first()
        if row is None:
            raise SystemExit("no open ticket in the demo book")
        return str(row[0])


def make_refusals(window: MainWindow) -> None:
    """Two actions the sandbox refuses for real: reopening a closed ticket (409) and an edit
    over someone else's newer version (412)."""
    ctx = window.ctx
    with ctx.cache.read_session() as s:
        closed = s.scalars(select(TicketRow).where(TicketRow.status == "closed").limit(1)).first()
        client = s.scalars(
            select(ClientRow).where(ClientRow.manager_id == ctx.me.id).limit(1)
        ).first()
    with ctx.cache.session() as s:
        if closed is not None:
            outbox.enqueue(s, outbox.Command(
                kind="ticket.status", method="POST", path=f"/tickets/{closed.id}/status",
                description=f"Reopen ticket {closed.id}", body={"status": "open"},
                entity="ticket", entity_id=closed.id, result_entity="ticket",
            ))
        if client is not None:
            outbox.enqueue(s, outbox.Command(
                kind="client.update", method="PATCH", path=f"/clients/{client.uid}",
                description=f"Edit notes of {client.display_name}",
                body={"notes": "Prefers a call after 18:00 Singapore time."},
                if_match=max(0, client.version - 1), entity="client", entity_id=client.uid,
                result_entity="client",
            ))
    ctx.sync.nudge()


def pick_ticket_with_images(window: MainWindow) -> str | None:
    """An open ticket of the book whose thread carries the most images."""
    with window.ctx.cache.read_session() as s:
        row = s.execute(
            select(MessageRow.ticket_id, func.count(MessageRow.id))
            .join(TicketRow, TicketRow.id == MessageRow.ticket_id)
            .where(MessageRow.data.like('%"image/png"%'),
                   TicketRow.status.in_(("open", "new", "pending_client")))
            .group_by(MessageRow.ticket_id).order_by(func.count(MessageRow.id).desc())
            .limit(1)
        ).first()
    return None if row is None else str(row[0])


def workspace_shots(app: QApplication, window: MainWindow, folder: Path) -> None:
    """A thread with images, the help panel in Chinese, the transcript export dialog."""
    from vipclient.gui.clients.profile import ProfileView
    from vipclient.gui.tickets.help_panel import HelpPanel
    from vipclient.gui.tickets.view import TicketView
    from vipclient.gui.translations import install_translators

    ticket = pick_ticket_with_images(window)
    if ticket is not None and "lanes" in window.pages:
        window.show_section("lanes")
        window.open_ticket(ticket)
        view = next(v for v in window.findChildren(TicketView) if v.isVisible())
        files = [f for item in view.thread_items() for f in item.attachments
                 if f.kind == "image"]
        pump(15, lambda: all(view.thumbnails.get(f.sha256) is not None for f in files))
        bar = view.thread_view.verticalScrollBar()
        anchor = view.thread_view.toHtml().find("thumb:")
        bar.setValue(bar.maximum() if anchor < 0 else bar.minimum())
        view.thread_view.scrollToAnchor("")
        # A screenshot pasted into the reply, checked and listed with its size.
        view.tray.offer_image(window.grab().toImage().scaledToWidth(960))
        view.composer.setPlainText("这是我们后台看到的状态，请稍候。")
        pump(10, lambda: len(view.tray.staged()) == 1)
        save(window, folder, "ticket-files")
        view.tray.clear()
        view.composer.clear()

    install_translators(app, "zh_CN")
    panel = HelpPanel(window.ctx)
    panel.resize(560, 680)
    panel.set_ticket("zh", "withdrawal")
    panel.search.setText("提现")
    panel.refresh()
    panel.show()
    save(panel, folder, "help-panel-zh")
    panel.close()
    install_translators(app, "en")

    profile = next((p for p in window.findChildren(ProfileView) if p.uid_shown()), None)
    if profile is not None:
        dialog = profile.transcripts.open_export()
        if dialog is not None:
            dialog.reason.setPlainText("The client asked for a copy of their conversations "
                                       "about the delayed withdrawal.")
            dialog.path.setText("/home/alice/Documents/transcript.pdf")
            dialog.resize(660, 640)
            save(dialog, folder, "export-dialog")
            dialog.close()


DASHBOARD_SIZE = (1440, 1780)  # tall enough for all eight cards


def dashboard_shots(app: QApplication, desk: VipDesk, folder: Path, name: str,
                    languages: tuple[tuple[str, str], ...] = (("en", ""), ("zh_CN", "-zh"))
                    ) -> None:
    """The dashboard as carol, a supervisor, sees her team: in English as ``name``.png, then
    in Chinese as ``name``-zh.png (the window is made again after the catalogue is loaded,
    as a restart in Chinese would)."""
    from vipclient.gui.translations import install_translators

    for language, suffix in languages:
        install_translators(app, language)
        old = desk.window
        desk.switch_demo_staff("carol")
        if not pump(90, lambda old=old: desk.window is not None and desk.window is not old
                    and desk.window.ctx.me.username == "carol"
                    and desk.window.status_area.state == "live"):
            raise SystemExit("carol's window did not reach 'live' in 90 s")
        window = desk.window
        assert window is not None
        window.resize(*DASHBOARD_SIZE)
        window.show()
        page = window.show_section("dashboard")
        drawn: list[int] = []
        page.refreshed.connect(lambda drawn=drawn: drawn.append(1))  # type: ignore[attr-defined]
        page.refresh()  # type: ignore[attr-defined]
        if not pump(30, lambda drawn=drawn: bool(drawn)):
            raise SystemExit("the dashboard was not drawn in 30 s")
        save(window, folder, name + suffix)
    install_translators(app, "en")


# The languages of the interface besides English, and the suffix of their pictures.
UI_LANGUAGES = (("zh_CN", "zh"), ("ja", "ja"), ("ko", "ko"))


def language_shots(desk: VipDesk, folder: Path) -> None:
    """The main screens in Chinese, Japanese and Korean, switched to as Settings → Language
    does (the window built again in place): ``lanes-ja.png`` (a ticket written in Japanese
    open, so its canned responses are Japanese), ``profile-ja.png``,
    ``requests-screen-ja.png``, ``dashboard-mine-ja.png``…"""
    for language, suffix in UI_LANGUAGES:
        desk.switch_language(language)
        window = desk.window
        assert window is not None
        window.resize(*WINDOW_SIZE)
        window.show()
        pump(2.0)
        if "lanes" in window.section_keys:
            window.open_ticket(pick_ticket(window, suffix))
            pump(2.0)
            save(window, folder, f"lanes-{suffix}")
        if "clients" in window.section_keys:
            window.open_client(pick_client(window))
            pump(2.0)
            save(window, folder, f"profile-{suffix}")
        if "requests" in window.section_keys:
            window.show_section("requests")
            pump(2.0)
            save(window, folder, f"requests-screen-{suffix}")
        if "dashboard" in window.section_keys:
            window.show_section("dashboard")
            pump(4.0)
            save(window, folder, f"dashboard-mine-{suffix}")
    desk.switch_language("en")
    window = desk.window
    assert window is not None
    window.resize(*WINDOW_SIZE)
    window.show()
    pump(1.0)


def request_shots(window: MainWindow, folder: Path, suffix: str = "") -> None:
    """The Requests section with a request's page, the policies view and the three forms
    (filled in as a person would, one message showing), as separate pictures. ``suffix``:
    ``-zh`` when Chinese is installed (the widgets are made after it, so they speak it)."""
    from vipclient.gui.requests.forms.api_access import ApiAccessRequestForm
    from vipclient.gui.requests.forms.fee import FeeRequestForm
    from vipclient.gui.requests.forms.withdrawal import WithdrawalRequestForm
    from vipclient.gui.requests.section import RequestsSection
    from vipclient.gui.requests.services import requests as requests_service

    ctx = window.ctx
    section = RequestsSection(ctx)
    section.resize(*WINDOW_SIZE)
    section.show()
    pump(5, lambda: section.index() is not None)
    index = section.index()
    assert index is not None
    rows = requests_service(ctx).rows(index.mine or index.all)
    pending = [k for k, row in rows.items() if row.status == "pending_approval"]
    section.show_request(pending[0] if pending else next(iter(rows)))
    pump(1.0)
    save(section, folder, f"requests{suffix}")
    section.show_policies()
    pump(0.5)
    save(section, folder, f"policies{suffix}")
    section.close()
    with ctx.cache.read_session() as s:
        uid = s.scalars(select(ClientRow.uid).where(
            ClientRow.manager_id == ctx.me.id, ClientRow.status == "active",
        ).order_by(ClientRow.tier.desc()).limit(1)).one()
    fee = FeeRequestForm(ctx, uid)
    fee.maker.setText("2.5")
    fee.edited("maker_bps")
    fee.taker.setText("1,5")
    fee.edited("taker_bps")
    fee.show()
    save(fee, folder, f"form-fee{suffix}")
    fee.close()
    withdrawal = WithdrawalRequestForm(ctx, uid)
    withdrawal.expedite_button.setChecked(True)
    pump(5, lambda: not withdrawal.assets.loading)
    withdrawal.asset.setCurrentIndex(max(0, withdrawal.asset.findData("BTC")))
    withdrawal.withdrawal_id.setText("W-88412")
    withdrawal.amount.setText("12.5")
    withdrawal.edited("amount")
    withdrawal.reason.setPlainText("The client's OTC settlement is due before the cut-off.")
    withdrawal.show()
    save(withdrawal, folder, f"form-withdrawal{suffix}")
    withdrawal.close()
    api = ApiAccessRequestForm(ctx, uid)
    api.tier.setCurrentIndex(api.tier.findData("institutional"))
    api.whitelist.add_lines("198.51.100.0/24\n2001:db8:4::/48\n10.1.2.3")
    api.reason.setPlainText("New trading servers in the Tokyo data centre.")
    api.show()
    save(api, folder, f"form-api-access{suffix}")
    api.close()


THEMES = {"dark": "dark", "high_contrast": "high-contrast"}  # theme → file name


def theme_shots(app: QApplication, folder: Path) -> None:
    """The dark and high-contrast variants, as a person who picked one in Settings sees it
    after a restart: a ticket (SLA marks, thread), a profile (frozen banner), the lanes with
    the keyboard focus on a filter (the focus ring), the dashboard; then the cheat-sheet."""
    for variant, name in THEMES.items():
        theme.apply_theme(app, variant)
        desk = VipDesk(
            app, Options(demo=True, demo_clients=120, demo_live=False, single_instance=False),
            log_directory=_tmp / "logs", install_crash_hooks=False, quit_app=lambda: None,
        )
        theme.apply_theme(app, variant)
        desk.start()
        if not pump(90, lambda desk=desk: desk.window is not None
                    and desk.window.status_area.state == "live"):
            raise SystemExit(f"the {variant} demo did not reach 'live' in 90 s")
        window = desk.window
        assert window is not None
        window.resize(*WINDOW_SIZE)
        window.show()
        window.activateWindow()
        pump(2.0)
        if "lanes" in window.pages:
            window.open_ticket(pick_ticket(window))
            pump(2.0)
            save(window, folder, name)
            lanes = window.pages["lanes"]
            lanes.language.setFocus(Qt.FocusReason.TabFocusReason)  # type: ignore[attr-defined]
            pump(0.5)
            save(window, folder, f"lanes-{name}")
        if "clients" in window.pages:
            window.open_client(pick_client(window))
            pump(2.0)
            save(window, folder, f"profile-{name}")
        dashboard_shots(app, desk, folder, f"dashboard-{name}",
                        languages=(("en", ""),) if variant == "high_contrast" else
                        (("en", ""), ("zh_CN", "-zh")))
        if variant == "high_contrast" and desk.window is not None:
            sheet = desk.window.show_shortcuts()
            sheet.resize(620, 760)
            save(sheet, folder, "shortcuts-high-contrast")
            sheet.close()
        desk.quit()
    theme.apply_theme(app, "light")


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "docs/screenshots").resolve()
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    app.setApplicationName("VIP Desk")
    font = QFont("DejaVu Sans", 10)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    focus_ring.install(app)
    if "--themes" in argv:  # only the theme variants (a quicker run when changing colours)
        theme_shots(app, folder)
        return 0

    desk = VipDesk(
        app, Options(demo=True, demo_clients=120, demo_live=False, single_instance=False),
        log_directory=_tmp / "logs", install_crash_hooks=False, quit_app=lambda: None,
    )
    desk.start()
    if not pump(90, lambda: desk.window is not None and desk.window.status_area.state == "live"):
        raise SystemExit("the demo did not reach 'live' in 90 s")
    window = desk.window
    assert window is not None
    window.resize(*WINDOW_SIZE)
    window.show()
    pump(2.0)

    shots: list[str] = []
    if "lanes" in window.pages:
        window.show_section("lanes")
        pump(1.5)
        save(window, folder, "lanes")
        shots.append("lanes")
        window.open_ticket(pick_ticket(window))
        pump(2.0)
        save(window, folder, "ticket")
    if "clients" in window.pages:
        window.show_section("clients")
        pump(1.5)
        save(window, folder, "clients")
        window.open_client(pick_client(window))
        pump(2.0)
        save(window, folder, "profile")
    workspace_shots(app, window, folder)

    window.show_search()
    palette = window.search_palette
    palette.edit.setText("王")
    pump(3.0, lambda: palette.results.count() > 0)
    save(palette, folder, "search")
    palette.hide()

    make_refusals(window)
    pump(15, lambda: window.status_area.failed >= 2)
    window.show_sync_problems()
    dialog = window.sync_problems
    assert dialog is not None
    pump(3.0, lambda: dialog.model.rowCount() >= 2)
    dialog.resize(920, 460)
    dialog.view.selectRow(dialog.model.rowCount() - 1)  # the conflict: both sides shown
    save(window, folder, "main-window-problems")
    save(dialog, folder, "sync-problems")
    dialog.close()

    request_shots(window, folder)
    from vipclient.gui.translations import install_translators

    install_translators(app, "zh_CN")
    request_shots(window, folder, "-zh")
    install_translators(app, "en")
    language_shots(desk, folder)
    window = desk.window
    assert window is not None

    settings = SettingsDialog(desk.settings, window)
    settings.show()
    save(settings, folder, "settings")
    settings.close()

    sign_in = SignInDialog(
        lambda _c: None, Credentials, server_url="https://backoffice.example.com",
        server_locked=True, username="alice",
    )
    sign_in.show()
    sign_in.password_edit.setText("correct-horse")
    sign_in.code_edit.setText("12")
    sign_in.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
    save(sign_in, folder, "sign-in")
    sign_in.close()

    dashboard_shots(app, desk, folder, "dashboard")
    security_shots(app, desk, folder)

    desk.quit()
    theme_shots(app, folder)
    return 0


# --- the security desk and the Audit section (dave, a security officer), English and Chinese --


def security_shots(app: QApplication, desk: VipDesk, folder: Path) -> None:
    """The alert queue, the freeze dialog, the step-up dialog counting a lockout down and the
    audit view with a broken entry, in English, then again in Chinese (``-zh``)."""
    from vipclient.gui.translations import install_translators

    for language, suffix in (("en", ""), ("zh_CN", "-zh")):
        install_translators(app, language)
        before = desk.window
        desk.switch_demo_staff("dave")
        if not pump(90, lambda b=before: desk.window is not None and desk.window is not b
                    and desk.window.ctx.me.username == "dave"
                    and desk.window.status_area.state == "live"):
            raise SystemExit("dave's desk did not reach 'live' in 90 s")
        window = desk.window
        assert window is not None
        window.resize(*WINDOW_SIZE)
        window.show()
        pump(1.0)
        _security_screens(window, folder, suffix)
    install_translators(app, "en")


def _security_screens(window: MainWindow, folder: Path, suffix: str) -> None:
    from vipclient.gui.audit.section import AuditSection
    from vipclient.gui.security.section import SecuritySection
    from vipclient.gui.step_up_dialog import StepUpDialog
    from vipclient.sync.events import StepUpChallenge

    security = window.show_section("security")
    assert isinstance(security, SecuritySection)
    pump(5.0, lambda: security.model.rowCount() > 0 and security.page.alert_id() is not None)
    pump(1.0)
    save(window, folder, f"security-alerts{suffix}")

    alert_id = security.page.alert_id()
    row = security.model.row_of(alert_id) if alert_id else -1
    uid = security.model.row_at(row).client_uid if row >= 0 else pick_client(window)
    dialog = security.open_freeze(uid, [alert_id] if alert_id else [])
    dialog.note.setPlainText("Client called from a new number; SIM swap reported by the carrier.")
    dialog.adjustSize()
    save(dialog, folder, f"freeze-dialog{suffix}")
    dialog.close()

    step_up = StepUpDialog(StepUpChallenge(
        None, QCoreApplication.translate("FreezeDialog", "Freeze {name} ({uid}): {scopes}")
        .format(name="Jacob Rossi", uid=uid, scopes="login, trading, withdrawals, API"),
        120, "", retry=True, attempts_left=0, locked_for=14 * 60 + 32), window,
        now=window.ctx.now)
    step_up.show()
    pump(1.2)
    save(step_up, folder, f"step-up-lockout{suffix}")
    step_up.close()

    audit = window.show_section("audit")
    assert isinstance(audit, AuditSection)
    pump(20.0, lambda: audit.model.rowCount() > 6)
    # Someone with the cache file edits one entry: Verify names it and selects it.
    seqs = [int(i) for i in audit.model.ids()]
    victim = sorted(seqs)[len(seqs) // 2]
    with window.ctx.cache.session() as s:
        raw = s.execute(text("SELECT raw FROM audit_entries WHERE seq = :s"),
                        {"s": victim}).scalar_one()
        entry = json.loads(raw)
        entry["details"] = {**(entry.get("details") or {}), "username": "mallory"}
        s.execute(text("UPDATE audit_entries SET raw = :r WHERE seq = :s"),
                  {"r": json.dumps(entry), "s": victim})
    audit.verify()
    pump(20.0, lambda: audit.verdict is not None and audit.shown_seq() == victim)
    pump(0.5)
    save(window, folder, f"audit-broken{suffix}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
