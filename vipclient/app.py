"""The composition root: builds every part of VIP Desk and wires them together.

Order at start: settings → logs → crash hooks → theme → (sign-in) → token store → API client →
cache → sync controller → services → context → main window. Sign-in happens in the sign-in
dialog (or, with ``--demo``, against an in-process sandbox without typing); each signed-in
session gets its own token store, API client, cache and sync controller, torn down in
``_close_session``.

A person who stayed signed in meets their window first: it is painted from their cache
(``services.resume``: plain sqlite3, no keyring, no HTTP, no ORM), and only then are the
kept tokens read, the API client and the cache's ORM made, and sync started
(``_finish_resume`` → ``_attach``), all off the UI thread. The modules for that later work
are imported where it runs, not by this module (a test keeps it so).

Shutdown is orderly and quick: the sync controller stops first (aborting a long-poll's
connection), background work is drained with a time limit, then the demo sandbox stops.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from vipclient import crash, logs, startup_marks
from vipclient.gui import theme, workers
from vipclient.gui.crash_presenter import CrashPresenter
from vipclient.gui.main_window import MainWindow
from vipclient.gui.online import OnlineRunner
from vipclient.gui.single_instance import SingleInstance
from vipclient.gui.translations import install_translators, installed_language
from vipclient.i18n import translate
from vipclient.services.context import AppContext, Me
from vipclient.services.resume import CachedSession, from_cache
from vipclient.settings import DEFAULT_PROFILE, DEMO_PROFILE, Settings, settings_path
from vipclient.store.cache import Cache
from vipclient.sync.controller import SyncController

if TYPE_CHECKING:
    from vipclient.gui.busy_window import BusyWindow
    from vipclient.gui.settings_dialog import SettingsDialog
    from vipclient.gui.sign_in_dialog import SignInDialog
    from vipclient.services.session import SessionService, SignedIn
    from vipclient.warm_start import WarmStart

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Options:
    demo: bool = False
    server: str | None = None
    profile: str | None = None
    demo_clients: int = 200
    demo_live: bool = True
    single_instance: bool = True

    @property
    def profile_name(self) -> str:
        return self.profile or (DEMO_PROFILE if self.demo else DEFAULT_PROFILE)


@dataclass(frozen=True)
class LastRunFault:
    """What the crash dialog shows about a previous run that died hard."""

    summary: str
    details: str
    log_path: Path


def token_file_dir() -> Path:
    """Where sign-in tokens go when there is no keyring and the fallback was opted in."""
    return Path(platformdirs.user_data_dir("vipclient", appauthor=False)) / "tokens"


class VipDesk(QObject):
    """One running VIP Desk: its settings, the current session (if any), its windows."""

    sessionOpened = Signal(object)  # MainWindow
    sessionClosed = Signal()
    demoFailed = Signal(str)

    def __init__(
        self,
        qapp: QApplication,
        options: Options,
        *,
        settings: Settings | None = None,
        log_directory: Path | None = None,
        install_crash_hooks: bool = True,
        quit_app: Callable[[], None] | None = None,
        warm: WarmStart | None = None,
    ) -> None:
        super().__init__()
        self.qapp = qapp
        self.options = options
        self._quit_app = quit_app or qapp.quit
        # 1. settings, 2. logs, 3. crash hooks, 4. theme.
        # ``warm``: the first screen of a kept session, read while Qt loaded (warm_start.py).
        self._warm = warm
        self.settings = (
            settings or (warm.settings() if warm is not None else None)
            or Settings.load(settings_path(options.profile_name))
        )
        self.log_path = logs.setup_logging(
            getattr(logging, str(self.settings.log_level), logging.INFO), directory=log_directory,
            rotate_later=True,  # from the first window on (_finish_start)
        )
        logs.install_qt_message_handler()
        self.crash_presenter = CrashPresenter(lambda: self.window)
        self._crash_hooks = install_crash_hooks
        # A hard crash of the last run (C level) left a faulthandler trace: offer it once.
        self.previous_fault: str | None = None
        if install_crash_hooks:
            self.previous_fault = crash.previous_fault(log_directory)
            crash.install(self.crash_presenter.report_from_any_thread, directory=log_directory)
        theme.apply_theme(qapp, self.settings.theme)

        self.session: SignedIn | None = None
        self._cache: Cache | None = None  # the cache the window shows (also before sign-in ends)
        self.sync: SyncController | None = None
        self._online: OnlineRunner | None = None
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.instance: SingleInstance | None = None
        self.demo: Any = None  # vipclient.demo.DemoBackend, imported only in demo mode
        self.busy: BusyWindow | None = None
        self._stopping = False
        qapp.setQuitOnLastWindowClosed(False)

    @property
    def session_service(self) -> SessionService:
        """Built from the settings in force now: connection changes apply at the next sign-in.

        The first use imports the token store, the HTTP client and the ORM: call it off the
        UI thread where it may be the first (the start-up path does)."""
        from vipclient.security import tokens as token_storage
        from vipclient.services.session import SessionService

        # Without an OS keyring, tokens stay in memory for this run unless the person or IT
        # opted in to a private file (DESIGN: no plain-text secrets without consent).
        token_storage.set_plaintext_fallback(
            token_file_dir() if self.settings.allow_plaintext_token_fallback else None
        )
        token_storage.set_keep_allowed("kept_sign_in" in self.settings.allowed_sign_in_methods)
        return SessionService(
            ca_bundle=self.settings.ca_bundle or None, proxy=self.settings.proxy or None
        )

    # -- start ----------------------------------------------------------------------------------

    def start(self) -> None:
        if self.previous_fault:
            self.crash_presenter.report_from_any_thread(
                LastRunFault(
                    summary=translate(
                        "VipDesk", "VIP Desk stopped unexpectedly the last time it ran."),
                    details=self.previous_fault,
                    log_path=self.log_path,
                )
            )
        if self.options.single_instance:
            self.instance = SingleInstance(self.options.profile_name, self)
            self.instance.listen()
            self.instance.activated.connect(self._bring_forward)
        if self.options.demo:
            self._start_demo()
        elif not self._resume():
            self.show_sign_in()

    def _resume(self) -> bool:
        """Reopen the last person's session (no typing); False if there is none to reopen.

        Kept sign-ins open from the cache first (:meth:`_show_cached`); a cache that cannot
        show them at once (none yet, an older schema, no staff list) takes the slower way,
        where the window waits for the keyring and maybe the server."""
        server, username = self.settings.server_url, self.settings.last_username
        if self.options.server and self.options.server.rstrip("/") != server.rstrip("/"):
            return False
        if not server or not username:
            return False
        server_url = server.strip().rstrip("/")
        if not self.settings.session_kept:
            self._resume_fully(server_url, username)
            return True
        warm, self._warm = self._warm, None
        if warm is not None:
            (
                workers.BackgroundOp(warm.session)
                .success(lambda found: self._from_warm(warm, found, server_url, username))
                .failure(lambda exc: self._resume_fully(server_url, username))
                .run()
            )
            return True
        (
            workers.BackgroundOp(lambda: from_cache(server_url, username))
            .success(lambda found: self._show_cached(found) if found is not None
                     else self._resume_fully(server_url, username))
            .failure(lambda exc: self._resume_fully(server_url, username))
            .run()
        )
        return True

    def _from_warm(self, warm: WarmStart, found: CachedSession | None, server_url: str,
                   username: str) -> None:
        if found is not None and found.server_url == server_url:
            self._show_cached(found, warm)
        else:
            self._resume_fully(server_url, username)

    def _resume_fully(self, server_url: str, username: str) -> None:
        (
            workers.BackgroundOp(lambda: self.session_service.resume(server_url, username))
            .success(lambda signed: self._open_session(signed) if signed else self.show_sign_in())
            .failure(lambda exc: self.show_sign_in(notice=getattr(exc, "user_message", None)))
            .run()
        )

    def _show_cached(self, found: CachedSession, warm: WarmStart | None = None) -> None:
        """The window from the cache alone; the rest of the session follows its first paint."""
        if self._stopping:
            found.cache.close()
            return
        window = self._show_window(found.server_url, found.me, found.cache, warm)
        done = False

        def finish() -> None:
            nonlocal done
            if not done:
                done = True
                self._finish_resume(found)

        window.firstPainted.connect(finish)

    def _finish_resume(self, found: CachedSession) -> None:
        """Behind the first paint: the kept tokens, the API client, the cache's ORM."""
        startup_marks.mark("resume-started")
        username = found.me.username

        def resume() -> SignedIn | None:
            return self.session_service.resume(found.server_url, username, cache=found.cache)

        (
            workers.BackgroundOp(resume)
            .success(lambda signed: self._attach(signed) if signed is not None
                     else self._session_ended(translate("VipDesk", "Sign in again to continue.")))
            .failure(lambda exc: self._resume_failed(found, exc))
            .run()
        )

    def _resume_failed(self, found: CachedSession, exc: BaseException) -> None:
        """The window stays, working offline from the cache; say why sync is not running."""
        log.warning("resuming the session failed: %s", exc)
        if self.window is not None:
            text = getattr(exc, "user_message", None) or translate("VipDesk",
                "The kept sign-in could not be opened; the cached data is shown.")
            self.window.statusBar().showMessage(text, 15000)

    @Slot()
    def _bring_forward(self) -> None:
        if self.window is not None:
            self.window.bring_to_front()
        elif self.sign_in_dialog is not None:
            self.sign_in_dialog.raise_()
            self.sign_in_dialog.activateWindow()

    # -- demo -----------------------------------------------------------------------------------

    def _start_demo(self) -> None:
        if "demo" not in self.settings.allowed_sign_in_methods:
            self._demo_failed(PermissionError(
                translate(
                    "VipDesk", "your IT department does not allow the demo on this computer")))
            return
        from vipclient.demo import DemoBackend  # the only import of the sandbox outside tests

        self.demo = DemoBackend(clients=self.options.demo_clients, live=self.options.demo_live)
        demo = self.demo
        log.info("starting the demo sandbox")
        self._show_busy(translate("VipDesk", "Starting the demo server with its demo clients…"))
        (
            workers.BackgroundOp(demo.start)
            .success(lambda _url: self.sign_in_demo_staff("alice"))
            .failure(self._demo_failed)
            .run()
        )

    def sign_in_demo_staff(self, username: str) -> None:
        """Sign in as a demo staff member with no typing (code from the sandbox controls)."""
        if self._stopping or self.demo is None:
            return
        demo, service = self.demo, self.session_service
        self._show_busy(translate("VipDesk", "Signing in as {name}…").format(name=username))
        (
            workers.BackgroundOp(lambda: service.sign_in(demo.credentials(username)))
            .success(self._open_session)
            .failure(self._demo_failed)
            .run()
        )

    def _show_busy(self, text: str) -> None:
        if self.busy is None:
            from vipclient.gui.busy_window import BusyWindow

            self.busy = BusyWindow(text)
        self.busy.set_text(text)
        self._finish_start()
        self.busy.show()

    def _hide_busy(self) -> None:
        if self.busy is not None:
            self.busy.close()
            self.busy.deleteLater()
            self.busy = None

    def _demo_failed(self, exc: BaseException) -> None:
        self._hide_busy()
        log.error("demo start failed", exc_info=exc)
        text = getattr(exc, "user_message", None) or str(exc)
        self.demoFailed.emit(text)
        if not self._stopping:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(
                None, translate(
                    "VipDesk", "VIP Desk demo"), translate("VipDesk", "The demo could not start: "
                        "{e}").format(e=text)
            )
            self.quit()

    @Slot(str)
    def switch_demo_staff(self, username: str) -> None:
        self._show_busy(translate("VipDesk", "Signing in as {name}…").format(name=username))
        self.sign_out(then=lambda: self.sign_in_demo_staff(username))

    # -- sign-in ----------------------------------------------------------------------------------

    def show_sign_in(self, notice: str | None = None) -> SignInDialog | None:
        if self._stopping:
            return None
        from vipclient.gui.sign_in_dialog import SignInDialog
        from vipclient.services.session import Credentials, keyring_note

        server = self.options.server or self.settings.server_url
        dialog = SignInDialog(
            self.session_service.sign_in,
            Credentials,
            server_url=server,
            server_locked=self.settings.is_locked("server_url") and not self.options.server,
            username=self.settings.last_username,
            keyring_note=keyring_note(),
            notice=notice,
        )
        dialog.signedIn.connect(self._open_session)
        dialog.rejected.connect(self.quit)
        self.sign_in_dialog = dialog
        self._finish_start()
        dialog.show()
        return dialog

    # -- a session --------------------------------------------------------------------------------

    @Slot(object)
    def _open_session(self, signed: SignedIn) -> None:
        """A session signed in (or resumed the slower way): its window, then sync."""
        if self._stopping:
            # Signed in while quitting: keep nothing (off the UI thread, like every sign-out).
            service = self.session_service
            workers.BackgroundOp(lambda: service.sign_out(signed)).failure(log.warning).run()
            return
        self.sign_in_dialog = None
        self._show_window(signed.server_url, signed.me, signed.cache)
        self._attach(signed)

    def _show_window(self, server_url: str, me: Me, cache: Cache,
                     warm: WarmStart | None = None) -> MainWindow:
        """The main window over ``cache``; its sync controller waits for :meth:`_attach`.
        ``warm``: the start that is placing this person's lanes (the Lanes screen waits for
        them rather than asking the cache again)."""
        self._hide_busy()
        self._cache = cache
        sync = SyncController()
        self.sync = sync
        # The online road (live-only actions, server reads): connected at _attach.
        self._online = OnlineRunner(lambda: self.window, self)
        ctx = AppContext(
            settings=self.settings,
            cache=cache,
            sync=sync,
            me=me,
            server_url=server_url,
            run_in_background=workers.run_in_background,
            now=self._server_now,
            services={"online": self._online},
            demo=self.options.demo,
        )
        if warm is not None:
            ctx.services["lanes.warm"] = warm.lanes
        self.ctx = ctx
        window = self._new_window(ctx)
        window.firstPainted.connect(lambda: startup_marks.mark("first-paint"))
        window.firstPainted.connect(self._finish_start)
        sync.signedOut.connect(self._session_ended)
        window.show()
        startup_marks.mark("window-shown")
        return window

    def _finish_start(self) -> None:
        """What the app needs from its first window on but a first frame does not wait for:
        the app's icon (six painted sizes), the focus rings (keyboard focus always seen,
        ``focus_ring.py``) and the log file's rotation (``logs.LogFile``). Before the sign-in
        and busy windows show, and just after a main window's first paint."""
        from vipclient.gui import focus_ring

        logs.rotate_log_file()
        focus_ring.install(self.qapp)
        if self.qapp.windowIcon().isNull():
            from vipclient.gui.icon import app_icon

            self.qapp.setWindowIcon(app_icon())

    def _new_window(self, ctx: AppContext) -> MainWindow:
        window = MainWindow(
            ctx,
            demo_staff=self.demo.usernames() if self.demo is not None else (),
            load_geometry=self._load_geometry,
            save_geometry=self._save_geometry,
        )
        self.window = window
        window.signOutRequested.connect(self.sign_out)
        window.quitRequested.connect(self.quit)
        window.closed.connect(self._window_closed)
        window.switchStaffRequested.connect(self.switch_demo_staff)
        window.settingsRequested.connect(self.show_settings)
        window.openLogFolderRequested.connect(self.open_log_folder)
        return window

    def _attach(self, signed: SignedIn) -> None:
        """The session behind the window: sync starts, the kept sign-in is remembered."""
        if self._stopping or self.sync is None or self.window is None:
            signed.api.close()
            if signed.cache is not self._cache:
                signed.cache.close()
            return
        self.session = signed
        if not self.options.demo:
            self._remember(signed)
        self.sync.attach(signed.cache, signed.api)
        self.sync.start()
        if self._online is not None:
            self._online.attach(signed.api)
        self.window.build_remaining_sections()
        note = signed.keyring_note
        if note:
            self.window.statusBar().showMessage(note, 15000)
        startup_marks.mark("session-attached")
        log.info("session open for %s", signed.me.username)
        self.sessionOpened.emit(self.window)

    def _server_now(self) -> datetime:
        """The server's clock as the API client estimates it (the computer's before that)."""
        session = self.session
        return session.api.server_now() if session is not None else datetime.now(UTC)

    def _remember(self, signed: SignedIn) -> None:
        try:
            self.settings.last_username = signed.me.username
            self.settings.session_kept = signed.tokens.persistent
            if not self.settings.is_locked("server_url"):
                self.settings.server_url = signed.server_url
            self.settings.save()
        except (OSError, ValueError) as exc:
            log.warning("could not save the sign-in preferences: %s", exc)

    def _load_geometry(self, screen: str) -> bytes | None:
        """The window's place on ``screen`` (a geometry saved before per-screen ones existed
        serves any screen once)."""
        saved = self.settings.window_geometries.get(screen)
        if saved is not None:
            try:
                return base64.b64decode(saved, validate=True)
            except ValueError:
                return None
        return self.settings.window_geometry

    def _save_geometry(self, screen: str, geometry: bytes) -> None:
        try:
            kept = dict(self.settings.window_geometries)
            kept[screen] = base64.b64encode(geometry).decode("ascii")
            self.settings.window_geometries = kept
            self.settings.window_geometry = None
            self.settings.save()
        except (OSError, ValueError) as exc:
            log.warning("could not save the window geometry: %s", exc)

    def _close_session(self) -> SignedIn | None:
        """Stop sync and close the window; returns the session for the caller to end (a
        window shown from the cache whose session never attached has its cache closed)."""
        sync, self.sync = self.sync, None
        if sync is not None:
            sync.stop()
        online, self._online = self._online, None
        if online is not None:
            online.close()
        window, self.window = self.window, None
        if window is not None:
            window.closed.disconnect(self._window_closed)
            window.close()
            window.deleteLater()
        self.ctx = None
        cache, self._cache = self._cache, None
        session, self.session = self.session, None
        if session is not None:
            self.sessionClosed.emit()
        elif cache is not None:
            # Reads still running finish on their connections (closing is like disposing a
            # pool); a resume still under way closes what it opened when it returns.
            cache.close()
        return session

    @Slot()
    def sign_out(self, then: Callable[[], None] | None = None) -> None:
        """Revoke and wipe the tokens, then back to the sign-in dialog (or ``then``)."""
        self._forget_kept_session()
        session = self._close_session()
        after = then or (lambda: self.show_sign_in())
        if session is None:
            after()
            return
        service = self.session_service
        (
            workers.BackgroundOp(lambda: service.sign_out(session))
            .failure(lambda exc: log.warning("sign-out: %s", exc))
            .finally_(after)
            .run()
        )

    @Slot(str)
    def _session_ended(self, reason: str) -> None:
        """The server ended the session (refresh refused), or the kept one is gone: sign in
        again."""
        self._forget_kept_session()
        session = self._close_session()
        if session is not None:
            session.tokens.clear()
            session.api.close()
            session.cache.close()
        if self.options.demo:
            self.sign_in_demo_staff("alice")
        else:
            self.show_sign_in(notice=reason)

    def _forget_kept_session(self) -> None:
        if self.settings.session_kept:
            try:
                self.settings.session_kept = False
                self.settings.save()
            except OSError as exc:
                log.warning("could not save the sign-in preferences: %s", exc)

    # -- window actions ---------------------------------------------------------------------------

    @Slot()
    def show_settings(self) -> SettingsDialog:
        from vipclient.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.window)
        dialog.applied.connect(self._settings_applied)
        dialog.open()
        return dialog

    @Slot()
    def _settings_applied(self) -> None:
        theme.apply_theme(self.qapp, self.settings.theme)
        if self.settings.language != installed_language():
            # After the dialog has closed: the window it belongs to is about to be replaced.
            QTimer.singleShot(0, lambda: self.switch_language(str(self.settings.language)))

    def switch_language(self, language: str) -> None:
        """Show the app in ``language`` now, keeping the person's work.

        Qt's texts are set when a widget is built, so the window is built again in the new
        language over the same session (cache, sync, outbox untouched) and given back what
        the person had: the section, each screen's ticket, client, filters and unsaved
        profile edits (``MainWindow.view_state``), replies being written (kept per ticket in
        ``services.drafts``), the geometry, and any dialog still open on the old window."""
        install_translators(self.qapp, language)
        old, ctx = self.window, self.ctx
        if old is None or ctx is None:
            return
        state = old.view_state()
        old.store_geometry()
        old.closed.disconnect(self._window_closed)
        window = self._new_window(ctx)
        window.restore_view_state(state)
        for child in old.findChildren(QDialog, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isVisible() and child is not old.sync_problems:
                child.setParent(window, child.windowFlags())
                child.show()
        if old.step_up_dialog is not None and old.step_up_dialog.parent() is window:
            window.adopt_step_up(old.step_up_dialog)
        window.show()
        old.hide()
        old.deleteLater()
        if self.session is not None:
            window.build_remaining_sections()
        log.info("language switched to %s", language)

    @Slot()
    def open_log_folder(self) -> None:
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    @Slot()
    def _window_closed(self) -> None:
        self.quit()

    # -- shutdown ---------------------------------------------------------------------------------

    @Slot()
    def quit(self) -> None:
        """Stop everything promptly and leave the event loop. Tokens stay for the next start."""
        if self._stopping:
            return
        self._stopping = True
        log.info("quitting")
        if self.window is not None:
            self.window.store_geometry()
        session = self._close_session()
        if session is not None:
            session.api.abort()
            if self.options.demo:
                session.tokens.clear()  # demo sessions point at a sandbox that is going away
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.close()
            self.sign_in_dialog = None
        self._hide_busy()
        workers.wait_for_all(3000)
        if session is not None:
            # After the background work: a screen's last read must not meet a closed cache.
            session.cache.close()
        if self.demo is not None:
            self.demo.stop()
            self.demo = None
        if self.instance is not None:
            self.instance.close()
            self.instance = None
        if self._crash_hooks:
            crash.uninstall()
        self._quit_app()

    def top_window(self) -> QWidget | None:
        return self.window or self.sign_in_dialog
