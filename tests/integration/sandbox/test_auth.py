"""Login, TOTP single use, lockout and its end, refresh rotation and reuse, logout, step-up."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests
from sqlalchemy import select

from tests.support.sandbox import (
    API,
    Api,
    advance,
    fresh_totp,
    login,
    running_sandbox,
    staff_credentials,
)
from vipclient.sandbox.db import AuditEntry, Staff
from vipclient.sandbox.server import SandboxServer

# One sandbox per module: keep the module on one xdist worker.
pytestmark = pytest.mark.xdist_group("h1-auth")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with running_sandbox(clients=5) as srv:
        yield srv


def _post(srv: SandboxServer, path: str, body: object, token: str | None = None
          ) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.post(f"{srv.base_url}{API}{path}", json=body, headers=headers, timeout=30)


def _login(srv: SandboxServer, username: str, password: str | None = None,
           code: str | None = None) -> requests.Response:
    creds = staff_credentials()[username]
    return _post(srv, "/auth/login", {
        "username": username,
        "password": creds["password"] if password is None else password,
        "totp": fresh_totp(srv.base_url, username) if code is None else code,
    })


def _actions(srv: SandboxServer) -> list[str]:
    assert srv.sandbox is not None
    with srv.sandbox.read() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_login_me_and_the_password_is_stored_hashed(sandbox: SandboxServer) -> None:
    r = _login(sandbox, "carol")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["expires_in"] == 900 and body["staff"]["roles"] == ["supervisor"]
    assert set(body["staff"]) == {"id", "username", "display_name", "roles", "languages"}
    me = requests.get(f"{sandbox.base_url}{API}/me",
                      headers={"Authorization": f"Bearer {body['access_token']}"}, timeout=10)
    assert me.json() == body["staff"]
    assert sandbox.sandbox is not None
    with sandbox.sandbox.read() as s:
        row = s.scalars(select(Staff).where(Staff.username == "carol")).one()
        assert row.password_hash.startswith("$argon2id$")
        assert staff_credentials()["carol"]["password"] not in row.password_hash


def test_wrong_password_and_wrong_code_get_one_generic_answer(sandbox: SandboxServer) -> None:
    wrong_pw = _login(sandbox, "bob", password="not-it")
    assert wrong_pw.status_code == 401
    code = fresh_totp(sandbox.base_url, "bob")
    wrong_code = _login(sandbox, "bob", code=f"{(int(code) + 1) % 1000000:06d}")
    assert wrong_code.status_code == 401
    assert wrong_pw.json()["detail"] == wrong_code.json()["detail"]
    unknown = _post(sandbox, "/auth/login", {"username": "mallory", "password": "x",
                                             "totp": "123456"})
    assert unknown.status_code == 401 and unknown.json()["detail"] == wrong_pw.json()["detail"]
    assert _actions(sandbox).count("auth.login_failed") >= 3
    advance(sandbox.base_url, 16 * 60)  # leave bob's failure window for the other tests


def test_a_code_is_accepted_once(sandbox: SandboxServer) -> None:
    code = fresh_totp(sandbox.base_url, "alice")
    assert _login(sandbox, "alice", code=code).status_code == 200
    replay = _login(sandbox, "alice", code=code)
    assert replay.status_code == 401
    advance(sandbox.base_url, 16 * 60)


def test_lockout_blocks_even_correct_credentials_until_the_window_ends(
    sandbox: SandboxServer,
) -> None:
    for _ in range(4):
        assert _login(sandbox, "erin", password="wrong").status_code == 401
    # The fifth failure starts the lock; then even the right password and code are refused.
    assert _login(sandbox, "erin", password="wrong").status_code == 429
    locked = _login(sandbox, "erin")
    assert locked.status_code == 429
    assert locked.headers["content-type"].startswith("application/problem+json")
    retry = int(locked.headers["Retry-After"])
    assert 0 < retry <= 900
    assert "auth.lockout" in _actions(sandbox)
    advance(sandbox.base_url, retry - 40)  # fresh_totp adds 30 s: still inside the window
    assert _login(sandbox, "erin").status_code == 429
    advance(sandbox.base_url, 15)
    assert _login(sandbox, "erin").status_code == 200


def test_failed_step_ups_count_towards_lockout(sandbox: SandboxServer) -> None:
    token = login(sandbox.base_url, "dave")["access_token"]
    for _ in range(4):
        r = _post(sandbox, "/auth/step-up", {"totp": "000000"}, token)
        assert r.status_code == 401 and "WWW-Authenticate" not in r.headers
    assert _post(sandbox, "/auth/step-up", {"totp": "000000"}, token).status_code == 429
    r = _post(sandbox, "/auth/step-up", {"totp": fresh_totp(sandbox.base_url, "dave")}, token)
    assert r.status_code == 429 and int(r.headers["Retry-After"]) <= 900
    assert "auth.step_up_failed" in _actions(sandbox)
    advance(sandbox.base_url, 16 * 60)


def test_step_up_issues_acr_totp_and_login_never_does(sandbox: SandboxServer) -> None:
    session = login(sandbox.base_url, "dave")
    r = _post(sandbox, "/auth/step-up", {"totp": fresh_totp(sandbox.base_url, "dave")},
              session["access_token"])
    assert r.status_code == 200, r.text
    assert r.json()["acr"] == "totp" and r.json()["expires_in"] == 900
    assert sandbox.sandbox is not None
    from vipclient.sandbox.auth import resolve_access

    with sandbox.sandbox.read() as s:
        now = sandbox.sandbox.now()
        stepped = resolve_access(s, r.json()["access_token"], now)
        plain = resolve_access(s, session["access_token"], now)
    assert stepped is not None and stepped.acr == "totp" and stepped.auth_time is not None
    assert plain is not None and plain.acr is None
    refreshed = _post(sandbox, "/auth/refresh", {"refresh_token": session["refresh_token"]})
    with sandbox.sandbox.read() as s:
        again = resolve_access(s, refreshed.json()["access_token"], sandbox.sandbox.now())
    assert again is not None and again.acr is None


def test_access_token_expires_after_900_seconds(sandbox: SandboxServer) -> None:
    api = Api(sandbox.base_url, login(sandbox.base_url, "alice")["access_token"])
    assert api.get("/me").status_code == 200
    advance(sandbox.base_url, 901)
    r = api.get("/me")
    assert r.status_code == 401 and r.headers["content-type"].startswith("application/problem")


def test_refresh_rotates_and_reuse_revokes_the_whole_family(sandbox: SandboxServer) -> None:
    first = login(sandbox.base_url, "bob")
    r = _post(sandbox, "/auth/refresh", {"refresh_token": first["refresh_token"]})
    assert r.status_code == 200
    second = r.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert Api(sandbox.base_url, second["access_token"]).get("/me").status_code == 200
    reuse = _post(sandbox, "/auth/refresh", {"refresh_token": first["refresh_token"]})
    assert reuse.status_code == 401
    assert "auth.refresh_reuse" in _actions(sandbox)
    # Everything of that login is dead now, the newest pair included.
    assert Api(sandbox.base_url, second["access_token"]).get("/me").status_code == 401
    assert Api(sandbox.base_url, first["access_token"]).get("/me").status_code == 401
    dead = _post(sandbox, "/auth/refresh", {"refresh_token": second["refresh_token"]})
    assert dead.status_code == 401


def test_refresh_token_lives_twelve_hours(sandbox: SandboxServer) -> None:
    session = login(sandbox.base_url, "carol")
    advance(sandbox.base_url, 12 * 3600 + 1)
    assert _post(sandbox, "/auth/refresh",
                 {"refresh_token": session["refresh_token"]}).status_code == 401


def test_logout_revokes_the_session(sandbox: SandboxServer) -> None:
    session = login(sandbox.base_url, "alice")
    r = _post(sandbox, "/auth/logout", None, session["access_token"])
    assert r.status_code == 204
    assert Api(sandbox.base_url, session["access_token"]).get("/me").status_code == 401
    assert _post(sandbox, "/auth/refresh",
                 {"refresh_token": session["refresh_token"]}).status_code == 401
