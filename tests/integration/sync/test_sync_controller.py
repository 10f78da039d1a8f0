"""The Qt controller: signals on the UI thread, prompt stop, a responsive window offline,
step-up hand-over, and no secret in the cache after a whole session."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, QThread, QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.support.sync import (
    FAST,
    advance_clock,
    control,
    open_ticket_ids,
    reply,
    server_bodies,
    sign_in,
    start_sandbox,
)
from vipclient.sandbox.seed import demo_staff
from vipclient.services import sync_problems
from vipclient.store import outbox as ob
from vipclient.store.cache import Cache
from vipclient.store.models import OutboxRow
from vipclient.store.timefmt import db_time
from vipclient.sync.controller import SyncController
from vipclient.sync.events import StepUpChallenge, SyncStatus

pytestmark = pytest.mark.timeout(90)


@pytest.fixture
def server() -> Iterator[Any]:
    srv = start_sandbox(clients=8, seed=7, controls=True)
    yield srv
    srv.stop()



def go_live(qtbot: QtBot, ctl: SyncController) -> list[SyncStatus]:
    statuses: list[SyncStatus] = []
    ctl.statusChanged.connect(statuses.append)
    ctl.start()
    qtbot.waitUntil(lambda: bool(statuses) and statuses[-1].state == "live", timeout=20000)
    return statuses


def test_signals_arrive_on_the_ui_thread_and_stop_is_prompt(
    qtbot: QtBot, server: Any, cache: Cache
) -> None:
    ctl = SyncController(cache, sign_in(server.base_url, "alice"), **FAST)
    threads: list[QThread] = []
    ctl.changesApplied.connect(lambda _e: threads.append(QThread.currentThread()))
    statuses = go_live(qtbot, ctl)
    assert statuses[0].state == "syncing"
    assert threads and all(t is ctl.thread() for t in threads)

    with cache.session() as s:
        cmd, effect, key = reply(open_ticket_ids(server, 1)[0], "controller-test", "S0001")
        ob.enqueue(s, cmd, effect, key=key)
    with qtbot.waitSignal(ctl.changesApplied, timeout=10000,
                          check_params_cb=lambda e: "message" in e), \
            qtbot.waitSignal(ctl.outboxChanged, timeout=10000,
                             check_params_cb=lambda u, p: (u, p) == (0, 0)):
        ctl.nudge()
    assert server_bodies(server, "controller-test") == ["controller-test"]

    qtbot.wait(300)  # the engine is now waiting in a 25-second long-poll
    started = time.monotonic()
    ctl.stop()
    assert time.monotonic() - started < 1.5
    assert not ctl.engine.running


def test_event_loop_stays_responsive_while_the_server_is_down(
    qtbot: QtBot, server: Any, cache: Cache
) -> None:
    ctl = SyncController(cache, sign_in(server.base_url, "alice"), **FAST)
    statuses = go_live(qtbot, ctl)
    with cache.session() as s:  # something to push, so both threads keep failing
        cmd, effect, key = reply(open_ticket_ids(server, 1)[0], "down-test", "S0001")
        ob.enqueue(s, cmd, effect, key=key)
    server.stop()
    qtbot.waitUntil(lambda: statuses[-1].state == "offline", timeout=10000)
    assert statuses[-1].reason

    # A 10 ms timer on the UI thread: how late does it fire while sync keeps failing?
    gaps = timer_gaps(qtbot, 3000)
    assert len(gaps) > 100
    assert statuses[-1].state == "offline"
    worst = max(gaps)
    if worst >= 100:
        # The machine itself may be starved (a shared CI box): the same measure with the
        # engine stopped tells whether sync is to blame.
        ctl.stop()
        baseline = max(timer_gaps(qtbot, 3000))
        assert worst < baseline + 50, (
            f"the event loop stalled for {worst} ms with sync running, {baseline} ms without")
    ctl.stop()


def timer_gaps(qtbot: QtBot, ms: int) -> list[int]:
    """The intervals between ticks of a 10 ms timer during ``ms`` milliseconds."""
    clock = QElapsedTimer()
    clock.start()
    gaps: list[int] = []
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    qtbot.wait(ms)
    timer.stop()
    return gaps


def _fee_request(uid: str, now: Any) -> ob.Command:
    # 1/2 bps against VIP tier rates is a >75 % discount: rule fee-extreme, step-up needed.
    return ob.Command(
        kind="fee_request.create", method="POST", path="/fee-requests",
        description=f"Custom fees for {uid}",
        body={"client_uid": uid, "maker_bps": "1", "taker_bps": "2", "scope": "spot",
              "valid_until": db_time(now + timedelta(days=30)),
              "reason": "Retention offer agreed with the desk head"},
        entity="client", entity_id=uid, result_entity="fee_request",
    )


def _alices_client(server: Any) -> str:
    from vipclient.sandbox.db import Client

    with server.sandbox.read() as s:
        uid = s.scalars(select(Client.uid).where(Client.manager_id == "S0001",
                                                 Client.status == "active")).first()
    assert uid is not None
    return str(uid)


def test_step_up_retries_the_same_key_and_leaves_no_secret_on_disk(
    qtbot: QtBot, server: Any, cache: Cache
) -> None:
    api = sign_in(server.base_url, "alice")
    secrets = {api.tokens.access_token, api.tokens.refresh_token}
    ctl = SyncController(cache, api, **FAST)
    go_live(qtbot, ctl)
    uid = _alices_client(server)
    with cache.session() as s:
        oid = ob.enqueue(s, _fee_request(uid, api.server_now())).id
        key = s.get(OutboxRow, oid).key  # type: ignore[union-attr]

    with qtbot.waitSignal(ctl.stepUpRequired, timeout=10000) as asked:
        ctl.nudge()
    challenge = asked.args[0]
    assert isinstance(challenge, StepUpChallenge)
    assert challenge.outbox_id == oid and "Custom fees" in challenge.description

    advance_clock(server.base_url, 30)  # the login's code cannot be used twice
    code = control(server.base_url, "GET", "/_sandbox/totp/alice")["code"]
    with qtbot.waitSignal(ctl.outboxChanged, timeout=10000,
                          check_params_cb=lambda u, p: (u, p) == (0, 0)):
        ctl.provide_step_up(code)
    secrets |= {api.tokens.access_token, api.tokens.refresh_token}
    with cache.read_session() as s:
        row = s.get(OutboxRow, oid)
        assert row is not None and row.state == "done" and row.key == key
        assert row.result_id is not None
    from vipclient.sandbox.db import FeeRequest

    with server.sandbox.read() as s:
        made = s.scalars(select(FeeRequest).where(FeeRequest.client_uid == uid)).all()
    assert len([r for r in made if r.reason.startswith("Retention offer")]) == 1

    # A second one, once the step-up is stale: the person cancels the prompt → failed, then
    # discards it.
    advance_clock(server.base_url, (challenge.max_age or 300) + 5)
    with cache.session() as s:
        oid2 = ob.enqueue(s, _fee_request(uid, api.server_now())).id
    with qtbot.waitSignal(ctl.stepUpRequired, timeout=10000):
        ctl.nudge()
    with qtbot.waitSignal(ctl.outboxChanged, timeout=10000,
                          check_params_cb=lambda u, p: (u, p) == (0, 1)):
        ctl.cancel_step_up()
    problems = sync_problems.list_problems(cache)
    assert [p.id for p in problems] == [oid2] and problems[0].error
    with qtbot.waitSignal(ctl.outboxChanged, timeout=10000,
                          check_params_cb=lambda u, p: (u, p) == (0, 0)):
        ctl.discard(oid2)
    ctl.stop()
    secrets |= {api.tokens.access_token, api.tokens.refresh_token}

    # After the whole session: no token, password or TOTP secret in the cache's files.
    alice = next(p for p in demo_staff(7) if p["username"] == "alice")
    needles = {s for s in secrets if s} | {alice["password"], alice["totp_secret"]}
    files = [p for p in cache.path.parent.iterdir() if p.name.startswith(cache.path.name)]
    assert files
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            assert needle.encode() not in data, f"a secret is stored in {path.name}"


def test_two_actions_refused_for_step_up_at_once_ask_the_person_once(
    qtbot: QtBot, server: Any, cache: Cache
) -> None:
    """Fee requests for two clients go out side by side and both need a fresh code: the
    person is asked once, and both are sent again with their own keys after the step-up."""
    from vipclient.sandbox.db import Client, FeeRequest

    api = sign_in(server.base_url, "alice")
    ctl = SyncController(cache, api, **FAST)
    go_live(qtbot, ctl)
    with server.sandbox.read() as s:
        uids = [str(u) for u in s.scalars(
            select(Client.uid).where(Client.manager_id == "S0001", Client.status == "active")
            .order_by(Client.uid).limit(2)
        )]
    assert len(uids) == 2
    asked: list[StepUpChallenge] = []
    ctl.stepUpRequired.connect(asked.append)
    with cache.session() as s:
        for uid in uids:
            ob.enqueue(s, _fee_request(uid, api.server_now()))
    with qtbot.waitSignal(ctl.stepUpRequired, timeout=10000):
        ctl.nudge()
    advance_clock(server.base_url, 30)  # the login's code cannot be used twice
    code = control(server.base_url, "GET", "/_sandbox/totp/alice")["code"]
    with qtbot.waitSignal(ctl.outboxChanged, timeout=10000,
                          check_params_cb=lambda u, p: (u, p) == (0, 0)):
        ctl.provide_step_up(code)
    ctl.stop()
    assert len(asked) == 1
    with server.sandbox.read() as s:
        made = s.scalars(select(FeeRequest.client_uid).where(
            FeeRequest.client_uid.in_(uids), FeeRequest.reason.startswith("Retention offer")
        )).all()
    assert sorted(made) == sorted(uids)
