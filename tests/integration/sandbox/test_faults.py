"""Fault injection behind --controls: error, drop, lost answer, malformed, latency, paths."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator

import pytest
import requests

from tests.support.sandbox import API, Api
from vipclient.sandbox.server import SandboxServer

# One sandbox per module: keep the module on one xdist worker.
pytestmark = pytest.mark.xdist_group("h1-faults")


@pytest.fixture
def faults(sandbox: SandboxServer) -> Iterator[Callable[..., None]]:
    def set_faults(**config: object) -> None:
        r = requests.post(f"{sandbox.base_url}/_sandbox/faults", json={"seed": 1, **config},
                          timeout=10)
        r.raise_for_status()

    yield set_faults
    requests.delete(f"{sandbox.base_url}/_sandbox/faults", timeout=10).raise_for_status()


def _ticket(api: Api) -> str:
    return str(api.get("/tickets", params={"status": "open"}).json()["items"][0]["id"])


def _count(api: Api, tid: str) -> int:
    return len(api.get(f"/tickets/{tid}/messages", params={"limit": 1000}).json()["items"])


def test_error_rate_answers_503_problems(
    sandbox: SandboxServer, api_as: Callable[[str], Api], faults: Callable[..., None]
) -> None:
    alice = api_as("alice")
    tid = _ticket(alice)
    before = _count(alice, tid)
    faults(error_rate=1.0)
    r = alice.post(f"/tickets/{tid}/messages", {"body": "x"})
    assert r.status_code == 503 and r.headers["content-type"].startswith("application/problem")
    assert "Date" in r.headers
    # Controls are never faulted, so the test can always clear them.
    assert requests.get(f"{sandbox.base_url}{API}/_sandbox/clock", timeout=5).status_code == 200
    requests.delete(f"{sandbox.base_url}/_sandbox/faults", timeout=10)
    assert _count(alice, tid) == before


def test_drop_closes_before_any_effect(
    api_as: Callable[[str], Api], faults: Callable[..., None]
) -> None:
    alice = api_as("alice")
    tid = _ticket(alice)
    before = _count(alice, tid)
    faults(drop_rate=1.0, paths=["/api/v1/tickets"])
    with pytest.raises(requests.ConnectionError):
        alice.post(f"/tickets/{tid}/messages", {"body": "lost"})
    assert alice.get("/me").status_code == 200  # outside `paths`: untouched
    faults()
    assert _count(alice, tid) == before


def test_lost_answer_takes_effect_and_the_retry_replays(
    api_as: Callable[[str], Api], faults: Callable[..., None]
) -> None:
    alice = api_as("alice")
    tid = _ticket(alice)
    before = _count(alice, tid)
    key = str(uuid.uuid4())
    faults(lost_answer_rate=1.0)
    with pytest.raises(requests.ConnectionError):
        alice.post(f"/tickets/{tid}/messages", {"body": "did it land?"}, key=key)
    faults()
    assert _count(alice, tid) == before + 1
    retry = alice.post(f"/tickets/{tid}/messages", {"body": "did it land?"}, key=key)
    assert retry.status_code == 201 and retry.headers["Idempotent-Replayed"] == "true"
    assert _count(alice, tid) == before + 1


def test_malformed_keeps_the_status_and_breaks_the_body(
    api_as: Callable[[str], Api], faults: Callable[..., None]
) -> None:
    alice = api_as("alice")
    tid = _ticket(alice)
    before = _count(alice, tid)
    faults(malformed_rate=1.0)
    r = alice.post(f"/tickets/{tid}/messages", {"body": "garbled"})
    assert r.status_code == 201
    with pytest.raises(ValueError):
        r.json()
    faults()
    assert _count(alice, tid) == before + 1


def test_latency_and_seeded_rates(
    api_as: Callable[[str], Api], faults: Callable[..., None]
) -> None:
    alice = api_as("alice")
    faults(latency_ms=300)
    started = time.monotonic()
    assert alice.get("/me").status_code == 200
    assert time.monotonic() - started >= 0.3
    outcomes = []
    for _ in range(2):
        faults(error_rate=0.5, seed=42)
        outcomes.append([alice.get("/me").status_code for _ in range(12)])
    assert outcomes[0] == outcomes[1] and {200, 503} == set(outcomes[0])
