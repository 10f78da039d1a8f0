"""The signed-in session's tokens, held in the OS keyring and nowhere else on disk.

One keyring item per (server, username) under the service ``"VIP Desk"``; its secret is a
small JSON object ``{"access": …, "refresh": …}`` so both tokens change together. Keyring
calls are slow (D-Bus, Keychain prompts), so the tokens are also cached in memory.

When no usable keyring backend exists (``NoKeyringError``, the ``fail``/``null`` backends, a
locked or broken one), the store keeps the tokens in memory for this run only:
``persistent`` is then False and ``reason`` says why, for the GUI to show.

Only when the person or IT opted in (setting ``allow_plaintext_token_fallback``, which the
composition root passes on with ``set_plaintext_fallback(folder)``) does a keyring-less
workstation keep them in a plain file instead: ``tokens.json`` in that folder, readable by
its owner only (0600). ``storage`` says which of ``keyring``, ``file`` or ``memory`` is used.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors

from vipclient.logs import forget_secret, register_secret

log = logging.getLogger(__name__)

SERVICE = "VIP Desk"

REASON_NO_BACKEND = (
    "No system keyring is available, so you will need to sign in again next time VIP Desk "
    "starts. Your sign-in is kept in memory only."
)
REASON_PLAINTEXT = (
    "No system keyring is available. As your settings allow, your sign-in is kept in a file "
    "only your user account can read: {path}"
)
REASON_NOT_ALLOWED = (
    "Your IT department does not allow staying signed in on this computer, so you will need "
    "to sign in again next time VIP Desk starts."
)
REASON_KEYRING_FAILED = (
    "The system keyring could not be used ({error}), so you will need to sign in again next "
    "time VIP Desk starts. Your sign-in is kept in memory only."
)


@dataclass(frozen=True)
class Tokens:
    access: str
    refresh: str | None

    def __repr__(self) -> str:  # never show a token in a log or traceback
        return "Tokens(access=***, refresh=***)"


TOKEN_FILE = "tokens.json"

_plaintext_dir: Path | None = None
_keep_allowed = True
_file_lock = threading.Lock()


def set_plaintext_fallback(directory: Path | None) -> None:
    """Allow (a folder) or forbid (None, the default) a plain token file without a keyring."""
    global _plaintext_dir
    _plaintext_dir = directory


def set_keep_allowed(allowed: bool) -> None:
    """IT's ``allowed_sign_in_methods`` without ``kept_sign_in``: tokens in memory only, and
    a sign-in kept before the policy changed is wiped from the keyring when next met."""
    global _keep_allowed
    _keep_allowed = allowed


def account_name(server: str, username: str) -> str:
    """The keyring account for a person on a server, e.g. ``https://api.example|alice``."""
    return f"{server.rstrip('/')}|{username}"


def _unusable_backend(backend: keyring.backend.KeyringBackend) -> bool:
    """The ``fail`` and ``null`` backends store nothing; a chain of no backends neither."""
    module = type(backend).__module__
    if module in {"keyring.backends.fail", "keyring.backends.null"}:
        return True
    chained = getattr(backend, "backends", None)
    return module == "keyring.backends.chainer" and isinstance(chained, list) and not chained


class TokenStore:
    """Access and refresh tokens for one account, safe to share between threads.

    ``refresh_lock`` serialises token refreshes: refresh tokens rotate, so two threads
    refreshing with the same one would make the server revoke the whole session.
    """

    def __init__(
        self, account: str, service: str = SERVICE, *, plaintext_dir: Path | None = None
    ) -> None:
        self.service = service
        self.account = account
        self.refresh_lock = threading.Lock()
        self._lock = threading.Lock()
        self._tokens: Tokens | None = None
        self._loaded = False
        self._plaintext_dir = plaintext_dir if plaintext_dir is not None else _plaintext_dir
        self.storage = "keyring"
        self.persistent = True
        self.reason: str | None = None
        if not _keep_allowed:
            self._forget_kept()
            return
        backend = keyring.get_keyring()
        if _unusable_backend(backend):
            self._degrade(REASON_NO_BACKEND, f"backend {type(backend).__name__}")

    def _forget_kept(self) -> None:
        """Memory only, by policy; what an earlier run kept in the keyring goes (best effort:
        a keyring that cannot be reached keeps nothing this run could read either)."""
        self.storage, self.persistent, self.reason = "memory", False, REASON_NOT_ALLOWED
        with contextlib.suppress(keyring.errors.KeyringError):
            keyring.delete_password(self.service, self.account)

    @classmethod
    def for_user(
        cls,
        server: str,
        username: str,
        service: str = SERVICE,
        *,
        plaintext_dir: Path | None = None,
    ) -> TokenStore:
        return cls(account_name(server, username), service, plaintext_dir=plaintext_dir)

    # --- reading ---------------------------------------------------------------------------

    def get(self) -> Tokens | None:
        """The stored tokens (from memory, or the keyring on first use), or None."""
        with self._lock:
            if not self._loaded:
                self._tokens = self._read()
                self._loaded = True
                if self._tokens is not None:
                    register_secret(self._tokens.access)
                    register_secret(self._tokens.refresh)
            return self._tokens

    @property
    def access_token(self) -> str | None:
        tokens = self.get()
        return tokens.access if tokens else None

    @property
    def refresh_token(self) -> str | None:
        tokens = self.get()
        return tokens.refresh if tokens else None

    def has_session(self) -> bool:
        return self.get() is not None

    # --- writing ---------------------------------------------------------------------------

    def set(self, access: str, refresh: str | None) -> None:
        """Store a new pair (login, refresh). ``refresh=None`` keeps the current one."""
        register_secret(access)
        register_secret(refresh)
        with self._lock:
            if refresh is None and self._tokens is not None:
                refresh = self._tokens.refresh
            # Replaced tokens stay registered with the log redaction: a late log line may
            # still mention them.
            self._tokens = Tokens(access, refresh)
            self._loaded = True
            self._write(self._tokens)

    def set_access(self, access: str) -> None:
        """Replace only the access token (step-up)."""
        self.set(access, None)

    def clear(self) -> None:
        """Forget both tokens, in memory and in the keyring."""
        with self._lock:
            old = self._tokens
            self._tokens = None
            self._loaded = True
            if self.storage == "keyring":
                try:
                    keyring.delete_password(self.service, self.account)
                except keyring.errors.PasswordDeleteError:
                    pass  # nothing stored: already clear
                except keyring.errors.KeyringError as exc:
                    log.warning("could not remove tokens from the keyring: %s", type(exc).__name__)
            elif self.storage == "file":
                self._file_update(None)
        if old is not None:
            forget_secret(old.access)
            forget_secret(old.refresh)

    # --- storage ---------------------------------------------------------------------------

    def _degrade(self, reason: str, why: str) -> None:
        """The keyring cannot be used: a plain file if allowed, else memory for this run."""
        if self.storage != "keyring":
            return
        if self._plaintext_dir is not None:
            path = self._plaintext_dir / TOKEN_FILE
            log.warning("no usable keyring (%s): tokens kept in a private file", why)
            self.storage = "file"
            self.persistent = True
            self.reason = REASON_PLAINTEXT.format(path=path)
            return
        log.warning("tokens kept in memory only: %s", why)
        self.storage = "memory"
        self.persistent = False
        self.reason = reason

    def _read(self) -> Tokens | None:
        if self.storage == "keyring":
            raw = self._keyring_get()
            if self.storage == "keyring":
                return _decode(raw)
        if self.storage == "file":
            return _decode(self._file_entries().get(self._file_key()))
        return None

    def _write(self, tokens: Tokens) -> None:
        payload = json.dumps({"access": tokens.access, "refresh": tokens.refresh})
        if self.storage == "keyring":
            self._keyring_set(payload)
        if self.storage == "file":
            self._file_update(payload)

    def _keyring_get(self) -> str | None:
        try:
            raw: str | None = keyring.get_password(self.service, self.account)
            return raw
        except keyring.errors.NoKeyringError:
            self._degrade(REASON_NO_BACKEND, "no keyring backend")
        except keyring.errors.KeyringError as exc:
            name = type(exc).__name__
            self._degrade(REASON_KEYRING_FAILED.format(error=name), name)
        return None

    def _keyring_set(self, payload: str) -> None:
        try:
            keyring.set_password(self.service, self.account, payload)
        except keyring.errors.NoKeyringError:
            self._degrade(REASON_NO_BACKEND, "no keyring backend")
        except keyring.errors.KeyringError as exc:
            name = type(exc).__name__
            self._degrade(REASON_KEYRING_FAILED.format(error=name), name)

    # --- the opt-in plain file --------------------------------------------------------------

    def _file_key(self) -> str:
        return f"{self.service}|{self.account}"

    def _file_path(self) -> Path:
        assert self._plaintext_dir is not None
        return self._plaintext_dir / TOKEN_FILE

    def _file_entries(self) -> dict[str, str]:
        try:
            data = json.loads(self._file_path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("ignoring an unreadable token file: %s", type(exc).__name__)
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}

    def _file_update(self, payload: str | None) -> None:
        with _file_lock:
            entries = self._file_entries()
            if payload is None:
                entries.pop(self._file_key(), None)
            else:
                entries[self._file_key()] = payload
            path = self._file_path()
            try:
                path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                tmp = path.with_name(path.name + ".tmp")
                # Created 0600 from the start: never a moment when others could read it.
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(entries, fh)
                os.replace(tmp, path)
            except OSError as exc:
                log.warning("could not write the token file: %s", type(exc).__name__)


def _decode(raw: str | None) -> Tokens | None:
    if raw is None:
        return None
    try:
        data = json.loads(raw)
        access = data["access"]
        refresh = data.get("refresh")
        if not isinstance(access, str) or not (refresh is None or isinstance(refresh, str)):
            raise TypeError("token is not a string")
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("ignoring an unreadable stored token item for this account")
        return None
    return Tokens(access, refresh)
