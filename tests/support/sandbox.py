"""Test helpers for the platform sandbox: run one in-process, sign staff in.

    with running_sandbox(clients=30) as srv:
        tokens = login(srv.base_url, "alice")
        api = Api(srv.base_url, tokens)          # requests.Session with the bearer token
        api.get("/clients")

Signing in needs a TOTP code the sandbox has not accepted yet; :func:`fresh_totp` moves the
sandbox clock forward one step (30 s) and asks ``/_sandbox/totp`` for that step's code, so
tests never sleep. The sandbox must run with ``controls=True``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import requests

if TYPE_CHECKING:
    from vipclient.sandbox.server import SandboxServer

API = "/api/v1"


def control(base_url: str, method: str, path: str, json: Any = None) -> Any:
    """Call one of the sandbox's demo controls (``path`` starts with ``/_sandbox/``)."""
    response = requests.request(method, f"{base_url}{API}{path}", json=json, timeout=30)
    response.raise_for_status()
    return response.json() if response.content else None


def staff_credentials(seed: int = 7) -> dict[str, dict[str, Any]]:
    """The demo staff of ``seed`` by username (what ``vipclient-sandbox users --json`` prints)."""
    from vipclient.sandbox.server import default_source

    return {p["username"]: p for p in default_source().demo_staff(seed)}


@contextmanager
def running_sandbox(**kwargs: Any) -> Iterator[SandboxServer]:
    """A started sandbox (controls on unless told otherwise), stopped afterwards."""
    from vipclient.sandbox.server import SandboxServer

    kwargs.setdefault("clients", 20)
    kwargs.setdefault("controls", True)
    srv = SandboxServer(**kwargs)
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


def advance(base_url: str, seconds: float) -> str:
    """Move the sandbox clock forward; returns the new ``now``."""
    return str(control(base_url, "POST", "/_sandbox/clock", {"advance_seconds": seconds})["now"])


def current_totp(base_url: str, username: str) -> str:
    """The code ``username``'s authenticator shows now on the sandbox clock."""
    return str(control(base_url, "GET", f"/_sandbox/totp/{username}")["code"])


def fresh_totp(base_url: str, username: str) -> str:
    """A code for ``username`` that the sandbox has not accepted yet (advances 30 s)."""
    advance(base_url, 30)
    return current_totp(base_url, username)


def set_faults(base_url: str, **rates: Any) -> None:
    control(base_url, "POST", "/_sandbox/faults", rates)


def clear_faults(base_url: str) -> None:
    control(base_url, "DELETE", "/_sandbox/faults")


def login(base_url: str, username: str, seed: int = 7) -> dict[str, Any]:
    """Sign in with a fresh code; returns the /auth/login answer (tokens and staff)."""
    password = staff_credentials(seed)[username]["password"]
    r = requests.post(
        f"{base_url}{API}/auth/login",
        json={"username": username, "password": password,
              "totp": fresh_totp(base_url, username)},
        timeout=30,
    )
    r.raise_for_status()
    return dict(r.json())


def step_up(base_url: str, username: str, access_token: str) -> str:
    """A step-up (acr=totp) access token for a signed-in person."""
    r = requests.post(
        f"{base_url}{API}/auth/step-up", json={"totp": fresh_totp(base_url, username)},
        headers={"Authorization": f"Bearer {access_token}"}, timeout=30,
    )
    r.raise_for_status()
    return str(r.json()["access_token"])


class Api:
    """A small requests wrapper: base path, bearer token, idempotency key on POST."""

    def __init__(self, base_url: str, token: str) -> None:
        self.base = base_url + API
        self.session = requests.Session()
        self.token = token

    def _headers(self, extra: dict[str, str] | None) -> dict[str, str]:
        h = {"Authorization": f"Bearer {self.token}"}
        h.update(extra or {})
        return h

    def get(self, path: str, **kw: Any) -> requests.Response:
        return self.session.get(self.base + path, headers=self._headers(kw.pop("headers", None)),
                                timeout=kw.pop("timeout", 40), **kw)

    def post(self, path: str, json: Any = None, *, key: str | None = "auto",
             **kw: Any) -> requests.Response:
        headers = self._headers(kw.pop("headers", None))
        if key == "auto":
            key = str(uuid.uuid4())
        if key is not None:
            headers["Idempotency-Key"] = key
        return self.session.post(self.base + path, json=json, headers=headers,
                                 timeout=kw.pop("timeout", 40), **kw)

    def patch(self, path: str, json: Any = None, **kw: Any) -> requests.Response:
        return self.session.patch(self.base + path, json=json,
                                  headers=self._headers(kw.pop("headers", None)),
                                  timeout=kw.pop("timeout", 40), **kw)

    def close(self) -> None:
        self.session.close()


def all_items(api: Api, path: str, field: str = "items", **params: Any) -> list[Any]:
    """Every item of a paged list (``field`` is ``changes`` for the feed), page by page."""
    out: list[Any] = []
    cursor: str | None = None
    while True:
        query = {"limit": 1000, **params, **({"cursor": cursor} if cursor else {})}
        page = api.get(path, params=query).json()
        out += page[field]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return out
