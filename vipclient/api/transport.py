"""HTTP plumbing under ``ApiClient``: per-thread sessions whose sockets can be cut at once.

``Session.close()`` only closes *idle* pooled connections; a request blocked in a long-poll
holds its connection outside the pool and would keep waiting. So every connection a session
opens registers its socket in a ``SocketRegistry``, and ``shutdown_all()`` shuts those sockets
down (``shutdown(SHUT_RDWR)``), which wakes a blocked ``recv`` in another thread at once.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from typing import Any

import requests
import requests.adapters
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

log = logging.getLogger(__name__)


class SocketRegistry:
    """The open sockets of one client's connections."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._closed = False

    def add(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            if not self._closed:
                self._sockets.add(sock)
                return
        # Closed (aborted) while this connection was being opened: it must not block.
        _shutdown(sock)

    def close(self) -> None:
        """Shut every socket down and every socket opened from now on, until ``reopen()``."""
        with self._lock:
            self._closed = True
        self.shutdown_all()

    def reopen(self) -> None:
        with self._lock:
            self._closed = False

    def discard(self, sock: socket.socket | None) -> None:
        if sock is not None:
            with self._lock:
                self._sockets.discard(sock)

    def __len__(self) -> int:
        with self._lock:
            return len(self._sockets)

    def shutdown_all(self) -> int:
        """Shut every registered socket down; returns how many."""
        with self._lock:
            sockets = list(self._sockets)
            self._sockets.clear()
        for sock in sockets:
            _shutdown(sock)
        return len(sockets)


def _shutdown(sock: socket.socket) -> None:
    # The plain socket's shutdown, also for an SSLSocket: SSLSocket.shutdown would drop its
    # SSL object under the feet of the thread reading from it. OSError: already closed.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _quick_ack(sock: socket.socket | None) -> None:
    """Acknowledge the answer's first segment at once (Linux).

    A server that writes an answer's headers and body separately without TCP_NODELAY holds
    the body until the headers are acknowledged, and Linux delays that acknowledgement by up
    to 40 ms on a reused connection: every request on a kept-alive connection would take
    40 ms. Quick-ack mode is not sticky, so it is set before each answer is read.
    """
    option = getattr(socket, "TCP_QUICKACK", None)
    if sock is None or option is None:
        return
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.IPPROTO_TCP, option, 1)


def _pool_classes(registry: SocketRegistry) -> dict[str, type[HTTPConnectionPool]]:
    """Connection pool classes whose connections register their sockets in ``registry``."""

    class TrackedHTTPConnection(HTTPConnection):
        # HTTPS connections reuse this through the MRO: TrackedHTTPSConnection puts
        # HTTPSConnection after this class, so super() reaches the TLS versions.
        def connect(self) -> None:
            super().connect()
            registry.add(self.sock)

        def close(self) -> None:
            registry.discard(self.sock)
            super().close()

        def getresponse(self) -> Any:
            _quick_ack(self.sock)
            return super().getresponse()

    class TrackedHTTPSConnection(TrackedHTTPConnection, HTTPSConnection):
        pass

    class TrackedHTTPPool(HTTPConnectionPool):
        ConnectionCls = TrackedHTTPConnection

    class TrackedHTTPSPool(HTTPSConnectionPool):
        ConnectionCls = TrackedHTTPSConnection

    return {"http": TrackedHTTPPool, "https": TrackedHTTPSPool}


class TrackingAdapter(requests.adapters.HTTPAdapter):
    """An ``HTTPAdapter`` (no automatic retries) whose sockets land in a registry."""

    def __init__(self, registry: SocketRegistry, pool_maxsize: int = 4) -> None:
        self._registry = registry
        self._classes = _pool_classes(registry)
        # max_retries=0: a POST must never be resent behind the caller's back; the sync
        # engine retries with the same Idempotency-Key when it decides to.
        super().__init__(pool_connections=2, pool_maxsize=pool_maxsize, max_retries=0)

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)
        self.poolmanager.pool_classes_by_scheme = self._classes

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        fresh = proxy not in self.proxy_manager
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if fresh and not proxy.lower().startswith("socks"):
            manager.pool_classes_by_scheme = self._classes
        return manager


class _OwnHeadersOnly(requests.auth.AuthBase):
    """Requests are signed by the API client's own ``Authorization`` header. Without an auth
    object, requests looks up ``~/.netrc`` on every request (a file check each time), and an
    entry for the server's host would replace the bearer token with a password."""

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        return r


def new_session(
    registry: SocketRegistry, *, ca_bundle: str | None, proxy: str | None
) -> requests.Session:
    session = requests.Session()
    session.auth = _OwnHeadersOnly()
    adapter = TrackingAdapter(registry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    # Verification is always on; a custom bundle replaces the default trust store.
    session.verify = ca_bundle if ca_bundle else True
    if proxy:
        session.proxies = {"http": proxy, "https": proxy}
    session.headers["User-Agent"] = _user_agent()
    return session


def _user_agent() -> str:
    from vipclient import __version__

    return f"VIPDesk/{__version__} ({requests.utils.default_user_agent()})"
