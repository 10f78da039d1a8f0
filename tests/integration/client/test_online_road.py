"""The online road against the sandbox: live-only commands, step-up, retries, pages."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from tests.support.client import signed_in_client
from tests.support.sandbox import API, clear_faults, fresh_totp, running_sandbox, set_faults
from vipclient.api import errors as E
from vipclient.sandbox.server import SandboxServer
from vipclient.services.online import Command, OnlineService, StepUpCancelled
from vipclient.sync.events import StepUpChallenge

pytestmark = pytest.mark.xdist_group("online-road")


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with running_sandbox(clients=30) as srv:
        yield srv


def _active_clients(api: Any, n: int, used: set[str] = set()) -> list[str]:  # noqa: B006
    found = []
    for client in api.request("GET", "/clients", params={"limit": 100}).json["items"]:
        if client["status"] == "active" and client["uid"] not in used:
            used.add(client["uid"])
            found.append(client["uid"])
            if len(found) == n:
                return found
    raise AssertionError("not enough active clients")


def _freeze(uid: str) -> Command:
    return Command("POST", f"/clients/{uid}/freeze",
                   {"scopes": ["login", "withdrawals"], "reason_code": "account_compromise",
                    "note": ""}, description=f"Freeze {uid}")


def _audit_count(server: SandboxServer, action: str, target: str) -> int:
    carol = signed_in_client(SimpleNamespace(base_url=server.base_url), "carol")
    return sum(1 for e in carol.request("GET", "/audit", params={"target": target,
                                                                   "limit": 1000}).json["items"]
               if e["action"] == action)


def test_a_challenge_asks_for_a_code_and_the_same_command_goes_again(
    server: SandboxServer,
) -> None:
    dave = signed_in_client(SimpleNamespace(base_url=server.base_url), "dave")
    asked: list[StepUpChallenge] = []

    def ask(challenge: StepUpChallenge) -> str:
        asked.append(challenge)
        return fresh_totp(server.base_url, "dave")

    (uid,) = _active_clients(dave, 1)
    answer = OnlineService(dave, ask).send(_freeze(uid))
    assert answer.status == 201 and answer.json["status"] == "active"
    assert len(asked) == 1 and asked[0].description == f"Freeze {uid}"
    assert asked[0].max_age == 120 and not asked[0].retry and asked[0].outbox_id is None
    assert _audit_count(server, "client.freeze", uid) == 1


def test_a_wrong_code_is_asked_again_and_a_cancel_sends_nothing(server: SandboxServer) -> None:
    dave = signed_in_client(SimpleNamespace(base_url=server.base_url), "dave")
    answers = iter(["000000"])
    retries: list[bool] = []

    def ask_then_cancel(challenge: StepUpChallenge) -> str | None:
        retries.append(challenge.retry)
        return next(answers, None)

    (uid,) = _active_clients(dave, 1)
    with pytest.raises(StepUpCancelled):
        OnlineService(dave, ask_then_cancel).send(_freeze(uid))
    assert retries == [False, True]
    assert dave.request("GET", f"/clients/{uid}").json["status"] == "active"
    assert _audit_count(server, "client.freeze", uid) == 0


def test_a_code_typed_in_advance_needs_no_question(server: SandboxServer) -> None:
    dave = signed_in_client(SimpleNamespace(base_url=server.base_url), "dave")

    def never(challenge: StepUpChallenge) -> str | None:
        raise AssertionError("asked although a code was given")

    (uid,) = _active_clients(dave, 1)
    answer = OnlineService(dave, never).send(_freeze(uid),
                                             code=fresh_totp(server.base_url, "dave"))
    assert answer.status == 201


def test_a_lost_answer_is_retried_with_the_same_key_and_freezes_once(
    server: SandboxServer,
) -> None:
    dave = signed_in_client(SimpleNamespace(base_url=server.base_url), "dave")
    (uid,) = _active_clients(dave, 1)
    code = fresh_totp(server.base_url, "dave")
    set_faults(server.base_url, lost_answer_rate=1.0, paths=[f"{API}/clients/{uid}/freeze"])
    sleeps: list[float] = []

    def heal(seconds: float) -> None:
        sleeps.append(seconds)
        clear_faults(server.base_url)  # the network comes back before the retry

    try:
        answer = OnlineService(dave, lambda c: None, sleep=heal).send(_freeze(uid), code=code)
    finally:
        clear_faults(server.base_url)
    assert answer.status == 201 and answer.headers.get("Idempotent-Replayed") == "true"
    assert len(sleeps) == 1
    assert _audit_count(server, "client.freeze", uid) == 1


def test_a_dead_server_ends_the_command_with_a_network_error(server: SandboxServer) -> None:
    with running_sandbox(clients=3) as short_lived:
        dave = signed_in_client(SimpleNamespace(base_url=short_lived.base_url), "dave")
        (uid,) = _active_clients(dave, 1, set())
        sleeps: list[float] = []
        online = OnlineService(dave, lambda c: None, sleep=sleeps.append)
        online.send(Command("GET", "/me"))  # connected
        short_lived.stop()
        with pytest.raises(E.NetworkError) as failure:
            online.send(_freeze(uid))
        assert failure.value.user_message
        assert len(sleeps) == 2  # tried three times, with the same key


def test_pages_reads_a_whole_list(server: SandboxServer) -> None:
    carol = signed_in_client(SimpleNamespace(base_url=server.base_url), "carol")
    online = OnlineService(carol, lambda c: None)
    pages = list(online.pages("/audit", limit=5))
    seqs = [e["seq"] for page in pages for e in page]
    assert len(pages) > 1 and seqs == list(range(1, len(seqs) + 1))
