"""Bodies no parser should be trusted with, against every route that takes one.

Each answer is a 4xx problem, nothing reaches the changes feed, and the server answers the
next request at once. The routes are read from the served OpenAPI document, so a new route
is covered the day it is added.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from tests.support.sandbox import API, login, running_sandbox
from vipclient.sandbox.body_guard import MAX_DEPTH
from vipclient.sandbox.server import SandboxServer

pytestmark = pytest.mark.xdist_group("h1-hostile-bodies")

HOSTILE: dict[str, bytes] = {
    "nested arrays": b"[" * 5000 + b"]" * 5000,
    "nested objects": b'{"a":' * 5000 + b"1" + b"}" * 5000,
    "just too deep": b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1),
    "invalid utf-8": b'{"body": "\xff\xfe\xc3("}',
    "10 MB": b'{"body": "' + b"a" * 10_000_000 + b'"}',
    "10,000 digits": b'{"amount": ' + b"9" * 10_000 + b"}",
    "long float": b'{"amount": 1.' + b"5" * 200 + b"}",
    "huge exponent": b'{"amount": 1e400}',
    "duplicate keys": b'{"reason": "first reason here", "reason": "second reason here"}',
    "bare string": b'"just a string"',
    "bare array": b"[]",
    "NaN": b'{"maker_bps": NaN}',
    "Infinity": b'{"maker_bps": -Infinity}',
    "byte-order mark": b'\xef\xbb\xbf{"body": "x"}',
    "truncated": b'{"body": "x"',
}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with running_sandbox(clients=20) as srv:
        yield srv


@pytest.fixture(scope="module")
def token(sandbox: SandboxServer) -> str:
    return str(login(sandbox.base_url, "carol")["access_token"])


def _routes(sandbox: SandboxServer) -> list[tuple[str, str]]:
    doc = requests.get(f"{sandbox.base_url}{API}/openapi.json", timeout=10).json()
    out = []
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method not in ("post", "patch", "put", "delete"):
                continue
            content = op.get("requestBody", {}).get("content", {})
            if content and all(t.startswith("multipart/") for t in content):
                continue  # uploads stream and limit their own parts
            out.append((method.upper(), path))
    return out


def _real_path(path: str, ids: dict[str, str]) -> str:
    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        for prefix, value in ids.items():
            if path.startswith(prefix) and name != "uid":
                return value
        return ids["uid"] if name == "uid" else "X0000000"

    return re.sub(r"\{(\w+)\}", one, path)


def _first(sandbox: SandboxServer, token: str, path: str, key: str = "id") -> str:
    r = requests.get(f"{sandbox.base_url}{API}{path}", params={"limit": 1},
                     headers={"Authorization": f"Bearer {token}"}, timeout=10)
    items = r.json().get("items") if r.status_code == 200 else None
    return str(items[0][key]) if items else "X0000000"  # a list this build does not serve


def _head(sandbox: SandboxServer, token: str) -> tuple[str, int]:
    """The feed's cursor at its end and the audit log's size."""
    headers = {"Authorization": f"Bearer {token}"}
    params: dict[str, Any] = {"limit": 1000}
    while True:
        page = requests.get(f"{sandbox.base_url}{API}/changes", params=params,
                            headers=headers, timeout=30).json()
        params["cursor"] = page["next_cursor"]
        if not page["has_more"]:
            break
    audit: dict[str, Any] = {"limit": 1000}
    size = 0
    while True:
        page = requests.get(f"{sandbox.base_url}{API}/audit", params=audit, headers=headers,
                            timeout=30).json()
        size += len(page["items"])
        if not page["has_more"]:
            return str(params["cursor"]), size
        audit["cursor"] = page["next_cursor"]


def test_every_body_route_refuses_every_hostile_body(sandbox: SandboxServer, token: str) -> None:
    ids = {
        f"{API}/api-access-requests": _first(sandbox, token, "/api-access-requests"),
        f"{API}/fee-requests": _first(sandbox, token, "/fee-requests"),
        f"{API}/withdrawal-requests": _first(sandbox, token, "/withdrawal-requests"),
        f"{API}/freezes": _first(sandbox, token, "/freezes"),
        f"{API}/unfreeze-requests": _first(sandbox, token, "/unfreeze-requests"),
        f"{API}/risk-alerts": _first(sandbox, token, "/risk-alerts"),
        f"{API}/tickets": _first(sandbox, token, "/tickets"),
        "uid": _first(sandbox, token, "/clients", "uid"),
    }
    routes = _routes(sandbox)
    assert len(routes) >= 20
    cursor, audit_size = _head(sandbox, token)
    session = requests.Session()
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json",
               "If-Match": '"1"'}
    failures = []
    for method, path in routes:
        url = sandbox.base_url + _real_path(path, ids)
        for name, body in HOSTILE.items():
            r = session.request(method, url, data=body, timeout=30,
                                headers={**headers, "Idempotency-Key": f"{path}-{name}"})
            ok = (400 <= r.status_code < 500 and r.status_code != 404
                  and r.headers.get("content-type", "").startswith("application/problem+json"))
            if not ok:
                failures.append(f"{method} {path} with {name}: {r.status_code} {r.text[:120]}")
    assert not failures, "\n".join(failures)
    # Nothing changed: no change in the feed, no audit entry, and the server answers.
    after = requests.get(f"{sandbox.base_url}{API}/changes", params={"cursor": cursor},
                         headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert after.json()["changes"] == []
    assert _head(sandbox, token)[1] == audit_size
    assert requests.get(f"{sandbox.base_url}{API}/me", timeout=5,
                        headers={"Authorization": f"Bearer {token}"}).status_code == 200


@pytest.mark.parametrize("body", [HOSTILE["nested arrays"], HOSTILE["invalid utf-8"]])
def test_a_hostile_body_without_a_token_is_a_401(sandbox: SandboxServer, body: bytes) -> None:
    r = requests.post(f"{sandbox.base_url}{API}/fee-requests", data=body, timeout=10,
                      headers={"Content-Type": "application/json", "Idempotency-Key": "k"})
    assert r.status_code == 401
    assert r.headers["content-type"].startswith("application/problem+json")


def test_refusals_say_what_is_wrong(sandbox: SandboxServer, token: str) -> None:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json",
               "Idempotency-Key": "words"}
    url = f"{sandbox.base_url}{API}/fee-requests"
    expect = {
        "nested arrays": (400, "levels deep"),
        "invalid utf-8": (400, "UTF-8"),
        "10 MB": (413, "larger than"),
        "10,000 digits": (400, "digits"),
        "duplicate keys": (400, "'reason' twice"),
        "NaN": (400, "NaN"),
        "bare string": (422, "JSON object"),
    }
    for name, (status, words) in expect.items():
        r = requests.post(url, data=HOSTILE[name], headers=headers, timeout=30)
        assert r.status_code == status, (name, r.text)
        assert words in r.text, (name, r.text)
    r = requests.post(url, data=b"reason=x", timeout=10,
                      headers={**headers, "Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 415


@pytest.mark.parametrize("cursor", ["%C2%B3", "³", "garbage!", "", "MQ", "azE",
                                    "azFbLTFd", "azFbOTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5XQ",
                                    "azFbIjAwMDEtMDEtMDFUMDA6MDA6MDArMTQ6MDAiLCJ4Il0"])
def test_every_paged_route_refuses_a_foreign_cursor(
    sandbox: SandboxServer, token: str, cursor: str
) -> None:
    doc = requests.get(f"{sandbox.base_url}{API}/openapi.json", timeout=10).json()
    paged = [
        path for path, item in doc["paths"].items()
        if "get" in item and any(p["name"] == "cursor" for p in item["get"].get("parameters", []))
    ]
    assert len(paged) >= 8
    ids = {"uid": _first(sandbox, token, "/clients", "uid"),
           f"{API}/tickets": _first(sandbox, token, "/tickets")}
    for path in paged:
        url = sandbox.base_url + _real_path(path, ids)
        r = requests.get(url, params={"cursor": cursor, "limit": 688},
                         headers={"Authorization": f"Bearer {token}"}, timeout=10)
        if cursor == "":
            assert r.status_code in (200, 422), (path, r.text)
            continue
        assert r.status_code == 422, (path, cursor, r.text)
        assert r.json()["errors"][0]["field"] == "cursor"
