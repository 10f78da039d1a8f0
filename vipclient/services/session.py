"""Signing in and out for the GUI: the blocking parts, meant to run on a worker thread.

``SessionService.sign_in`` talks to ``/auth/login``, keeps the tokens in the keyring (through
``TokenStore``), and opens this person's cache; ``sign_out`` revokes the tokens on the server
(best effort: an unreachable server must not keep anyone signed in), wipes them locally and
closes the cache. Neither touches Qt: the GUI calls them through ``BackgroundOp``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vipclient.api.client import ApiClient
from vipclient.api.errors import ApiError
from vipclient.security.tokens import TokenStore
from vipclient.services.context import Me
from vipclient.services.resume import cached_me
from vipclient.store.cache import Cache, cache_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Credentials:
    server_url: str
    username: str
    password: str = field(repr=False)
    totp: str = field(repr=False)


@dataclass
class SignedIn:
    """One signed-in session: what the composition root builds the rest of the app from."""

    server_url: str
    me: Me
    api: ApiClient
    tokens: TokenStore
    cache: Cache

    @property
    def keyring_note(self) -> str | None:
        """Why the sign-in will not be remembered (no usable keyring), or ``None``."""
        return None if self.tokens.persistent else self.tokens.reason


def normalise_server_url(url: str) -> str:
    """``https://host/`` → ``https://host``; the API client adds its own base path."""
    return url.strip().rstrip("/")


class SessionService:
    """Builds signed-in sessions for one set of connection settings."""

    def __init__(
        self,
        *,
        ca_bundle: str | None = None,
        proxy: str | None = None,
        cache_location: Callable[[str, str], Path] = cache_path,
        api_factory: Callable[..., ApiClient] = ApiClient,
    ) -> None:
        self.ca_bundle = ca_bundle or None
        self.proxy = proxy or None
        self._cache_location = cache_location
        self._api_factory = api_factory

    def _api(self, server_url: str, tokens: TokenStore) -> ApiClient:
        return self._api_factory(server_url, tokens, ca_bundle=self.ca_bundle, proxy=self.proxy)

    def sign_in(self, credentials: Credentials) -> SignedIn:
        """Log in and open the cache. Raises ``ApiError`` (with ``user_message``) on refusal."""
        server_url = normalise_server_url(credentials.server_url)
        tokens = TokenStore.for_user(server_url, credentials.username)
        api = self._api(server_url, tokens)
        try:
            answer = api.login(credentials.username, credentials.password, credentials.totp)
            me = Me.from_staff(_staff_of(answer))
            cache = Cache.open(self._cache_location(server_url, me.username))
        except BaseException:
            api.close()
            raise
        log.info("signed in as %s on %s", me.username, server_url)
        return SignedIn(server_url=server_url, me=me, api=api, tokens=tokens, cache=cache)

    def resume(
        self, server_url: str, username: str, cache: Cache | None = None,
    ) -> SignedIn | None:
        """The session an earlier run kept in the keyring, or ``None`` (sign in again).

        Opens at once, without the network, when the cache knows who ``username`` is (the
        staff list is synced): the window appears instantly and works offline, while the sync
        engine refreshes the tokens and reports ``signedOut`` if the server no longer accepts
        them. A first start without a cached staff list asks ``/me``; a refusal wipes the
        tokens (→ ``None``), a network failure raises ``ApiError`` for the caller to show.
        ``cache``: the person's cache, already shown by the window (made ready here); it is
        closed with the rest when the session cannot be resumed.
        """
        server_url = normalise_server_url(server_url)
        tokens = TokenStore.for_user(server_url, username)
        if not tokens.has_session():
            if cache is not None:
                cache.close()
            return None
        if cache is None:
            cache = Cache.open(self._cache_location(server_url, username))
        else:
            try:
                cache.ready()
            except BaseException:
                cache.close()
                raise
        api = self._api(server_url, tokens)
        try:
            me = cached_me(cache.reader, username)
            if me is None:
                me = Me.from_staff(api.me())
        except ApiError as exc:
            cache.close()
            api.close()
            if getattr(exc, "status", None) in (401, 403):
                tokens.clear()
                return None
            raise
        except BaseException:
            cache.close()
            api.close()
            raise
        log.info("resumed the session of %s on %s", me.username, server_url)
        return SignedIn(server_url=server_url, me=me, api=api, tokens=tokens, cache=cache)

    def sign_out(self, session: SignedIn) -> None:
        """Revoke on the server (best effort), wipe the tokens, close the cache."""
        # Stopping sync aborts the client (to end a long-poll at once); revoking needs it back.
        session.api.resume()
        try:
            session.api.logout()
        except ApiError as exc:
            # The tokens are wiped below either way; the server lets them expire.
            log.warning("could not revoke the session on the server: %s", type(exc).__name__)
        finally:
            session.tokens.clear()
            session.api.close()
            session.cache.close()
        log.info("signed out %s", session.me.username)


def _staff_of(answer: Any) -> Any:
    """The ``staff`` object of a login answer (model or mapping)."""
    if isinstance(answer, dict):
        return answer.get("staff", answer)
    return getattr(answer, "staff", answer)


def keyring_note() -> str | None:
    """Before sign-in: the reason sign-ins cannot be remembered on this computer, if any."""
    probe = TokenStore("vipclient-probe|nobody")
    probe.get()  # reading finds a broken or locked backend, not just a missing one
    return None if probe.persistent else probe.reason
