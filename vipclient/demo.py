"""Demo mode: the platform sandbox in this process, and sign-ins that need no typing.

This is the one module outside the tests that imports ``vipclient.sandbox`` (the import-linter
contracts keep it out of gui/services/sync/api/store/security). The sandbox runs on a free
loopback port with its live generator and demo controls on; demo staff sign in with their
seeded password and the current TOTP code read from ``/_sandbox/totp/{username}``.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import requests

from vipclient.services.session import Credentials

log = logging.getLogger(__name__)

DEMO_SEED = 7
DEMO_CLIENTS = 200
FIRST_USER = "alice"
# A TOTP code is accepted once; a second sign-in of the same person within its 30 s step waits
# for the next code (at most one step).
CODE_WAIT_S = 31.0


class DemoBackend:
    """Starts and stops the in-process sandbox and hands out demo credentials."""

    def __init__(
        self, *, seed: int = DEMO_SEED, clients: int = DEMO_CLIENTS, live: bool = True
    ) -> None:
        self.seed = seed
        self.clients = clients
        self.live = live
        self._server: Any = None
        self._staff: list[dict[str, Any]] = []
        self._used_codes: dict[str, str] = {}
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the demo sandbox is not running")
        return str(self._server.base_url)

    def start(self) -> str:
        """Start the sandbox (blocking until it accepts connections); returns its base URL."""
        from vipclient.sandbox.seed import demo_staff
        from vipclient.sandbox.server import SandboxServer

        server = SandboxServer(
            db_url="sqlite://",
            seed=self.seed,
            clients=self.clients,
            live=self.live,
            controls=True,
        )
        server.start()
        self._server = server
        self._staff = [_as_dict(s) for s in demo_staff(self.seed)]
        log.info("demo sandbox listening on %s", server.base_url)
        return str(server.base_url)

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def usernames(self) -> list[str]:
        return [str(s["username"]) for s in self._staff]

    def roles_of(self, username: str) -> list[str]:
        return [str(r) for r in self._person(username).get("roles", [])]

    def credentials(self, username: str) -> Credentials:
        """Password and a TOTP code not used before, read from the sandbox's demo controls."""
        person = self._person(username)
        code = self._fresh_code(username)
        return Credentials(self.base_url, username, str(person["password"]), code)

    def _person(self, username: str) -> dict[str, Any]:
        for person in self._staff:
            if person["username"] == username:
                return person
        raise KeyError(f"no demo staff member {username!r}")

    def _fresh_code(self, username: str) -> str:
        deadline = time.monotonic() + CODE_WAIT_S
        with self._lock:
            used = self._used_codes.get(username)
        while True:
            answer = requests.get(f"{self.base_url}/_sandbox/totp/{username}", timeout=5)
            answer.raise_for_status()
            code = str(answer.json()["code"])
            if code != used or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        with self._lock:
            self._used_codes[username] = code
        return code


def _as_dict(person: Any) -> dict[str, Any]:
    if isinstance(person, dict):
        return person
    return {
        "username": person.username,
        "password": person.password,
        "roles": list(person.roles),
    }
