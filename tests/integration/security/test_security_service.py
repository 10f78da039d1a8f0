"""The security service against the sandbox: freezes on the online road with their answers
written to the cache, alerts actioned by a freeze, triage through the outbox, dual control."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import text

from tests.support.client import signed_in_client
from tests.support.sandbox import API, clear_faults, control, fresh_totp, set_faults
from tests.support.sync import FAST, start_sandbox, synced, wait_until
from vipclient.api import errors as E
from vipclient.sandbox.server import SandboxServer
from vipclient.services.online import OnlineService
from vipclient.services.security import NotAllowed, SecurityService
from vipclient.store.cache import Cache
from vipclient.sync.engine import SyncEngine
from vipclient.sync.events import StepUpChallenge

pytestmark = [pytest.mark.xdist_group("security-service"), pytest.mark.timeout(120)]


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    srv = start_sandbox(clients=30, seed=7, controls=True)
    yield srv
    srv.stop()


def _api(server: SandboxServer, who: str) -> Any:
    return signed_in_client(SimpleNamespace(base_url=server.base_url), who)


def _active(api: Any, used: set[str] = set()) -> str:  # noqa: B006
    for c in api.request("GET", "/clients", params={"limit": 100}).json["items"]:
        if c["status"] == "active" and c["uid"] not in used:
            used.add(c["uid"])
            return str(c["uid"])
    raise AssertionError("no active client left")


def _raise(server: SandboxServer, uid: str, severity: str = "critical") -> str:
    alert = control(server.base_url, "POST", "/_sandbox/risk-alerts",
                    {"client_uid": uid, "kind": "sim_swap_report", "severity": severity})
    return str(alert["id"])


def _freeze_count(server: SandboxServer, uid: str) -> int:
    carol = _api(server, "carol")
    items = carol.request("GET", "/audit", params={"target": uid, "limit": 1000}).json["items"]
    return sum(1 for e in items if e["action"] == "client.freeze")


def _never(challenge: StepUpChallenge) -> str | None:
    raise AssertionError("a code was asked for although one was typed")


def _value(cache: Cache, sql: str, **params: Any) -> Any:
    with cache.read_session() as s:
        return s.execute(text(sql), params).scalar()


def test_a_freeze_from_two_alerts_actions_both_and_the_cache_shows_it_at_once(
    server: SandboxServer, tmp_path: Path,
) -> None:
    dave = _api(server, "dave")
    uid = _active(dave)
    first, second = _raise(server, uid), _raise(server, uid, "high")
    cache = Cache.open(tmp_path / "dave.sqlite3")
    engine = SyncEngine(cache, dave, page_size=500, **FAST)
    engine.start()
    try:
        assert wait_until(lambda: synced(engine) and _value(
            cache, "SELECT count(*) FROM risk_alerts WHERE client_uid = :u", u=uid) == 2, 30)
    finally:
        engine.stop()
        dave.resume()  # stopping the engine aborted the client's connections
    service = SecurityService(cache)
    assert service.open_alerts_of(uid) == [first, second]  # most severe first
    command = service.freeze_command(uid, ["withdrawals", "login"], "account_compromise", "",
                                     [first, second], f"Freeze {uid}")
    assert command.body["scopes"] == ["login", "withdrawals"]
    done = service.freeze(OnlineService(dave, _never), command,
                          code=fresh_totp(server.base_url, "dave"))
    assert done.data["status"] == "active" and done.at
    assert done.stored >= {"freeze", "client", "risk_alert"}
    assert _value(cache, "SELECT status FROM clients WHERE uid = :u", u=uid) == "frozen"
    assert [f.client_uid for f in service.active_freezes(uid)] == [uid]
    assert {r.status for r in service.rows([first, second]).values()} == {"actioned"}
    assert service.open_alerts_of(uid) == []
    cache.close()


def test_a_challenge_asks_and_the_retry_uses_the_same_key(server: SandboxServer,
                                                          tmp_path: Path) -> None:
    dave = _api(server, "dave")
    uid = _active(dave)
    asked: list[StepUpChallenge] = []

    def ask(challenge: StepUpChallenge) -> str:
        asked.append(challenge)
        return fresh_totp(server.base_url, "dave")

    cache = Cache.open(tmp_path / "c.sqlite3")
    service = SecurityService(cache)
    command = service.freeze_command(uid, ["login"], "phishing_report", "", [], "Freeze")
    done = service.freeze(OnlineService(dave, ask), command)
    assert len(asked) == 1 and asked[0].max_age == 120 and asked[0].attempts_left == 5
    # The same key again replays the recorded answer: nothing happens twice.
    again = dave.request("POST", f"/clients/{uid}/freeze", json=command.body,
                         idempotency_key=command.key)
    assert again.replayed and again.json["id"] == done.data["id"]
    assert _freeze_count(server, uid) == 1
    cache.close()


def test_a_lost_answer_is_retried_and_freezes_exactly_once(server: SandboxServer,
                                                          tmp_path: Path) -> None:
    dave = _api(server, "dave")
    uid = _active(dave)
    code = fresh_totp(server.base_url, "dave")
    cache = Cache.open(tmp_path / "c.sqlite3")
    service = SecurityService(cache)
    command = service.freeze_command(uid, ["login", "api"], "account_compromise", "", [], "F")
    set_faults(server.base_url, lost_answer_rate=1.0, paths=[f"{API}/clients/{uid}/freeze"])
    sleeps: list[float] = []

    def heal(seconds: float) -> None:
        sleeps.append(seconds)
        clear_faults(server.base_url)

    try:
        done = service.freeze(OnlineService(dave, _never, sleep=heal), command, code=code)
    finally:
        clear_faults(server.base_url)
    assert done.replayed and len(sleeps) == 1
    assert _freeze_count(server, uid) == 1
    assert _value(cache, "SELECT status FROM clients WHERE uid = :u", u=uid) == "frozen"
    cache.close()


def test_nothing_reaches_the_cache_when_the_server_refuses(server: SandboxServer,
                                                          tmp_path: Path) -> None:
    alice = _api(server, "alice")  # an account manager: the server answers 403, no challenge
    uid = _active(alice)
    cache = Cache.open(tmp_path / "c.sqlite3")
    service = SecurityService(cache)
    command = service.freeze_command(uid, ["login"], "account_compromise", "", [], "F")
    with pytest.raises(E.Forbidden):
        service.freeze(OnlineService(alice, _never), command)
    assert _value(cache, "SELECT count(*) FROM freezes") == 0
    assert _freeze_count(server, uid) == 0
    cache.close()


def test_the_dialogs_rules_refuse_before_anything_is_sent() -> None:
    with pytest.raises(NotAllowed):
        SecurityService.freeze_command("U1", ["login"], "other", "too short", [], "F")
    with pytest.raises(NotAllowed):
        SecurityService.freeze_command("U1", [], "phishing_report", "", [], "F")
    with pytest.raises(NotAllowed):
        SecurityService.unfreeze_request_command("FZ1", "ok", "U")


def test_dual_control_end_to_end_with_dave_and_erin(server: SandboxServer,
                                                    tmp_path: Path) -> None:
    dave, erin = _api(server, "dave"), _api(server, "erin")
    uid = _active(dave)
    cache = Cache.open(tmp_path / "c.sqlite3")
    service = SecurityService(cache)
    frozen = service.freeze(OnlineService(dave, _never), service.freeze_command(
        uid, ["login", "trading"], "account_compromise", "", [], "F"),
        code=fresh_totp(server.base_url, "dave"))
    freeze_id = frozen.data["id"]
    asked = service.request_unfreeze(
        OnlineService(dave, _never),
        service.unfreeze_request_command(freeze_id, "Client verified on a video call", "R"),
        code=fresh_totp(server.base_url, "dave"))
    request_id = asked.data["id"]
    (item,) = service.active_freezes(uid)
    assert item.unfreeze is not None and item.unfreeze.id == request_id
    assert item.unfreeze.reason == "Client verified on a video call"
    # The requester cannot approve: the server says so (the desk disables it beforehand).
    with pytest.raises(E.Forbidden):
        service.decide_unfreeze(OnlineService(dave, _never), service.decision_command(
            request_id, "approve", "", "A"), code=fresh_totp(server.base_url, "dave"))
    done = service.decide_unfreeze(OnlineService(erin, _never), service.decision_command(
        request_id, "approve", "Checked", "A"), code=fresh_totp(server.base_url, "erin"))
    assert done.data["status"] == "approved"
    assert done.stored >= {"unfreeze_request", "freeze", "client"}
    assert service.active_freezes(uid) == []
    assert _value(cache, "SELECT status FROM clients WHERE uid = :u", u=uid) == "active"
    cache.close()


def test_acknowledge_and_dismiss_go_through_the_outbox_with_if_match(
    server: SandboxServer, tmp_path: Path,
) -> None:
    dave = _api(server, "dave")
    uid = _active(dave)
    ack, dis = _raise(server, uid, "medium"), _raise(server, uid, "low")
    cache = Cache.open(tmp_path / "c.sqlite3")
    engine = SyncEngine(cache, dave, page_size=500, **FAST)
    engine.start()
    try:
        assert wait_until(lambda: len(SecurityService(cache).open_alerts_of(uid)) == 2, 30)
        service = SecurityService(cache)
        with pytest.raises(NotAllowed):
            service.dismiss(dis, "short", "D")  # a dismissal needs a note of 10+
        service.acknowledge(ack, "", "Acknowledge")
        service.dismiss(dis, "Known travel to Japan this week", "Dismiss")
        rows = service.rows([ack, dis])
        assert rows[ack].status == "acknowledged" and rows[ack].pending  # optimistic
        engine.nudge()
        assert wait_until(lambda: not any(r.pending for r in service.rows([ack, dis]).values()),
                          30)
    finally:
        engine.stop()
        dave.resume()
    served = {a: dave.request("GET", f"/risk-alerts/{a}").json for a in (ack, dis)}
    assert served[ack]["status"] == "acknowledged" and served[ack]["handled_by"]
    assert served[dis]["status"] == "dismissed"
    assert served[dis]["note"] == "Known travel to Japan this week"
    with pytest.raises(NotAllowed):
        service.acknowledge(dis, "", "A")  # dismissed is final
    cache.close()
