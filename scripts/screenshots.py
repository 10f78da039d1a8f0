"""Save pictures of VIP Desk's main screens: ``python scripts/screenshots.py docs/screenshots``.

Starts the app in demo mode on an in-process sandbox (offscreen, in throw-away config/data
folders so nothing of the person running it is touched), signs in as alice, waits for the
first sync, then opens each screen and saves a PNG of it: lanes, clients, a profile, a ticket,
search, sync problems (with two real refusals from the sandbox), settings and the sign-in
dialog; then, signed in as dave (a security officer), the alert queue, the freeze dialog, the
step-up dialog counting a lockout down and the audit view with a broken entry, in English and
Chinese.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

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
from vipclient.gui import theme  # noqa: E402
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


def pick_ticket(window: MainWindow) -> str:
    """An open ticket of the manager's book with the longest conversation (internal notes
    included, so every kind of message shows)."""
    me = window.ctx.me.id
    with window.ctx.cache.read_session() as s:
        uids = select(ClientRow.uid).where(ClientRow.manager_id == me)
        messages = func.count(MessageRow.id)
        row = s.execute(
            select(TicketRow.id, messages)
            .join(MessageRow, MessageRow.ticket_id == TicketRow.id)
            .where(TicketRow.client_uid.in_(uids), TicketRow.status.in_(("open", "new")))
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


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "docs/screenshots").resolve()
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    app.setApplicationName("VIP Desk")
    font = QFont("DejaVu Sans", 10)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)

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

    security_shots(app, desk, folder)

    # The dark variant, as a person who picked "Dark" in Settings sees it after a restart.
    desk.quit()
    dark_desk = VipDesk(
        app, Options(demo=True, demo_clients=120, demo_live=False, single_instance=False),
        log_directory=_tmp / "logs", install_crash_hooks=False, quit_app=lambda: None,
    )
    theme.apply_theme(app, "dark")
    dark_desk.start()
    if pump(90, lambda: dark_desk.window is not None
            and dark_desk.window.status_area.state == "live"):
        dark = dark_desk.window
        assert dark is not None
        dark.resize(*WINDOW_SIZE)
        dark.show()
        pump(2.0)
        if "lanes" in dark.pages:
            dark.open_ticket(pick_ticket(dark))
            pump(2.0)
        save(dark, folder, "dark")
    dark_desk.quit()
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
