"""Helpers for tests that need a signed-in API client, a fresh TOTP code, or a tiny HTTP server.

Sandbox helpers (real ``SandboxServer`` on loopback)::

    with running_sandbox(clients=20) as srv:
        api = signed_in_client(srv, "alice")
        code = fresh_totp(srv.base_url, "dave")   # moves the sandbox clock 30 s first

``ScriptedServer`` is a plain ``http.server`` on 127.0.0.1 whose answers a test scripts, for
what the sandbox cannot be made to do (garbage, odd headers, TLS with a throw-away CA).
"""

from __future__ import annotations

import json
import os
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.support import sandbox as sandbox_support
from tests.support.sandbox import advance as advance_clock
from tests.support.sandbox import current_totp, fresh_totp, running_sandbox
from vipclient.api.client import ApiClient
from vipclient.security.tokens import TokenStore

__all__ = ["advance_clock", "current_totp", "fresh_totp", "running_sandbox"]

DEFAULT_SEED = 7

# --------------------------------------------------------------------------- sandbox helpers


def staff_credentials(username: str, seed: int = DEFAULT_SEED) -> dict[str, Any]:
    """``{username, password, roles, totp_secret}`` of a demo staff member."""
    return dict(sandbox_support.staff_credentials(seed)[username])


def signed_in_client(
    server: Any, username: str, *, seed: int = DEFAULT_SEED, tokens: TokenStore | None = None
) -> ApiClient:
    """An ``ApiClient`` signed in to ``server`` (a started SandboxServer) as ``username``."""
    base_url: str = server.base_url
    person = staff_credentials(username, seed)
    store = tokens if tokens is not None else TokenStore.for_user(base_url, username)
    api = ApiClient(base_url, store)
    api.login(username, person["password"], fresh_totp(base_url, username))
    return api


# --------------------------------------------------------------------------- scripted server


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Answer:
    status: int = 200
    body: Any = None  # dict/list → JSON; bytes/str → as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    content_type: str = "application/json"


Handler = Callable[[Seen], Answer]


class ScriptedServer:
    """``http.server`` on loopback; ``handler(seen) -> Answer`` decides each answer."""

    def __init__(self, handler: Handler, *, tls: ssl.SSLContext | None = None) -> None:
        self.handler = handler
        self.seen: list[Seen] = []
        self.date: Callable[[], datetime] | None = None
        outer = self

        class _H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(self.command, self.path, dict(self.headers.items()), body)
                outer.seen.append(seen)
                answer = outer.handler(seen)
                if answer.delay:
                    time.sleep(answer.delay)
                if isinstance(answer.body, bytes):
                    payload = answer.body
                elif isinstance(answer.body, str):
                    payload = answer.body.encode()
                elif answer.body is None:
                    payload = b""
                else:
                    payload = json.dumps(answer.body).encode()
                try:
                    self.send_response_only(answer.status)
                    if outer.date is not None:
                        self.send_header("Date", format_datetime(outer.date(), usegmt=True))
                    else:
                        self.send_header("Date", self.date_time_string())
                    if payload:
                        self.send_header("Content-Type", answer.content_type)
                    self.send_header("Content-Length", str(len(payload)))
                    for key, value in answer.headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:
                    pass  # the client went away (abort tests)

            do_GET = do_POST = do_PATCH = do_DELETE = _serve

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _H)
        self.httpd.daemon_threads = True
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        self.scheme = "https" if tls is not None else "http"
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def now_utc() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SelfSignedCert:
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, self.key)
        return context


def make_self_signed(directory: Path | None = None) -> SelfSignedCert:
    """A throw-away certificate for 127.0.0.1 (openssl CLI), usable as its own CA bundle."""
    folder = directory or Path(tempfile.mkdtemp(prefix="vipclient-tls-"))
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
         "-addext", "basicConstraints=critical,CA:TRUE"],
        check=True, capture_output=True, env={**os.environ, "OPENSSL_CONF": "/dev/null"},
    )
    return SelfSignedCert(cert, key)
