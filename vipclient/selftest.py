"""``vipdesk --self-test``: does this build work on this machine? One line per check.

For workstation IT after an install, and for the packaging test against the bundle it built.
It needs no display (Qt runs offscreen) and no server: it starts the embedded sandbox on a
loopback port, signs in as demo staff of each role, lets the first sync finish, builds every
main section those roles may see (``MainWindow.page``), sends one action through the outbox
and waits for the server to confirm it. Before that it checks what freezing an app tends to
lose: resources, translations (the app's and Qt's own), Qt plugins (platforms, image formats,
the input methods CJK typing needs), keyring back-ends and their entry points, the cache's
migrations, the sections, and the child process the first pull reads the feed with.

Everything runs in a throwaway folder: settings, logs and caches there, never the person's;
tokens go to a memory keyring when no OS keyring is usable (the demo's tokens are wiped
either way). ``--cache FILE`` also opens a copy of an existing cache (one made by an older
version: the upgrade path) and counts what it holds.

Exit status 0 when every check passed, 1 otherwise; each failure says what failed in words.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from vipclient.app import VipDesk
    from vipclient.gui.main_window import MainWindow

PACKAGE_DIR = Path(__file__).resolve().parent
# Demo staff signed in, one per role, so every section some role may see is built.
STAFF_BY_ROLE = {"account_manager": "alice", "supervisor": "carol", "security_officer": "dave"}
DEMO_CLIENTS = 20
WAIT_S = 60.0
# Qt's own catalogues the bundle keeps (dialog buttons, context menus): en is Qt's source.
QT_LANGUAGES = ("zh_CN", "ja", "ko")
NOTE = "VIP Desk self-test: this internal note checks that actions reach the server."


class CheckFailed(Exception):
    """A check's finding, in words (no traceback needed)."""


@dataclass
class Report:
    out: IO[str]
    results: list[tuple[str, bool, str]] = field(default_factory=list)

    def record(self, name: str, ok: bool, detail: str) -> None:
        self.results.append((name, ok, detail))
        detail = " ".join(detail.split())  # one line per check, whatever the text held
        print(f"{'ok  ' if ok else 'FAIL'}  {name}: {detail}", file=self.out, flush=True)

    def check(self, name: str, fn: Callable[[], str]) -> bool:
        try:
            detail = fn()
        except CheckFailed as exc:
            self.record(name, False, str(exc))
            return False
        except Exception as exc:  # any other error is a failure of this check, in words
            where = traceback.extract_tb(exc.__traceback__)[-1]
            self.record(name, False, f"{type(exc).__name__}: {exc} "
                                     f"(at {Path(where.filename).name}:{where.lineno})")
            return False
        self.record(name, True, detail)
        return True

    @property
    def failed(self) -> list[str]:
        return [name for name, ok, _ in self.results if not ok]

    def summary(self) -> int:
        total, failed = len(self.results), self.failed
        if failed:
            print(f"self-test FAILED: {len(failed)} of {total} checks ({', '.join(failed)})",
                  file=self.out, flush=True)
            return 1
        print(f"self-test passed: {total} checks", file=self.out, flush=True)
        return 0


# --- what a build should contain -------------------------------------------------------------


def sections_in_tree(package_dir: Path = PACKAGE_DIR) -> list[str]:
    """Keys of the registered sections whose module is in the source tree at ``package_dir``
    (found as files, not imports): what a build of that tree must be able to show."""
    from vipclient.gui.sections import SECTIONS

    keys = []
    for section in SECTIONS:
        parts = section.factory.partition(":")[0].split(".")[1:]
        module = package_dir.joinpath(*parts)
        if module.with_suffix(".py").is_file() or (module / "__init__.py").is_file():
            keys.append(section.key)
    return keys


def expected_sections() -> list[str]:
    """A packaged build's list, baked in when it was built; a checkout's own tree."""
    from vipclient.version import BUILD_INFO

    try:
        baked = json.loads(BUILD_INFO.read_text(encoding="utf-8"))["sections"]
        return [str(key) for key in baked]
    except (OSError, ValueError, KeyError, TypeError):
        return sections_in_tree()


# --- checks without a session ------------------------------------------------------------------


def check_version() -> str:
    from vipclient.version import describe

    return describe().replace("\n", "; ")


def check_resources() -> str:
    from vipclient.paths import resource_dir
    from vipclient.services.canned import CANNED_DIR, LANGUAGES, load

    counts = {lang: len(load(lang)) for lang in LANGUAGES}
    empty = [lang for lang, n in counts.items() if n == 0]
    if empty:
        raise CheckFailed(f"no canned texts for {', '.join(empty)} in {CANNED_DIR}")
    icon = resource_dir("icons") / "vipclient.svg"
    if not icon.is_file():
        raise CheckFailed(f"the icon {icon} is missing")
    texts = ", ".join(f"{n} {lang}" for lang, n in counts.items())
    return f"canned texts ({texts}) and the icon in {CANNED_DIR.parent}"


def check_translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from vipclient.gui.translations import SEARCH_PATH
    from vipclient.settings import Settings

    # English too: its catalogue carries the plural forms ("1 ticket").
    languages = [c for c in Settings.info("language").choices or () if c != "system"]
    found = []
    for lang in languages:
        folder = next((f for f in SEARCH_PATH if (f / f"vipclient_{lang}.qm").is_file()), None)
        if folder is None:
            raise CheckFailed(f"the catalogue vipclient_{lang}.qm is in none of "
                              f"{', '.join(map(str, SEARCH_PATH))}")
        if not QTranslator().load(str(folder / f"vipclient_{lang}.qm")):
            raise CheckFailed(f"vipclient_{lang}.qm in {folder} does not load")
        found.append(f"vipclient_{lang}")
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for lang in QT_LANGUAGES:
        qm = qt_dir / f"qtbase_{lang}.qm"
        if not QTranslator().load(str(qm)):
            raise CheckFailed(f"Qt's own catalogue {qm} is missing or does not load")
        found.append(f"qtbase_{lang}")
    return ", ".join(found)


def check_fonts() -> str:
    """Chinese, Japanese, Korean and Arabic drawn with real glyphs, not boxes."""
    from vipclient.gui.fonts import FONT_PACKAGES, SAMPLES, missing_glyphs

    missing = missing_glyphs()
    if missing:
        raise CheckFailed(
            f"no font draws {', '.join(missing)} here (empty boxes instead of text): install "
            f"a font for them, on Debian/Ubuntu {FONT_PACKAGES}")
    return f"a font for each of {', '.join(SAMPLES)}"


def expected_plugins() -> dict[str, tuple[str, ...]]:
    """Qt plug-ins (folder: base names) this platform's build must carry and load."""
    if sys.platform == "win32":
        return {"platforms": ("qwindows", "qoffscreen"), "imageformats": ("qjpeg", "qico")}
    if sys.platform == "darwin":
        return {"platforms": ("qcocoa", "qoffscreen"), "imageformats": ("qjpeg", "qico")}
    # IBus and the compose-key context carry CJK and accented typing on X11 and Wayland.
    return {
        "platforms": ("qxcb", "qwayland", "qoffscreen"),
        "platforminputcontexts": ("ibusplatforminputcontextplugin",
                                  "composeplatforminputcontextplugin"),
        "imageformats": ("qjpeg", "qico"),
        "xcbglintegrations": ("qxcb-glx-integration",),
    }


def check_plugins() -> str:
    from PySide6.QtCore import QLibraryInfo, QPluginLoader

    root = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    loaded = []
    for folder, names in expected_plugins().items():
        for name in names:
            matches = sorted((root / folder).glob(f"*{name}.*"))
            matches = [m for m in matches if m.suffix in (".so", ".dll", ".dylib")]
            if not matches:
                raise CheckFailed(f"the Qt plug-in {folder}/{name} is not in {root}")
            loader = QPluginLoader(str(matches[0]))
            if not loader.load():
                raise CheckFailed(f"the Qt plug-in {matches[0]} does not load: "
                                  f"{loader.errorString()}")
            loaded.append(f"{folder}/{name}")
    return f"{len(loaded)} loaded from {root}: {', '.join(loaded)}"


def _platform_keyring() -> str:
    if sys.platform == "win32":
        return "Windows"
    return "macOS" if sys.platform == "darwin" else "SecretService"


def check_keyring_backends() -> str:
    """The back-ends are found through entry points a frozen app may have lost; the one for
    this platform must be listed and importable (whether it can be used depends on the
    desktop session, reported by the sign-in check)."""
    from importlib.metadata import entry_points

    found = {ep.name: ep.value for ep in entry_points(group="keyring.backends")}
    wanted = _platform_keyring()
    if wanted not in found:
        raise CheckFailed(f"no {wanted} keyring back-end among the entry points "
                          f"({', '.join(sorted(found)) or 'none at all'})")
    importlib.import_module(found[wanted])
    return f"entry points {', '.join(sorted(found))}; {wanted} imports"


def check_migrations() -> str:
    from vipclient.store import migrate

    head = migrate.head_revision()
    if head != migrate.HEAD:
        raise CheckFailed(f"the migration scripts end at {head}, the app expects {migrate.HEAD}")
    scripts = sorted(p.name for p in (migrate.MIGRATIONS_DIR / "versions").glob("0*.py"))
    return f"{len(scripts)} scripts up to {head} in {migrate.MIGRATIONS_DIR}"


def check_sections() -> str:
    from vipclient.gui.sections import SECTIONS

    expected = expected_sections()
    by_key = {s.key: s for s in SECTIONS}
    missing = [key for key in expected if key not in by_key]
    if missing:
        raise CheckFailed(f"this build lists sections the app does not know: {missing}")
    for key in expected:
        factory = by_key[key].resolve()
        if factory is None or not callable(factory):
            raise CheckFailed(f"the section {key!r} ({by_key[key].factory}) is missing from "
                              "this build")
    return f"{len(expected)} resolve: {', '.join(expected)}"


def check_managed_config(home: Path) -> str:
    """IT's file as the app reads it (the self-test itself runs without it)."""
    from vipclient.settings import Settings, managed_config_path

    path = managed_config_path()
    if not path.exists():
        return f"none at {path}"
    # A user file that does not exist: an unreadable one would be moved aside.
    settings = Settings.load(home / "managed-check" / "settings.json", path)
    problems = [w for w in settings.warnings if "managed config" in w]
    if problems:
        raise CheckFailed(f"{path}: {'; '.join(problems)}")
    from vipclient.version import build_info

    built = build_info().channel
    if settings.is_locked("update_channel") and settings.update_channel != built:
        raise CheckFailed(f"this is a {built} build; {path} sets the update channel "
                          f"{settings.update_channel}")
    return f"{path} sets {', '.join(settings.locked_names()) or 'nothing'}"


# --- a session against the embedded sandbox ----------------------------------------------------


def wait_for(app: QApplication, done: Callable[[], bool], what: str,
             timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise CheckFailed(f"{what} did not happen within {timeout:.0f} s")
        app.processEvents()
        time.sleep(0.01)


class _Session:
    """One VIP Desk in the throwaway folder, signed in to the embedded sandbox."""

    def __init__(self, app: QApplication, home: Path) -> None:
        from vipclient.app import Options, VipDesk
        from vipclient.settings import Settings

        self.app = app
        self.home = home
        settings = Settings.load(home / "config" / "settings.json", home / "no-managed.toml")
        settings.log_level = "ERROR"  # the checks' lines are the output; the log has the rest
        cache_root = home / "data" / "cache"

        class SelfTestDesk(VipDesk):
            @property
            def session_service(self) -> Any:
                from vipclient.services.session import SessionService

                # One sandbox, one cache per person, all in the throwaway folder.
                return SessionService(
                    cache_location=lambda _server, user: cache_root / f"{user}.sqlite3")

        self.desk: VipDesk = SelfTestDesk(
            app, Options(demo=True, demo_clients=DEMO_CLIENTS, demo_live=False,
                         single_instance=False),
            settings=settings, log_directory=home / "log", install_crash_hooks=False,
            quit_app=lambda: None,
        )
        self.failure: str | None = None
        self.desk.demoFailed.connect(self._failed)
        self.desk.sessionOpened.connect(self._opened)
        self.window: MainWindow | None = None

    def _failed(self, text: str) -> None:
        self.failure = text

    def _opened(self, window: MainWindow) -> None:
        self.window = window

    def wait_window(self, username: str) -> MainWindow:
        def opened() -> bool:
            if self.failure is not None:
                raise CheckFailed(f"the demo could not start: {self.failure}")
            return self.window is not None and self.window.ctx.me.username == username

        wait_for(self.app, opened, f"signing in as {username}")
        assert self.window is not None
        return self.window

    def start(self) -> str:
        self.desk.start()
        window = self.wait_window("alice")
        return self._synced(window)

    def switch(self, username: str) -> str:
        self.window = None
        self.desk.switch_demo_staff(username)
        return self._synced(self.wait_window(username))

    def _synced(self, window: MainWindow) -> str:
        sync = window.ctx.sync
        wait_for(self.app, lambda: sync.status.state == "live", "the first sync")
        session = self.desk.session
        assert session is not None
        note = session.keyring_note
        storage = f"tokens in the {session.tokens.storage}"
        import keyring

        backend = type(keyring.get_keyring()).__name__
        return (f"{window.ctx.me.username} ({', '.join(sorted(window.ctx.me.roles))}) signed "
                f"in and synced; {storage} ({backend})" + (f"; {note}" if note else ""))

    def open_sections(self, expected: list[str]) -> str:
        from vipclient.gui.sections import SECTIONS

        window = self.window
        assert window is not None
        roles = window.ctx.me.roles
        may_see = [s.key for s in SECTIONS if s.key in expected and s.allowed_for(roles)]
        listed = set(window.section_keys)
        absent = [key for key in may_see if key not in listed]
        if absent:
            raise CheckFailed(f"the window does not list {', '.join(absent)}")
        for key in may_see:
            page = window.page(key)
            window.show_section(key)
            self.app.processEvents()
            if page is None or page.objectName() != f"section-{key}":
                raise CheckFailed(f"the section {key!r} did not build")
        return ", ".join(may_see)

    def send_action(self) -> str:
        from vipclient.services.clients import ClientFilter, ClientsService
        from vipclient.services.ticket_values import MessageState
        from vipclient.services.tickets import TicketsService

        window = self.window
        assert window is not None
        cache = window.ctx.cache
        clients = ClientsService(cache)
        tickets = TicketsService(cache)
        ticket = next((t for uid in clients.ids(ClientFilter(book_of=window.ctx.me.id))
                       for t, _ in tickets.open_tickets_of(uid)), None)
        if ticket is None:
            raise CheckFailed("the demo book has no open ticket to add a note to")
        outbox_id = tickets.reply(ticket, NOTE, internal=True)
        window.ctx.sync.nudge()

        def confirmed() -> bool:
            for item in tickets.thread(ticket):
                if item.body == NOTE and item.state == MessageState.FAILED:
                    raise CheckFailed(f"the server refused the note: {item.error}")
                if item.body == NOTE and item.state == MessageState.SENT and (
                    not item.id.startswith("local-")
                ):
                    return True
            return False

        wait_for(self.app, confirmed, "the server's confirmation of an internal note")
        return f"an internal note on {ticket} (outbox row {outbox_id}) confirmed by the server"

    def feed_child(self) -> str:
        """The first pull's child process, started as the sync engine starts it (spawn)."""
        from vipclient.api.feed_reader import FeedReader

        session = self.desk.session
        assert session is not None
        reader = FeedReader(session.api.feed_grant(50))
        try:
            wait_for(self.app, lambda: reader.ready() or reader.stopped_because is not None,
                     "the feed-reading child process starting")
            if reader.stopped_because:
                raise CheckFailed(f"the child process failed: {reader.stopped_because}")
            reader.start(None)
            page = reader.next_page(lambda: False)
            if page is None:
                raise CheckFailed(f"the child process read nothing: {reader.stopped_because}")
            return f"a child process read a page of the feed ({len(page[0])} bytes)"
        finally:
            reader.close()

    def close(self) -> None:
        self.desk.quit()


def check_cache(path: Path, home: Path) -> str:
    """A copy of ``path`` opened by this build: migrated to the newest schema, its rows kept."""
    from vipclient.store import summary
    from vipclient.store.cache import Cache
    from vipclient.store.migrate import HEAD

    if not path.is_file():
        raise CheckFailed(f"no cache file at {path}")
    copy = home / "opened" / path.name
    copy.parent.mkdir(parents=True)
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(path) + suffix)
        if source.exists():
            shutil.copy(source, Path(str(copy) + suffix))
    before = summary.revision(copy)
    cache = Cache.open(copy)
    cache.close()
    after = summary.revision(copy)
    if after != HEAD:
        raise CheckFailed(f"{path} is at {after} after opening, not {HEAD}")
    rows = ", ".join(f"{n} {t}" for t, n in summary.row_counts(copy).items())
    return f"{path} opened (schema {before or 'none'} -> {after}); it holds {rows}"


@contextmanager
def throwaway_home() -> Iterator[Path]:
    """A folder for everything the run writes; the per-user folders point there too."""
    saved = {k: os.environ.get(k) for k in
             ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME",
              "QT_QPA_PLATFORM")}
    with tempfile.TemporaryDirectory(prefix="vipdesk-self-test-") as tmp:
        home = Path(tmp)
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            os.environ[var] = str(home / var.lower())
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        try:
            yield home
        finally:
            for var, value in saved.items():
                if value is None:
                    os.environ.pop(var, None)
                else:
                    os.environ[var] = value


def _memory_keyring_if_needed() -> None:
    import keyring

    from vipclient.security.memory_keyring import MemoryKeyring
    from vipclient.security.tokens import _unusable_backend

    try:
        usable = not _unusable_backend(keyring.get_keyring())
    except Exception:
        usable = False
    if not usable:
        keyring.set_keyring(MemoryKeyring())


def run(cache: Path | None = None, out: IO[str] | None = None) -> int:
    """Every check, one line each on ``out``; 0 when all passed."""
    report = Report(out if out is not None else sys.stdout)
    with throwaway_home() as home:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "vipdesk"])
        assert isinstance(app, QApplication)
        report.check("version", check_version)
        report.check("resources", check_resources)
        report.check("translations", check_translations)
        report.check("fonts", check_fonts)
        report.check("Qt plug-ins", check_plugins)
        report.check("keyring back-ends", check_keyring_backends)
        report.check("migrations", check_migrations)
        report.check("sections", check_sections)
        report.check("managed config", lambda: check_managed_config(home))
        if cache is not None:
            report.check("cache", lambda: check_cache(cache, home))
        _memory_keyring_if_needed()
        _run_session(app, home, report)
    return report.summary()


def _run_session(app: QApplication, home: Path, report: Report) -> None:
    expected = expected_sections()
    session: _Session | None = None

    def start() -> str:
        nonlocal session
        session = _Session(app, home)
        return session.start()

    try:
        if not report.check("sign-in (alice)", start):
            return
        assert session is not None
        live = session
        report.check("sections (alice)", lambda: live.open_sections(expected))
        report.check("outbox", live.send_action)
        report.check("feed child process", live.feed_child)
        for role, username in STAFF_BY_ROLE.items():
            if username == "alice":
                continue
            if report.check(f"sign-in ({username})", functools.partial(live.switch, username)):
                report.check(f"sections ({username}, {role})",
                             lambda: live.open_sections(expected))
    finally:
        if session is not None:
            session.close()
