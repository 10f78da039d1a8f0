"""Every error is application/problem+json, including FastAPI's own ones; Date is the
sandbox clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import pytest
import requests

from tests.support.sandbox import API, Api, advance
from vipclient.sandbox.server import SandboxServer

# One sandbox per module: keep the module on one xdist worker.
pytestmark = pytest.mark.xdist_group("h1-problems")


def _is_problem(r: requests.Response, status: int) -> dict[str, object]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert body["status"] == status
    assert {"type", "title", "detail"} <= body.keys()
    return dict(body)


def test_unknown_route_and_wrong_method(sandbox: SandboxServer) -> None:
    _is_problem(requests.get(f"{sandbox.base_url}{API}/no-such-thing", timeout=10), 404)
    _is_problem(requests.get(f"{sandbox.base_url}/elsewhere", timeout=10), 404)
    _is_problem(requests.delete(f"{sandbox.base_url}{API}/clients", timeout=10), 405)


def test_no_token_and_bad_token(sandbox: SandboxServer) -> None:
    _is_problem(requests.get(f"{sandbox.base_url}{API}/clients", timeout=10), 401)
    r = requests.get(f"{sandbox.base_url}{API}/me", headers={"Authorization": "Bearer nope"},
                     timeout=10)
    _is_problem(r, 401)


def test_the_token_is_checked_before_the_body(sandbox: SandboxServer) -> None:
    r = requests.post(f"{sandbox.base_url}{API}/tickets/T1/messages", data=b"{not json",
                      headers={"Content-Type": "application/json", "Idempotency-Key": "k"},
                      timeout=10)
    _is_problem(r, 401)
    # A route that needs no token refuses a body that is not JSON at once.
    r = requests.post(f"{sandbox.base_url}{API}/auth/login", data=b"{not json",
                      headers={"Content-Type": "application/json"}, timeout=10)
    _is_problem(r, 400)


def test_validation_errors_name_fields(api_as: Callable[[str], Api]) -> None:
    alice = api_as("alice")
    body = _is_problem(alice.get("/clients", params={"limit": 5000, "tier": "VIP11"}), 422)
    fields = {e["field"] for e in body["errors"]}  # type: ignore[attr-defined]
    assert fields == {"limit", "tier"}
    r = alice.session.post(
        alice.base + "/tickets/T0000001/messages", data=b"{not json",
        headers={"Authorization": f"Bearer {alice.token}", "Idempotency-Key": "bad-json",
                 "Content-Type": "application/json"}, timeout=10,
    )
    body = _is_problem(r, 400)
    assert "not valid JSON" in str(body["detail"])
    body = _is_problem(alice.post("/tickets/T0000001/messages", {"body": ""}), 422)
    assert [e["field"] for e in body["errors"]] == ["body"]  # type: ignore[attr-defined]
    body = _is_problem(alice.get("/clients", params={"cursor": "garbage!"}), 422)
    assert body["errors"] == [{"field": "cursor", "message": "not a cursor of this list"}]


def test_date_header_follows_the_sandbox_clock(sandbox: SandboxServer) -> None:
    before = requests.get(f"{sandbox.base_url}{API}/_sandbox/clock", timeout=10)
    advance(sandbox.base_url, 6 * 3600)
    after = requests.get(f"{sandbox.base_url}{API}/nope", timeout=10)  # errors carry it too
    t0 = parsedate_to_datetime(before.headers["Date"])
    t1 = parsedate_to_datetime(after.headers["Date"])
    assert timedelta(hours=6) <= t1 - t0 < timedelta(hours=6, seconds=5)
    assert t1 - datetime.now(UTC) > timedelta(hours=5)
