"""The signed-in session's tokens, held in the OS keyring and nowhere else on disk.

One keyring item per (server, username) under the service ``"VIP Desk"``; its secret is a
small JSON object ``{"access": …, "refresh": …}`` so both tokens change together. Keyring
calls are slow (D-Bus, Keychain prompts), so the tokens are also cached in memory.

When no usable keyring backend exists (``NoKeyringError``, the ``fail``/``null`` backends, a
locked or broken one), the store keeps the tokens in memory for this run only:
``persistent`` is then False and ``reason`` says why, for the GUI to show. Tokens are never
written to a file.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass

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

    def __init__(self, account: str, service: str = SERVICE) -> None:
        self.service = service
        self.account = account
        self.refresh_lock = threading.Lock()
        self._lock = threading.Lock()
        self._tokens: Tokens | None = None
        self._loaded = False
        self.persistent = True
        self.reason: str | None = None
        backend = keyring.get_keyring()
        if _unusable_backend(backend):
            self._go_memory_only(REASON_NO_BACKEND, f"backend {type(backend).__name__}")

    @classmethod
    def for_user(cls, server: str, username: str, service: str = SERVICE) -> TokenStore:
        return cls(account_name(server, username), service)

    # --- reading ---------------------------------------------------------------------------

    def get(self) -> Tokens | None:
        """The stored tokens (from memory, or the keyring on first use), or None."""
        with self._lock:
            if not self._loaded:
                self._tokens = self._read_keyring()
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
            self._write_keyring(self._tokens)

    def set_access(self, access: str) -> None:
        """Replace only the access token (step-up)."""
        self.set(access, None)

    def clear(self) -> None:
        """Forget both tokens, in memory and in the keyring."""
        with self._lock:
            old = self._tokens
            self._tokens = None
            self._loaded = True
            if self.persistent:
                try:
                    keyring.delete_password(self.service, self.account)
                except keyring.errors.PasswordDeleteError:
                    pass  # nothing stored: already clear
                except keyring.errors.KeyringError as exc:
                    log.warning("could not remove tokens from the keyring: %s", type(exc).__name__)
        if old is not None:
            forget_secret(old.access)
            forget_secret(old.refresh)

    # --- keyring ---------------------------------------------------------------------------

    def _go_memory_only(self, reason: str, why: str) -> None:
        if self.persistent:
            log.warning("tokens kept in memory only: %s", why)
        self.persistent = False
        self.reason = reason

    def _read_keyring(self) -> Tokens | None:
        if not self.persistent:
            return None
        try:
            raw = keyring.get_password(self.service, self.account)
        except keyring.errors.NoKeyringError:
            self._go_memory_only(REASON_NO_BACKEND, "no keyring backend")
            return None
        except keyring.errors.KeyringError as exc:
            self._go_memory_only(
                REASON_KEYRING_FAILED.format(error=type(exc).__name__), type(exc).__name__
            )
            return None
        if raw is None:
            return None
        try:
            data = json.loads(raw)
            access = data["access"]
            refresh = data.get("refresh")
            if not isinstance(access, str) or not (refresh is None or isinstance(refresh, str)):
                raise TypeError("token is not a string")
        except (ValueError, KeyError, TypeError, AttributeError):
            log.warning("ignoring an unreadable keyring item for this account")
            return None
        return Tokens(access, refresh)

    def _write_keyring(self, tokens: Tokens) -> None:
        if not self.persistent:
            return
        payload = json.dumps({"access": tokens.access, "refresh": tokens.refresh})
        try:
            keyring.set_password(self.service, self.account, payload)
        except keyring.errors.NoKeyringError:
            self._go_memory_only(REASON_NO_BACKEND, "no keyring backend")
        except keyring.errors.KeyringError as exc:
            self._go_memory_only(
                REASON_KEYRING_FAILED.format(error=type(exc).__name__), type(exc).__name__
            )
