"""ApiClient against the real sandbox on loopback: sign-in and its failures, refresh rotation
and reuse, step-up, sign-out."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from tests.support.client import (
    advance_clock,
    current_totp,
    fresh_totp,
    running_sandbox,
    signed_in_client,
    staff_credentials,
)
from vipclient.api.client import ApiClient, new_idempotency_key
from vipclient.api.errors import (
    InvalidCredentials,
    LockedOut,
    NetworkError,
    SessionExpired,
    StepUpRequired,
    TlsError,
)
from vipclient.api.models import Client
from vipclient.security.tokens import TokenStore

# One worker runs this module under `--dist loadgroup`, so its sandbox starts once.
pytestmark = pytest.mark.xdist_group("client-api-auth")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Any]:
    with running_sandbox(clients=20) as srv:
        yield srv


def wrong_code(code: str) -> str:
    return f"{(int(code) + 500_000) % 1_000_000:06d}"


def test_login_ok_stores_tokens_and_me_answers(sandbox: Any) -> None:
    tokens = TokenStore.for_user(sandbox.base_url, "alice")
    api = signed_in_client(sandbox, "alice", tokens=tokens)
    assert tokens.access_token and tokens.refresh_token
    me = api.me()
    assert me.username == "alice" and "account_manager" in me.roles


def test_wrong_code_is_invalid_credentials_with_a_generic_message(sandbox: Any) -> None:
    person = staff_credentials("carol")
    api = ApiClient(sandbox.base_url, TokenStore.for_user(sandbox.base_url, "carol"))
    code = fresh_totp(sandbox.base_url, "carol")
    with pytest.raises(InvalidCredentials) as info:
        api.login("carol", person["password"], wrong_code(code))
    with pytest.raises(InvalidCredentials) as info_pw:
        api.login("carol", "not-the-password", code)
    assert info.value.user_message == info_pw.value.user_message
    assert api.tokens.get() is None


def test_a_code_is_accepted_once(sandbox: Any) -> None:
    person = staff_credentials("carol")
    code = fresh_totp(sandbox.base_url, "carol")
    first = ApiClient(sandbox.base_url, TokenStore.for_user(sandbox.base_url, "carol"))
    first.login("carol", person["password"], code)
    second = ApiClient(sandbox.base_url, TokenStore.for_user(sandbox.base_url, "carol#2"))
    with pytest.raises(InvalidCredentials):
        second.login("carol", person["password"], code)


def test_lockout_says_time_left_and_ends() -> None:
    with running_sandbox(clients=20) as srv:
        person = staff_credentials("bob")
        api = ApiClient(srv.base_url, TokenStore.for_user(srv.base_url, "bob"))
        for _ in range(4):
            with pytest.raises(InvalidCredentials):
                api.login("bob", "wrong-password", current_totp(srv.base_url, "bob"))
        # the fifth failure starts the lock; then even the right password and code are refused
        with pytest.raises(LockedOut):
            api.login("bob", "wrong-password", current_totp(srv.base_url, "bob"))
        with pytest.raises(LockedOut) as info:
            api.login("bob", person["password"], fresh_totp(srv.base_url, "bob"))
        left = info.value.retry_after
        assert left is not None and 0 < left <= 900
        assert "locked" in info.value.user_message and "min" in info.value.user_message
        advance_clock(srv.base_url, left + 1)
        assert api.login("bob", person["password"], fresh_totp(srv.base_url, "bob"))


def test_unreachable_server() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    api = ApiClient(f"http://127.0.0.1:{port}", TokenStore.for_user("closed", "alice"))
    with pytest.raises(NetworkError) as info:
        api.login("alice", "pw", "123456")
    assert "cannot be reached" in info.value.user_message


def test_https_url_to_the_plain_http_sandbox_is_a_tls_error(sandbox: Any) -> None:
    port = sandbox.base_url.rsplit(":", 1)[1]
    api = ApiClient(f"https://127.0.0.1:{port}", TokenStore.for_user("tls", "alice"))
    with pytest.raises(TlsError) as info:
        api.login("alice", "pw", "123456")
    assert "certificate" in info.value.user_message


def test_refresh_rotates_and_reuse_ends_the_session(sandbox: Any) -> None:
    tokens = TokenStore.for_user(sandbox.base_url, "erin")
    api = signed_in_client(sandbox, "erin", tokens=tokens)
    old_refresh, old_access = tokens.refresh_token, tokens.access_token
    api.refresh()
    assert tokens.refresh_token != old_refresh and tokens.access_token != old_access
    assert api.me().username == "erin"

    # Someone replays the rotated refresh token: the server revokes the whole family.
    thief_store = TokenStore.for_user(sandbox.base_url, "erin#thief")
    assert old_access is not None
    thief_store.set(old_access, old_refresh)
    thief = ApiClient(sandbox.base_url, thief_store)
    with pytest.raises(SessionExpired):
        thief.refresh()
    assert thief_store.get() is None

    # The honest client's tokens died with the family: one refresh attempt, then sign in again.
    with pytest.raises(SessionExpired) as info:
        api.me()
    assert tokens.get() is None
    assert "sign in again" in info.value.user_message


def test_expired_access_token_is_refreshed_without_the_caller_noticing(sandbox: Any) -> None:
    tokens = TokenStore.for_user(sandbox.base_url, "alice")
    api = signed_in_client(sandbox, "alice", tokens=tokens)
    first_refresh = tokens.refresh_token
    advance_clock(sandbox.base_url, 901)
    assert api.me().username == "alice"
    assert tokens.refresh_token != first_refresh


def test_expired_access_token_is_refreshed_after_a_401_too(sandbox: Any) -> None:
    tokens = TokenStore.for_user(sandbox.base_url, "alice")
    signed_in_client(sandbox, "alice", tokens=tokens)
    first_refresh = tokens.refresh_token
    advance_clock(sandbox.base_url, 901)
    # A client that has not seen the moved clock yet (e.g. just restarted) gets a 401.
    fresh = ApiClient(sandbox.base_url, tokens)
    assert fresh.me().username == "alice"
    assert tokens.refresh_token != first_refresh


def _first_uid(api: ApiClient) -> str:
    page = api.get_page("/clients", {"limit": 5}, item=Client)
    active = [c for c in page.items if c.status == "active"]
    return active[0].uid


FREEZE = {"scopes": ["withdrawals"], "reason_code": "phishing_report",
          "note": "Client reported a phishing e-mail."}


def test_step_up_challenge_then_retry_with_the_same_key(sandbox: Any) -> None:
    dave = signed_in_client(sandbox, "dave")
    uid = _first_uid(dave)
    key = new_idempotency_key()
    with pytest.raises(StepUpRequired) as info:
        dave.request("POST", f"/clients/{uid}/freeze", json=FREEZE, idempotency_key=key)
    assert info.value.max_age == 120 and info.value.acr_values == "totp"
    assert dave.tokens.get() is not None  # a challenge is not a lost session

    with pytest.raises(InvalidCredentials) as wrong:
        dave.step_up(wrong_code(fresh_totp(sandbox.base_url, "dave")))
    assert wrong.value.step_up and "code" in wrong.value.user_message
    assert dave.tokens.get() is not None

    dave.step_up(fresh_totp(sandbox.base_url, "dave"))
    answer = dave.request("POST", f"/clients/{uid}/freeze", json=FREEZE, idempotency_key=key)
    assert answer.status in (200, 201)
    assert answer.json["client_uid"] == uid and not answer.replayed
    again = dave.request("POST", f"/clients/{uid}/freeze", json=FREEZE, idempotency_key=key)
    assert again.replayed and again.json == answer.json
    # the step-up is stale after max_age on the sandbox clock
    advance_clock(sandbox.base_url, 121)
    with pytest.raises(StepUpRequired):
        dave.request("POST", f"/clients/{uid}/freeze", json=FREEZE,
                     idempotency_key=new_idempotency_key())


def test_logout_revokes_on_the_server_and_wipes(sandbox: Any) -> None:
    tokens = TokenStore.for_user(sandbox.base_url, "carol")
    api = signed_in_client(sandbox, "carol", tokens=tokens)
    access = tokens.access_token
    api.logout()
    assert tokens.get() is None
    answer = requests.get(f"{sandbox.base_url}/api/v1/me",
                          headers={"Authorization": f"Bearer {access}"}, timeout=10)
    assert answer.status_code == 401


def test_step_up_with_an_expired_access_token_refreshes_and_succeeds(sandbox: Any) -> None:
    tokens = TokenStore.for_user(sandbox.base_url, "dave")
    signed_in_client(sandbox, "dave", tokens=tokens)
    advance_clock(sandbox.base_url, 901)
    # A client that does not know the token's age (restarted): the 401 is not a wrong code.
    restarted = ApiClient(sandbox.base_url, tokens)
    restarted.step_up(fresh_totp(sandbox.base_url, "dave"))
    uid = _first_uid(restarted)
    answer = restarted.request("POST", f"/clients/{uid}/freeze", json=FREEZE,
                               idempotency_key=new_idempotency_key())
    assert answer.status in (200, 201)


def test_step_up_after_the_session_was_revoked_is_session_expired(sandbox: Any) -> None:
    tokens = TokenStore.for_user(sandbox.base_url, "erin")
    api = signed_in_client(sandbox, "erin", tokens=tokens)
    other = TokenStore.for_user(sandbox.base_url, "erin#copy")
    access, refresh = tokens.access_token, tokens.refresh_token
    assert access is not None
    other.set(access, refresh)
    ApiClient(sandbox.base_url, other).logout()  # revokes the family server-side
    with pytest.raises(SessionExpired):
        api.step_up(fresh_totp(sandbox.base_url, "erin"))
    assert tokens.get() is None
