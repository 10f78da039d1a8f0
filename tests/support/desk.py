"""Staff sessions over real HTTP against a running sandbox, for maker-checker and freeze tests.

``Desk(base_url, seed)`` knows the demo staff of that seed and drives the sandbox clock, so a
test reads like what people do::

    desk = Desk(srv.base_url)
    alice = desk.login("alice")
    r = alice.post("/fee-requests", {...})            # a fresh Idempotency-Key each time
    alice.step_up()                                   # moves the clock to a new TOTP step
    r = alice.post("/fee-requests", {...}, key=r.key) # the same key again after a challenge

TOTP codes are single use per 30 s step, so every login and step-up first advances the
sandbox clock by one step (never sleeping).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import pyotp
import requests

from vipclient.domain.sla import format_ts, parse_ts

API = "/api/v1"


@dataclass
class Answer:
    """An HTTP answer plus the Idempotency-Key it was sent with (for a retry)."""

    status: int
    body: Any
    headers: requests.structures.CaseInsensitiveDict[str]
    key: str | None = None

    @property
    def problem_fields(self) -> set[str]:
        return {e["field"] for e in (self.body or {}).get("errors", [])}


class Desk:
    def __init__(self, base_url: str, seed: int = 7) -> None:
        from vipclient.sandbox.seed import demo_staff

        self.base_url = base_url.rstrip("/")
        self.http = requests.Session()
        self.staff = {p["username"]: p for p in demo_staff(seed)}

    # -- sandbox controls --

    def now(self) -> datetime:
        r = self.http.get(f"{self.base_url}/_sandbox/clock", timeout=10)
        r.raise_for_status()
        return parse_ts(r.json()["now"])

    def advance(self, seconds: float) -> datetime:
        r = self.http.post(f"{self.base_url}/_sandbox/clock",
                           json={"advance_seconds": seconds}, timeout=30)
        r.raise_for_status()
        return parse_ts(r.json()["now"])

    def code(self, username: str) -> str:
        """A code of a TOTP step nobody has used yet (the clock moves one step first)."""
        now = self.advance(30)
        return str(pyotp.TOTP(self.staff[username]["totp_secret"]).at(now))

    def future(self, **delta: float) -> str:
        return format_ts(self.now().replace(microsecond=0) + timedelta(**delta))

    def login(self, username: str) -> StaffSession:
        person = self.staff[username]
        r = self.http.post(f"{self.base_url}{API}/auth/login", json={
            "username": username, "password": person["password"], "totp": self.code(username),
        }, timeout=30)
        assert r.status_code == 200, r.text
        data = r.json()
        return StaffSession(self, username, data["staff"]["id"], data["access_token"])


@dataclass
class StaffSession:
    desk: Desk
    username: str
    id: str
    token: str
    sent_keys: list[str] = field(default_factory=list)

    def step_up(self) -> None:
        r = self.desk.http.post(
            f"{self.desk.base_url}{API}/auth/step-up", json={"totp": self.desk.code(self.username)},
            headers={"Authorization": f"Bearer {self.token}"}, timeout=30,
        )
        assert r.status_code == 200, r.text
        self.token = r.json()["access_token"]

    def _answer(self, r: requests.Response, key: str | None) -> Answer:
        try:
            body = r.json()
        except ValueError:
            body = r.text
        return Answer(r.status_code, body, r.headers, key)

    def get(self, path: str, **params: Any) -> Answer:
        r = self.desk.http.get(f"{self.desk.base_url}{API}{path}", params=params or None,
                               headers={"Authorization": f"Bearer {self.token}"}, timeout=30)
        return self._answer(r, None)

    def post(self, path: str, body: dict[str, Any] | None = None, *,
             key: str | None = None) -> Answer:
        key = key or str(uuid.uuid4())
        r = self.desk.http.post(
            f"{self.desk.base_url}{API}{path}", json=body if body is not None else {},
            headers={"Authorization": f"Bearer {self.token}", "Idempotency-Key": key},
            timeout=30,
        )
        return self._answer(r, key)


@contextmanager
def sandbox_desk(**options: Any) -> Iterator[tuple[Any, Desk]]:
    """A small sandbox with controls on loopback and a :class:`Desk` over it."""
    from vipclient.sandbox.server import SandboxServer

    settings: dict[str, Any] = {"db_url": "sqlite://", "seed": 7, "clients": 20,
                                "live": False, "controls": True}
    settings.update(options)
    srv = SandboxServer(**settings)
    srv.start()
    try:
        yield srv, Desk(srv.base_url, settings["seed"])
    finally:
        srv.stop()


def managed_clients(session: StaffSession, *, active: bool = True,
                    max_level: int = 10) -> list[dict[str, Any]]:
    """The clients ``session`` manages (active ones by default), by uid."""
    page = session.get("/clients", manager=session.id, limit=1000)
    assert page.status == 200, page.body
    out = [c for c in page.body["items"]
           if (not active or c["status"] == "active") and int(c["tier"][3:]) <= max_level]
    return sorted(out, key=lambda c: c["uid"])
