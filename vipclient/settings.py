"""Every VIP Desk setting, in one typed module.

Two sources, one view:

- **user settings**: ``settings.json`` in ``platformdirs.user_config_dir("vipclient")``,
  written by the app (atomically) with a ``schema_version``;
- **managed settings**: a TOML file workstation IT installs system-wide (path from
  ``VIPCLIENT_MANAGED_CONFIG``, else ``/etc/vipdesk/managed.toml`` on Linux — the package's
  conffile; ``/etc/vipclient/managed.toml``, where installs before the package kept it, is
  read when the new one is absent —
  ``%PROGRAMDATA%\\VIPDesk\\managed.toml`` on Windows,
  ``/Library/Application Support/VIPDesk/managed.toml`` on macOS). Its values win, and
  ``Settings.is_locked(name)`` tells the settings dialog to show them locked.

Each setting is a typed descriptor on ``Settings`` (``settings.server_url`` is a ``str``,
``settings.window_geometry`` is ``bytes | None``). A broken file never stops the app: a corrupt
user file is moved aside and defaults are used, bad values are dropped one by one, and every
such problem is logged and listed in ``Settings.warnings``.

Secrets (passwords, tokens, codes) are never settings: the token store keeps tokens in the OS
keyring, and a managed or user file that tries to carry one is refused.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Generic, TypeVar, overload
from urllib.parse import urlsplit

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "vipclient"
SETTINGS_FILE = "settings.json"
MANAGED_ENV = "VIPCLIENT_MANAGED_CONFIG"
SCHEMA_VERSION = 1

# Migrations of the user file: MIGRATIONS[n] turns a version-n dict into version n+1.
# A file without "schema_version" is version 1 (the first release wrote it from the start).
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

_SECRET_WORDS = ("password", "token", "secret", "totp", "otp_", "passphrase", "api_key")

T = TypeVar("T")


# The languages the app has catalogues for (resources/translations/vipclient_<code>.ts).
UI_LANGUAGES = ("system", "en", "zh_CN", "ja", "ko")


class SettingError(ValueError):
    """A value a setting does not accept (wrong type, not one of its choices, bad URL)."""


class SettingLocked(SettingError):
    """The setting is managed by IT and cannot be changed here."""


def _check_url(value: str) -> None:
    if value == "":
        return
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise SettingError("must be an http(s) address, e.g. https://backoffice.example.com")
    if parts.username is not None or parts.password is not None:
        raise SettingError("must not contain a user name or password")


def _check_proxy(value: str) -> None:
    if value == "":
        return
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https", "socks5", "socks5h"} or not parts.hostname:
        raise SettingError("must be a proxy address, e.g. http://proxy.example:3128")
    if parts.password is not None:
        # Settings files are plain text: a proxy password would be a secret kept there.
        raise SettingError("must not contain a password (secrets are never kept in settings)")


SIGN_IN_METHODS = ("password_totp", "kept_sign_in", "demo")
UPDATE_CHANNELS = ("stable", "beta")


def _check_sign_in_methods(value: list[Any]) -> None:
    unknown = [m for m in value if m not in SIGN_IN_METHODS]
    if unknown or not all(isinstance(m, str) for m in value):
        raise SettingError(f"must list some of {', '.join(SIGN_IN_METHODS)}")
    if "password_totp" not in value:
        # The company's server is reached only with a password and a code: the other methods
        # are what IT may take away, not a replacement for it.
        raise SettingError("must include password_totp")


class Setting(Generic[T]):
    """One setting: its type, default, allowed values and whether IT may manage it."""

    def __init__(
        self,
        default: T,
        *,
        kind: type,
        choices: tuple[T, ...] | None = None,
        check: Callable[[Any], None] | None = None,
        managed: bool = True,
        doc: str = "",
    ) -> None:
        self.default = default
        self.kind = kind
        self.choices = choices
        self.check = check
        self.managed = managed
        self.doc = doc
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        if any(word in name for word in _SECRET_WORDS) and name != (
            "allow_plaintext_token_fallback"
        ):
            raise TypeError(f"secrets are never settings: {name}")
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type) -> Setting[T]: ...

    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...

    def __get__(self, obj: Settings | None, owner: type) -> Setting[T] | T:
        if obj is None:
            return self
        value: T = obj.get(self.name)
        return value

    def __set__(self, obj: Settings, value: T) -> None:
        obj.set(self.name, value)

    # --- conversion ------------------------------------------------------------------------

    def validate(self, value: Any) -> T:
        """``value`` as this setting's type, or ``SettingError``."""
        if value is None:
            if self.default is None:
                return self.default
            raise SettingError(f"{self.name}: a value is needed")
        if self.kind is bool:
            if not isinstance(value, bool):
                raise SettingError(f"{self.name}: must be true or false")
        elif self.kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise SettingError(f"{self.name}: must be a whole number")
        elif self.kind is bytes:
            if not isinstance(value, bytes | bytearray):
                raise SettingError(f"{self.name}: must be bytes")
            value = bytes(value)
        elif not isinstance(value, self.kind):
            raise SettingError(f"{self.name}: must be {self.kind.__name__}")
        if self.choices is not None and value not in self.choices:
            allowed = ", ".join(str(c) for c in self.choices)
            raise SettingError(f"{self.name}: must be one of {allowed}")
        if self.check is not None:
            try:
                self.check(value)
            except SettingError as exc:
                raise SettingError(f"{self.name}: {exc}") from None
        return value  # type: ignore[no-any-return]

    def to_json(self, value: Any) -> Any:
        if self.kind is bytes and value is not None:
            return base64.b64encode(value).decode("ascii")
        return value

    def from_json(self, raw: Any) -> T:
        if self.kind is bytes and isinstance(raw, str):
            try:
                raw = base64.b64decode(raw.encode("ascii"), validate=True)
            except (binascii.Error, UnicodeEncodeError):
                raise SettingError(f"{self.name}: not base64") from None
        return self.validate(raw)


@dataclass(frozen=True)
class SettingInfo:
    name: str
    default: Any
    kind: type
    choices: tuple[Any, ...] | None
    managed: bool
    doc: str


def user_settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / SETTINGS_FILE


LINUX_MANAGED = Path("/etc/vipdesk/managed.toml")
# Where IT put the file before the .deb existed: still read, so an upgrade changes nothing.
LINUX_MANAGED_BEFORE = Path("/etc/vipclient/managed.toml")


def managed_config_path() -> Path:
    env = os.environ.get(MANAGED_ENV)
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / "VIPDesk" / "managed.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/VIPDesk/managed.toml")
    if not LINUX_MANAGED.exists() and LINUX_MANAGED_BEFORE.exists():
        return LINUX_MANAGED_BEFORE
    return LINUX_MANAGED


DEFAULT_PROFILE = "default"
DEMO_PROFILE = "demo"


def settings_path(profile: str) -> Path:
    """The default profile keeps the standard file; others live in ``profiles/<name>/``."""
    if profile == DEFAULT_PROFILE:
        return user_settings_path()
    base = Path(platformdirs.user_config_dir("vipclient", appauthor=False))
    return base / "profiles" / profile / "settings.json"


class Settings:
    """The effective settings: managed values win over the user's, which win over defaults."""

    # --- connection (IT usually manages these) ---------------------------------------------
    server_url = Setting("", kind=str, check=_check_url, doc="The platform's address.")
    ca_bundle = Setting(
        "", kind=str, doc="A PEM file of extra trusted CAs (company TLS inspection)."
    )
    proxy = Setting("", kind=str, check=_check_proxy, doc="HTTP(S) proxy for the API.")
    allow_plaintext_token_fallback = Setting(
        False,
        kind=bool,
        doc="Without an OS keyring, keep sign-ins in a private file instead of memory only.",
    )
    allowed_sign_in_methods: Setting[list[str]] = Setting(
        list(SIGN_IN_METHODS), kind=list, check=_check_sign_in_methods,
        doc="password_totp: a password and a code (always); kept_sign_in: stay signed in "
            "between starts (tokens in the OS keyring); demo: the built-in demo (--demo).",
    )
    update_channel = Setting(
        "stable", kind=str, choices=UPDATE_CHANNELS,
        doc="The builds IT deploys here; a build of another channel says so (About, "
            "--self-test).",
    )
    # --- person -----------------------------------------------------------------------------
    last_username = Setting("", kind=str, managed=False, doc="Pre-filled at sign-in.")
    session_kept = Setting(
        False, kind=bool, managed=False,
        doc="A sign-in is kept in the keyring: the next start paints the window from the cache "
            "before reading it.",
    )
    theme = Setting("system", kind=str, choices=("system", "light", "dark", "high_contrast"))
    language = Setting("system", kind=str, choices=UI_LANGUAGES,
                       doc="The app's language; system: the computer's (English if no catalogue "
                           "matches). Switching applies at once, keeping open work.")
    notifications = Setting(True, kind=bool, doc="Desktop notifications for new tickets.")
    log_level = Setting("INFO", kind=str, choices=("DEBUG", "INFO", "WARNING", "ERROR"))
    # --- security desk ----------------------------------------------------------------------
    security_line = Setting(
        "the 24×7 security line on your desk card", kind=str,
        doc="Who to call when a freeze cannot be sent (IT sets the real number); shown in the "
            "freeze dialog's 'not frozen' message.",
    )
    # --- window -----------------------------------------------------------------------------
    window_geometry: Setting[bytes | None] = Setting(None, kind=bytes, managed=False)
    # Per screen (``placement.screen_key``): the saved geometry, base64.
    window_geometries: Setting[dict[str, str]] = Setting({}, kind=dict, managed=False)
    window_state: Setting[bytes | None] = Setting(None, kind=bytes, managed=False)

    def __init__(self, path: Path | None = None, managed_path: Path | None = None) -> None:
        self.path = path if path is not None else user_settings_path()
        self.managed_path = managed_path if managed_path is not None else managed_config_path()
        self.warnings: list[str] = []
        self._lock = threading.RLock()
        self._user: dict[str, Any] = {}
        self._managed: dict[str, Any] = {}
        # Keys a newer version wrote: kept and written back untouched.
        self._unknown: dict[str, Any] = {}

    @classmethod
    def load(cls, path: Path | None = None, managed_path: Path | None = None) -> Settings:
        """Read both files; never raises for their content."""
        settings = cls(path, managed_path)
        settings._load_managed()
        settings._load_user()
        return settings

    # --- registry ---------------------------------------------------------------------------

    @classmethod
    def _setting(cls, name: str) -> Setting[Any]:
        attr = cls.__dict__.get(name)
        if not isinstance(attr, Setting):
            raise KeyError(f"no setting named {name!r}")
        return attr

    @classmethod
    def names(cls) -> list[str]:
        return [name for name, attr in vars(cls).items() if isinstance(attr, Setting)]

    @classmethod
    def info(cls, name: str) -> SettingInfo:
        s = cls._setting(name)
        return SettingInfo(name, s.default, s.kind, s.choices, s.managed, s.doc)

    # --- values -----------------------------------------------------------------------------

    def get(self, name: str) -> Any:
        setting = self._setting(name)
        with self._lock:
            if name in self._managed:
                return self._managed[name]
            return self._user.get(name, setting.default)

    def set(self, name: str, value: Any) -> None:
        """Change a user setting (call ``save()`` to keep it). Raises ``SettingLocked``."""
        setting = self._setting(name)
        if self.is_locked(name):
            raise SettingLocked(f"{name} is set by your IT department")
        checked = setting.validate(value)
        with self._lock:
            self._user[name] = checked

    def reset(self, name: str) -> None:
        """Back to the default (the managed value still wins)."""
        self._setting(name)
        with self._lock:
            self._user.pop(name, None)

    def is_locked(self, name: str) -> bool:
        """True when IT's managed config sets it: the GUI shows it read-only."""
        self._setting(name)
        with self._lock:
            return name in self._managed

    def locked_names(self) -> list[str]:
        with self._lock:
            return list(self._managed)

    def user_value(self, name: str) -> Any:
        """What the person chose, ignoring IT's value (for the dialog's tooltips)."""
        setting = self._setting(name)
        with self._lock:
            return self._user.get(name, setting.default)

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        for name in self.names():
            yield name, self.get(name)

    # --- files ------------------------------------------------------------------------------

    def save(self) -> None:
        """Write the user settings atomically (a crash mid-write leaves the old file)."""
        with self._lock:
            data: dict[str, Any] = dict(self._unknown)
            for name, value in self._user.items():
                data[name] = self._setting(name).to_json(value)
            data["schema_version"] = max(SCHEMA_VERSION, int(data.get("schema_version", 0)))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, sort_keys=True, ensure_ascii=False)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def _warn(self, text: str) -> None:
        log.warning("settings: %s", text)
        self.warnings.append(text)

    def _load_user(self) -> None:
        if not self.path.exists():
            return
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("not a JSON object")
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            self._set_aside(f"unreadable ({type(exc).__name__}: {exc})")
            return
        version = raw.pop("schema_version", 1)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            self._set_aside(f"bad schema_version {version!r}")
            return
        while version < SCHEMA_VERSION and version in MIGRATIONS:
            raw = MIGRATIONS[version](raw)
            version += 1
        if version > SCHEMA_VERSION:
            self._warn(
                f"{self.path.name} was written by a newer VIP Desk (schema {version}); "
                "unknown values are kept as they are"
            )
            self._unknown["schema_version"] = version
        known = set(self.names())
        for key, value in raw.items():
            if key not in known:
                if any(word in key.lower() for word in _SECRET_WORDS):
                    self._warn(f"{key!r} dropped: secrets are never kept in settings")
                    continue
                self._unknown[key] = value
                continue
            try:
                self._user[key] = self._setting(key).from_json(value)
            except SettingError as exc:
                self._warn(f"ignored a bad value in {self.path.name}: {exc}")

    def _set_aside(self, why: str) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        if not self.path.is_file():
            # A device, a folder or a pipe given as the settings file is never moved: renaming
            # /dev/null as root once broke the whole machine.
            self._warn(f"{self.path.name} is {why}; it is not a regular file, so it is left "
                       "where it is and defaults are used")
            return
        try:
            os.replace(self.path, aside)
            self._warn(f"{self.path.name} is {why}; kept as {aside.name}, defaults used")
        except OSError as exc:
            self._warn(f"{self.path.name} is {why} and could not be moved aside ({exc})")

    def _load_managed(self) -> None:
        path = self.managed_path
        try:
            with open(path, "rb") as fh:
                # Imported only when IT placed a file (most desks have none; 7 ms of a start).
                import tomllib

                raw = tomllib.load(fh)
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:  # TOMLDecodeError and UnicodeDecodeError too
            self._warn(f"managed config {path} is unreadable and was ignored: {exc}")
            return
        log.info("managed config from %s", path)
        for key, value in raw.items():
            if any(word in key.lower() for word in _SECRET_WORDS) and key != (
                "allow_plaintext_token_fallback"
            ):
                self._warn(f"managed config: {key!r} ignored: secrets are never settings")
                continue
            try:
                setting = self._setting(key)
            except KeyError:
                self._warn(f"managed config: unknown setting {key!r} ignored")
                continue
            if not setting.managed:
                self._warn(f"managed config: {key!r} cannot be managed and was ignored")
                continue
            try:
                self._managed[key] = setting.validate(value)
            except SettingError as exc:
                self._warn(f"managed config: {exc}; ignored")
