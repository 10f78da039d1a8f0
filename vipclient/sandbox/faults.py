"""Fault injection and the ``Date`` header, as pure ASGI middleware around the whole app.

Faults (set through ``POST /_sandbox/faults``) apply to API paths only, never to the sandbox
controls themselves, so a test can always clear them:

* ``latency_ms`` — wait that long before handling;
* ``error_rate`` — answer 503 without doing anything;
* ``drop_rate`` — close the connection before the request takes effect;
* ``lost_answer_rate`` — let the request take effect, then close without an answer;
* ``malformed_rate`` — let it take effect and replace the body with text that is not JSON,
  keeping the status.

Each decision draws from a seeded ``random.Random`` so a scenario replays the same way.
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from email.utils import format_datetime
from typing import Any

from vipclient.sandbox.asgi import ASGIApp, Captured, Message, Receive, Scope, Send
from vipclient.sandbox.problems import PROBLEM_CONTENT_TYPE, Problem

MALFORMED_BODY = b"<html><body>upstream answer garbled \x00{\"not\": json"


@dataclass
class FaultConfig:
    latency_ms: int = 0
    error_rate: float = 0.0
    drop_rate: float = 0.0
    lost_answer_rate: float = 0.0
    malformed_rate: float = 0.0
    paths: list[str] | None = None
    seed: int | None = None

    def active(self) -> bool:
        return bool(
            self.latency_ms or self.error_rate or self.drop_rate or self.lost_answer_rate
            or self.malformed_rate
        )

    def to_api(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class FaultInjector:
    seed: int = 7
    config: FaultConfig = field(default_factory=FaultConfig)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._rng = random.Random(self.seed)

    def set(self, config: FaultConfig) -> None:
        with self._lock:
            self.config = config
            if config.seed is not None:
                self._rng = random.Random(config.seed)

    def clear(self) -> None:
        self.set(FaultConfig())

    def applies(self, path: str) -> bool:
        cfg = self.config
        if "/_sandbox/" in path or not cfg.active():
            return False
        if cfg.paths:
            return any(path.startswith(p) for p in cfg.paths)
        return path.startswith("/api/v1")

    def draw(self) -> str | None:
        """Which fault this request gets (None: none beyond latency)."""
        with self._lock:
            cfg = self.config
            for name, rate in (
                ("error", cfg.error_rate), ("drop", cfg.drop_rate),
                ("lost_answer", cfg.lost_answer_rate), ("malformed", cfg.malformed_rate),
            ):
                if rate > 0 and self._rng.random() < rate:
                    return name
        return None


def http_date(now: datetime) -> bytes:
    return format_datetime(now, usegmt=True).encode()


class DateHeaderMiddleware:
    """Every answer carries ``Date`` from the sandbox clock (clients estimate server time)."""

    def __init__(self, app: ASGIApp, now: Callable[[], datetime]) -> None:
        self.app = app
        self.now = now

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_date(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"date"]
                headers.append((b"date", http_date(self.now())))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_date)


def _close_connection(send: Send) -> bool:
    """Close the client's connection at once, without an answer.

    ASGI has no message for that, so reach the server's transport through uvicorn's bound
    ``send`` (its request cycle). Marking the cycle disconnected keeps uvicorn from writing
    a 500 afterwards.
    """
    cycle: Any = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        return False
    transport.close()
    if hasattr(cycle, "disconnected"):
        cycle.disconnected = True
    return True


class FaultMiddleware:
    def __init__(self, app: ASGIApp, faults: FaultInjector, now: Callable[[], datetime]) -> None:
        self.app = app
        self.faults = faults
        self.now = now

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.faults.applies(scope["path"]):
            await self.app(scope, receive, send)
            return
        latency = self.faults.config.latency_ms
        if latency > 0:
            await asyncio.sleep(latency / 1000)
        fault = self.faults.draw()
        if fault is None:
            await self.app(scope, receive, send)
        elif fault == "error":
            problem = Problem(503, "The service is unavailable (injected fault).",
                              slug="unavailable", headers={"Retry-After": "1"})
            body = json.dumps(problem.body(), separators=(",", ":"), ensure_ascii=False).encode()
            await send({"type": "http.response.start", "status": 503, "headers": [
                (b"content-type", PROBLEM_CONTENT_TYPE.encode()),
                (b"content-length", str(len(body)).encode()),
                (b"retry-after", b"1"),
                (b"date", http_date(self.now())),
            ]})
            await send({"type": "http.response.body", "body": body, "more_body": False})
        elif fault == "drop":
            await self._abort(send)
        elif fault == "lost_answer":
            await self.app(scope, receive, Captured().send)
            await self._abort(send)
        else:  # malformed
            captured = Captured()
            await self.app(scope, receive, captured.send)
            captured.body = bytearray(MALFORMED_BODY)
            await captured.replay(send)

    async def _abort(self, send: Send) -> None:
        if not _close_connection(send):
            # Another server: start an answer and fail, which makes it drop the connection.
            await send({"type": "http.response.start", "status": 500, "headers": []})
            raise ConnectionAbortedError("injected connection drop")
        await asyncio.sleep(0)
