"""Idempotency keys: replay, changed body, in flight, refusals record nothing, 24 h, and
20 concurrent senders of one key producing exactly one effect."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Annotated, Any

import pytest
import requests
from fastapi import APIRouter, Depends

from tests.support.sandbox import API, Api, advance, login, running_sandbox, step_up
from vipclient.sandbox.core import Sandbox
from vipclient.sandbox.deps import (
    Principal,
    current_staff,
    get_sandbox,
    require_roles,
    require_step_up,
)
from vipclient.sandbox.server import SandboxServer

# One sandbox per module: keep the module on one xdist worker.
pytestmark = pytest.mark.xdist_group("h1-idempotency")


# A probe router mounted on this module's sandbox: it exercises the real middleware and
# dependencies over HTTP with an effect the test can count and a handler it can hold.
effects: list[str] = []
entered = threading.Event()
release = threading.Event()
probe = APIRouter()


@probe.post("/probe/slow", status_code=201)
def slow(staff: Annotated[Principal, Depends(current_staff)]) -> dict[str, Any]:
    entered.set()
    release.wait(20)
    effects.append(f"slow:{staff.username}")
    return {"n": len(effects)}


@probe.post("/probe/guarded", status_code=201)
def guarded(
    staff: Annotated[Principal, Depends(require_roles("security_officer"))],
    sb: Annotated[Sandbox, Depends(get_sandbox)],
) -> dict[str, Any]:
    require_step_up(staff, sb.now(), max_age=120)
    effects.append(f"guarded:{staff.username}")
    return {"n": len(effects)}


@probe.post("/probe/boom", status_code=201)
@probe.get("/probe/boom")
def boom(_staff: Annotated[Principal, Depends(current_staff)]) -> dict[str, Any]:
    raise RuntimeError("a bug in a handler")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with running_sandbox(clients=20) as srv:
        assert srv.app is not None
        srv.app.include_router(probe, prefix=API)
        yield srv


@pytest.fixture
def alice(sandbox: SandboxServer) -> Iterator[Api]:
    api = Api(sandbox.base_url, login(sandbox.base_url, "alice")["access_token"])
    yield api
    api.close()


def _open_ticket(api: Api) -> str:
    r = api.get("/tickets", params={"status": ["open", "new"], "limit": 1})
    return str(r.json()["items"][0]["id"])


def _message_count(api: Api, ticket_id: str) -> int:
    return len(api.get(f"/tickets/{ticket_id}/messages", params={"limit": 1000}).json()["items"])


def test_missing_key_is_400_and_auth_is_exempt(alice: Api) -> None:
    tid = _open_ticket(alice)
    r = alice.post(f"/tickets/{tid}/messages", {"body": "hello"}, key=None)
    assert r.status_code == 400
    assert r.headers["content-type"].startswith("application/problem+json")
    # A path that does not exist is a 404 and a GET-only one a 405, key or not.
    assert alice.post("/no-such-thing", {}, key=None).status_code == 404
    assert alice.post("/assets", {}, key=None).status_code == 405
    r = alice.post("/auth/logout", key=None)
    assert r.status_code == 204


def test_replay_then_changed_body(alice: Api) -> None:
    tid = _open_ticket(alice)
    before = _message_count(alice, tid)
    key = str(uuid.uuid4())
    first = alice.post(f"/tickets/{tid}/messages", {"body": "Looking into it.",
                                                     "internal": False}, key=key)
    assert first.status_code == 201 and "Idempotent-Replayed" not in first.headers
    again = alice.post(f"/tickets/{tid}/messages", {"internal": False,
                                                     "body": "Looking into it."}, key=key)
    assert again.status_code == 201 and again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    changed = alice.post(f"/tickets/{tid}/messages", {"body": "Something else."}, key=key)
    assert changed.status_code == 422
    assert _message_count(alice, tid) == before + 1


def test_a_refusal_records_nothing(alice: Api) -> None:
    key = str(uuid.uuid4())
    assert alice.post("/tickets/T-none/messages", {"body": "x"}, key=key).status_code == 404
    assert alice.post("/tickets/T-none/messages", {"body": "x"}, key=key).status_code == 404
    tid = _open_ticket(alice)
    # After a 4xx the key is free: a different request may use it.
    assert alice.post(f"/tickets/{tid}/messages", {"body": "ok"}, key=key).status_code == 201


def test_keys_expire_after_24_hours(sandbox: SandboxServer, alice: Api) -> None:
    tid = _open_ticket(alice)
    key = str(uuid.uuid4())
    assert alice.post(f"/tickets/{tid}/messages", {"body": "day one"}, key=key).status_code == 201
    advance(sandbox.base_url, 23 * 3600)
    alice.token = login(sandbox.base_url, "alice")["access_token"]
    assert alice.post(f"/tickets/{tid}/messages", {"body": "day two"},
                      key=key).status_code == 422
    advance(sandbox.base_url, 3600 + 1)
    alice.token = login(sandbox.base_url, "alice")["access_token"]
    assert alice.post(f"/tickets/{tid}/messages", {"body": "day two"},
                      key=key).status_code == 201


def test_same_key_in_flight_is_409(sandbox: SandboxServer, alice: Api) -> None:
    entered.clear()
    release.clear()
    key = str(uuid.uuid4())
    with ThreadPoolExecutor(1) as pool:
        first = pool.submit(alice.post, "/probe/slow", {"x": 1}, key=key)
        assert entered.wait(10)
        other = Api(sandbox.base_url, alice.token)
        clash = other.post("/probe/slow", {"x": 1}, key=key)
        assert clash.status_code == 409
        assert clash.headers["content-type"].startswith("application/problem+json")
        release.set()
        assert first.result(20).status_code == 201
    assert other.post("/probe/slow", {"x": 1}, key=key).headers["Idempotent-Replayed"] == "true"


def test_role_before_step_up_and_retry_with_the_same_key(sandbox: SandboxServer) -> None:
    carol = Api(sandbox.base_url, login(sandbox.base_url, "carol")["access_token"])
    r = carol.post("/probe/guarded", {})
    assert r.status_code == 403 and "WWW-Authenticate" not in r.headers
    session = login(sandbox.base_url, "dave")
    dave = Api(sandbox.base_url, session["access_token"])
    key = str(uuid.uuid4())
    challenge = dave.post("/probe/guarded", {"why": "test"}, key=key)
    assert challenge.status_code == 401
    header = challenge.headers["WWW-Authenticate"]
    assert header.startswith('Bearer error="insufficient_user_authentication"')
    assert 'acr_values="totp"' in header and "max_age=120" in header
    assert 'error_description="' in header
    done = len(effects)
    dave.token = step_up(sandbox.base_url, "dave", session["access_token"])
    ok = dave.post("/probe/guarded", {"why": "test"}, key=key)
    assert ok.status_code == 201 and len(effects) == done + 1
    advance(sandbox.base_url, 121)
    stale = dave.post("/probe/guarded", {"why": "later"})
    assert stale.status_code == 401 and "max_age=120" in stale.headers["WWW-Authenticate"]


def test_twenty_threads_one_key_one_effect(sandbox: SandboxServer, alice: Api) -> None:
    tid = _open_ticket(alice)
    before = _message_count(alice, tid)
    key = str(uuid.uuid4())
    barrier = threading.Barrier(20)
    url = f"{sandbox.base_url}{API}/tickets/{tid}/messages"
    headers = {"Authorization": f"Bearer {alice.token}", "Idempotency-Key": key}

    def send(_: int) -> requests.Response:
        with requests.Session() as http:
            barrier.wait(10)
            return http.post(url, json={"body": "Once only."}, headers=headers, timeout=30)

    with ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(send, range(20)))
    statuses = sorted(a.status_code for a in answers)
    assert set(statuses) <= {201, 409}, statuses
    created = {a.json()["id"] for a in answers if a.status_code == 201}
    assert len(created) == 1
    assert sum(1 for a in answers if a.status_code == 201
               and "Idempotent-Replayed" not in a.headers) == 1
    assert _message_count(alice, tid) == before + 1


def test_a_crash_is_a_500_problem_and_frees_the_key(alice: Api) -> None:
    key = str(uuid.uuid4())
    for _ in range(2):  # the same key again: nothing was recorded, so no 409/422
        r = alice.post("/probe/boom", {"x": 1}, key=key)
        assert r.status_code == 500
        assert r.headers["content-type"].startswith("application/problem+json")
        assert "Date" in r.headers
    r = alice.get("/probe/boom")
    assert r.status_code == 500 and r.json()["status"] == 500
