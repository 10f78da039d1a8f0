"""``SandboxServer``: the whole sandbox in-process, served by uvicorn on a background thread.

    srv = SandboxServer(clients=50, controls=True)
    srv.start()                     # returns once it accepts connections
    srv.base_url                    # "http://127.0.0.1:PORT"; the API is under /api/v1
    srv.stop()                      # prompt; waiting long-polls are released
"""

from __future__ import annotations

import importlib
import logging
import socket
import threading
import time
from datetime import timedelta
from typing import Any, cast

import uvicorn
from fastapi import FastAPI

from vipclient.sandbox.app import build_asgi
from vipclient.sandbox.claim import FileClaim, claim
from vipclient.sandbox.clock import SandboxClock
from vipclient.sandbox.core import Sandbox
from vipclient.sandbox.db import Database, Meta
from vipclient.sandbox.maintenance import Ticker, install_ticks
from vipclient.sandbox.seeding import DemoSource, SeedStats, seed_database
from vipclient.sandbox.upgrade import upgrade

log = logging.getLogger(__name__)


def default_source() -> DemoSource:
    """The real demo book (``vipclient.sandbox.seed``)."""
    return cast(DemoSource, importlib.import_module("vipclient.sandbox.seed"))


class SandboxServer:
    def __init__(
        self,
        db_url: str = "sqlite://",
        seed: int = 7,
        clients: int = 200,
        live: bool = False,
        controls: bool = False,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        source: DemoSource | None = None,
        tick_interval: float = 1.0,
        live_interval: tuple[float, float] = (8.0, 25.0),
    ) -> None:
        self.db_url = db_url
        self.seed = seed
        self.clients = clients
        self.live = live
        self.controls = controls
        self.host = host
        self.port = port
        self.source = source
        self.tick_interval = tick_interval
        self.live_interval = live_interval
        self.seed_stats: SeedStats | None = None
        self.sandbox: Sandbox | None = None
        self.app: FastAPI | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._ticker: Ticker | None = None
        self._live: Any = None
        self._sock: socket.socket | None = None
        self._claim: FileClaim | None = None

    # -- set-up --

    def prepare(self) -> Sandbox:
        """Open (and, when empty, seed) the database; no network yet. A database file another
        sandbox serves is refused (:class:`~vipclient.sandbox.claim.DatabaseInUse`)."""
        if self._claim is None:
            self._claim = claim(self.db_url)
        try:
            sb = self._open()
        except BaseException:
            self._release_claim()
            raise
        install_ticks(sb)
        self.sandbox = sb
        return sb

    def _open(self) -> Sandbox:
        db = Database(self.db_url)
        db.create_all()
        with db.read() as s:
            saved = s.get(Meta, "clock_offset_ms")
            offset = timedelta(milliseconds=saved.value if saved is not None else 0)
        sb = Sandbox(db, SandboxClock(offset), seed=self.seed, controls=self.controls)
        if db.is_empty():
            source = self.source or default_source()
            with db.lock, db.engine.begin() as conn:
                self.seed_stats = seed_database(
                    conn, source, seed=self.seed, n_clients=self.clients, now=sb.now()
                )
        else:
            upgrade(sb)  # a database an earlier sandbox made, kept by a training server
        return sb

    @property
    def base_url(self) -> str:
        host = self.host if self.host not in ("0.0.0.0", "::") else "127.0.0.1"
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    def start(self) -> SandboxServer:
        sb = self.sandbox or self.prepare()
        app, stack = build_asgi(sb)
        self.app = app
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on accepted sockets whose
        # protocol says TCP, and without it every keep-alive answer (headers and body are
        # two writes) waits ~40 ms for the client's delayed ACK.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        self._sock = sock
        config = uvicorn.Config(
            stack, log_level="warning", lifespan="off", http="h11", loop="asyncio",
            date_header=False, server_header=False, timeout_graceful_shutdown=1,
            timeout_keep_alive=30, access_log=False,
        )
        server = uvicorn.Server(config)
        self._server = server
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="sandbox-http", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the sandbox server failed to start")
            if time.monotonic() > deadline:
                raise RuntimeError("the sandbox server did not start within 30 s")
            time.sleep(0.005)
        sb.tick()
        self._ticker = Ticker(sb, self.tick_interval)
        self._ticker.start()
        if self.live:
            from vipclient.sandbox.live import LiveGenerator

            self._live = LiveGenerator(sb, self.source or default_source(), self.seed,
                                       self.live_interval)
            self._live.start()
        return self

    def stop(self, timeout: float = 1.5) -> None:
        """Stop serving within ``timeout`` seconds, whatever is in flight.

        Everything is told to stop at once (long-polls are answered, the generators and the
        ticker end, uvicorn closes its connections), then waited for against one deadline.
        The database is closed once no write transaction holds it — or at the deadline: a
        write still running then is one SQLite transaction, which commits whole or not at
        all, so a file database is consistent either way."""
        deadline = time.monotonic() + timeout

        def left() -> float:
            return max(0.0, deadline - time.monotonic())

        live, self._live = self._live, None
        ticker, self._ticker = self._ticker, None
        for worker in (live, ticker):
            if worker is not None:
                worker.stop(timeout=0)  # told now, waited for below
        if self.sandbox is not None:
            self.sandbox.feed.close()
        if self._server is not None:
            self._server.should_exit = True
        for worker in (live, ticker):
            if worker is not None:
                worker.stop(timeout=left())
        if self._thread is not None:
            self._thread.join(timeout=left() * 0.6)
            if self._thread.is_alive() and self._server is not None:
                log.warning("the sandbox HTTP thread is still busy; closing its connections")
                self._server.force_exit = True
                self._thread.join(timeout=left())
            self._thread = None
        if self._sock is not None:
            self._sock.close()
            self._sock = None
        if self.sandbox is not None:
            lock = self.sandbox.db.lock
            held = lock.acquire(timeout=left())
            try:
                self.sandbox.db.dispose()
            finally:
                if held:
                    lock.release()
        self._release_claim()

    def _release_claim(self) -> None:
        held, self._claim = self._claim, None
        if held is not None:
            held.release()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
