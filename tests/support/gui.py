"""Helpers for the shell's GUI tests: a small real sandbox, demo credentials, signed-in sessions.

Everything is real: the sandbox serves HTTP on 127.0.0.1, sessions are made by the app's own
``SessionService`` (real ``ApiClient``, keyring-backed ``TokenStore`` over the in-memory test
keyring, a real SQLite cache in the test's own data folder).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support import sandbox as sandbox_support
from vipclient.sandbox.server import SandboxServer
from vipclient.services.session import Credentials, SessionService, SignedIn

SEED = 7
SMALL_BOOK = 30


def start_sandbox(clients: int = SMALL_BOOK, **kwargs: Any) -> SandboxServer:
    server = SandboxServer(db_url="sqlite://", seed=SEED, clients=clients, controls=True, **kwargs)
    server.start()
    return server


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    server = start_sandbox()
    yield server
    server.stop()


def staff(username: str) -> dict[str, Any]:
    return dict(sandbox_support.staff_credentials(SEED)[username])


def advance_clock(server: SandboxServer, seconds: float) -> None:
    sandbox_support.advance(server.base_url, seconds)


def current_code(server: SandboxServer, username: str) -> str:
    return sandbox_support.current_totp(server.base_url, username)


def fresh_code(server: SandboxServer, username: str) -> str:
    """A code never used before: move the sandbox clock to the next 30 s step first.

    A TOTP code is accepted once per person, so every sign-in in a test takes a new step.
    """
    return sandbox_support.fresh_totp(server.base_url, username)


def wrong_code(code: str) -> str:
    return f"{(int(code) + 500_000) % 1_000_000:06d}"


def credentials(server: SandboxServer, username: str) -> Credentials:
    return Credentials(server.base_url, username, staff(username)["password"],
                       fresh_code(server, username))


def set_faults(server: SandboxServer, **faults: Any) -> None:
    sandbox_support.set_faults(server.base_url, **faults)


def sign_in(server: SandboxServer, username: str = "alice") -> SignedIn:
    return SessionService().sign_in(credentials(server, username))


class LiveSession:
    """A signed-in session with its sync controller running and an ``AppContext`` for screens."""

    def __init__(self, server: SandboxServer, username: str = "alice", **engine: Any) -> None:
        from vipclient.gui.workers import run_in_background
        from vipclient.services.context import AppContext
        from vipclient.services.search import SearchService
        from vipclient.settings import Settings
        from vipclient.sync.controller import SyncController

        self.server = server
        self.signed = sign_in(server, username)
        self.statuses: list[Any] = []
        self.outbox: list[tuple[int, int]] = []
        self.sync = SyncController(self.signed.cache, self.signed.api, **engine)
        self.sync.statusChanged.connect(self.statuses.append)
        self.sync.outboxChanged.connect(lambda a, b: self.outbox.append((a, b)))
        self.ctx = AppContext(
            settings=Settings.load(),
            cache=self.signed.cache,
            sync=self.sync,
            me=self.signed.me,
            server_url=self.signed.server_url,
            run_in_background=run_in_background,
            now=self.signed.api.server_now,
            services={"search": SearchService(self.signed.cache)},
        )

    @property
    def state(self) -> str | None:
        return self.statuses[-1].state if self.statuses else None

    def start(self, qtbot: Any, timeout: int = 20_000) -> LiveSession:
        self.sync.start()
        qtbot.waitUntil(lambda: self.state == "live", timeout=timeout)
        return self

    def close(self) -> None:
        self.sync.stop()
        SessionService().sign_out(self.signed)
