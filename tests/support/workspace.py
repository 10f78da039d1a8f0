"""Desks for the workspace tests (files, help articles, transcripts): signed in to a real
sandbox, synced, with the online road connected — as the app builds them."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tests.support.gui import sign_in, start_sandbox


@contextmanager
def desk(srv: Any, username: str = "alice") -> Iterator[Any]:
    """An ``AppContext`` of ``username`` over ``srv``, first sync done, ``services["online"]``
    an attached ``OnlineRunner`` (its step-up dialog parented to nothing)."""
    from vipclient.gui.online import OnlineRunner
    from vipclient.gui.workers import run_in_background
    from vipclient.services.context import AppContext
    from vipclient.settings import Settings
    from vipclient.sync.controller import SyncController

    signed = sign_in(srv, username)
    sync = SyncController(signed.cache, signed.api, wait=2.0)
    online = OnlineRunner(lambda: None)
    online.attach(signed.api)
    ctx = AppContext(
        settings=Settings.load(), cache=signed.cache, sync=sync, me=signed.me,
        server_url=srv.base_url, run_in_background=run_in_background,
        now=signed.api.server_now, services={"online": online},
    )
    sync.start()
    try:
        deadline = time.monotonic() + 30
        while sync.engine.status.state != "live":
            if time.monotonic() > deadline:
                raise TimeoutError(f"first sync did not finish: {sync.engine.status}")
            time.sleep(0.05)
        yield ctx
    finally:
        online.close()
        ctx.sync.stop()
        signed.api.abort()
        signed.cache.close()


@contextmanager
def sandbox(clients: int = 20) -> Iterator[Any]:
    srv = start_sandbox(clients)
    try:
        yield srv
    finally:
        srv.stop()
