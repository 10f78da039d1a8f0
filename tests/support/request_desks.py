"""Desks signed in to one sandbox for the maker-checker tests of the Requests section: each a
real session (API client, cache, sync engine), the online road and the section's screens."""

from __future__ import annotations

import json
from typing import Any

from pytestqt.qtbot import QtBot

from tests.support.gui import LiveSession, fresh_code
from vipclient.gui.online import OnlineRunner
from vipclient.sandbox.server import SandboxServer


class RequestDesk:
    """``username`` signed in, syncing; ``auto_code``: step-up challenges of its outbox are
    answered with a fresh code (counted in ``challenges``); otherwise they wait for a test."""

    def __init__(self, server: SandboxServer, username: str, qtbot: QtBot, *,
                 auto_code: bool = True) -> None:
        self.server = server
        self.username = username
        self.live = LiveSession(server, username, wait=2.0).start(qtbot)
        self.ctx = self.live.ctx
        self.online = OnlineRunner(lambda: None)
        self.online.attach(self.live.signed.api)
        self.ctx.services["online"] = self.online
        self.challenges: list[Any] = []
        if auto_code:
            self.live.sync.stepUpRequired.connect(self._answer)

    def _answer(self, challenge: Any) -> None:
        self.challenges.append(challenge)
        self.live.sync.provide_step_up(fresh_code(self.server, self.username))

    @property
    def me(self) -> Any:
        return self.ctx.me

    def request_json(self, key: str) -> dict[str, Any] | None:
        entity, _, request_id = key.partition(":")
        table = {"fee_request": "fee_requests", "withdrawal_request": "withdrawal_requests",
                 "api_access_request": "api_access_requests"}[entity]
        with self.ctx.cache.reader.read() as conn:
            found = conn.execute(f"SELECT data FROM {table} WHERE id = ?",
                                 (request_id,)).fetchone()
        return None if found is None else json.loads(found[0])

    def client_json(self, uid: str) -> dict[str, Any]:
        with self.ctx.cache.reader.read() as conn:
            found = conn.execute("SELECT data FROM clients WHERE uid = ?", (uid,)).fetchone()
        assert found is not None
        return dict(json.loads(found[0]))

    def outbox(self) -> list[tuple[int, str, str, str | None]]:
        with self.ctx.cache.reader.read() as conn:
            return [tuple(r) for r in conn.execute(  # type: ignore[misc]
                "SELECT id, kind, state, result_id FROM outbox ORDER BY id")]

    def created_key(self, outbox_id: int) -> str | None:
        """The server's request made by an outbox row, once the row is done."""
        with self.ctx.cache.reader.read() as conn:
            found = conn.execute("SELECT state, result_entity, result_id FROM outbox "
                                 "WHERE id = ?", (outbox_id,)).fetchone()
        if found is None or found[0] != "done" or not found[2]:
            return None
        return f"{found[1]}:{found[2]}"

    def close(self) -> None:
        self.online.close()
        self.live.close()


def advance_keeping_sessions(server: SandboxServer, desks: list[RequestDesk],
                             seconds: float) -> None:
    """Move the sandbox clock forward by ``seconds`` in steps shorter than a refresh token's
    life (12 h), each desk renewing its session after each step, as a desk in use would."""
    from tests.support.gui import advance_clock

    step = 10 * 3600
    while seconds > 0:
        advance_clock(server, min(step, seconds))
        seconds -= step
        for desk in desks:
            desk.live.signed.api.request("GET", "/me")
