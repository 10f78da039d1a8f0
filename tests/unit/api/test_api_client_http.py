"""ApiClient over real HTTP on loopback, against a scripted server: headers it sends, refresh
on 401, garbled answers, the server clock, TLS, and abort() of a blocked request."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from tests.support.client import Answer, ScriptedServer, Seen, make_self_signed
from vipclient.api.client import ApiClient, encode_body
from vipclient.api.errors import (
    Cancelled,
    InsecureServerUrl,
    LockedOut,
    MalformedResponse,
    NetworkError,
    PreconditionFailed,
    ServerError,
    SessionExpired,
    StepUpRequired,
    TlsError,
)
from vipclient.security.tokens import TokenStore

STAFF = {"id": "S1", "username": "alice", "display_name": "Alice",
         "roles": ["account_manager"], "languages": ["en"]}


def login_answer(n: int = 1) -> Answer:
    return Answer(200, {"access_token": f"access-{n}-xxxxxxxx",
                        "refresh_token": f"refresh-{n}-xxxxxxxx",
                        "expires_in": 900, "staff": STAFF})


def store(name: str = "alice") -> TokenStore:
    return TokenStore.for_user("http://test", name)


def test_plain_http_only_to_loopback() -> None:
    with pytest.raises(InsecureServerUrl):
        ApiClient("http://backoffice.example.com", store())
    with pytest.raises(InsecureServerUrl) as info:
        ApiClient("ftp://127.0.0.1", store())
    assert info.value.invalid
    assert ApiClient("https://backoffice.example.com/", store()).api_url == (
        "https://backoffice.example.com/api/v1"
    )
    assert ApiClient("http://localhost:8765", store()).base_url == "http://localhost:8765"


def test_login_stores_tokens_and_sends_bearer_and_headers() -> None:
    def handler(seen: Seen) -> Answer:
        if seen.path == "/api/v1/auth/login":
            return login_answer()
        return Answer(200, {"ok": True}, headers={"etag": '"7"', "idempotent-replayed": "true"})

    tokens = store()
    with ScriptedServer(handler) as srv:
        api = ApiClient(srv.base_url, tokens)
        answer = api.login("alice", "pw-secret", "123456")
        assert answer.staff.username == "alice"
        assert tokens.access_token == "access-1-xxxxxxxx"
        result = api.request("PATCH", "/clients/U1", json={"notes": "hi", "amount":
                             Decimal("0.10")}, if_match=6, idempotency_key="key-1")
        assert result.version == 7 and result.replayed and result.json == {"ok": True}
    login, patch = srv.seen
    assert "Authorization" not in login.headers
    assert json.loads(login.body) == {"username": "alice", "password": "pw-secret",
                                      "totp": "123456"}
    assert patch.headers["Authorization"] == "Bearer access-1-xxxxxxxx"
    assert patch.headers["If-Match"] == '"6"'
    assert patch.headers["Idempotency-Key"] == "key-1"
    assert json.loads(patch.body) == {"notes": "hi", "amount": "0.10"}


def test_a_netrc_entry_for_the_server_never_replaces_the_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login mallory password stolen\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))

    def handler(seen: Seen) -> Answer:
        if seen.path == "/api/v1/auth/login":
            return login_answer()
        return Answer(200, {"ok": True})

    with ScriptedServer(handler) as srv:
        api = ApiClient(srv.base_url, store())
        api.login("alice", "pw-secret", "123456")
        api.request("GET", "/me")
    login, me = srv.seen
    assert "Authorization" not in login.headers
    assert me.headers["Authorization"] == "Bearer access-1-xxxxxxxx"


def test_encode_body_refuses_naive_datetimes_and_writes_z() -> None:
    aware = datetime(2026, 1, 1, 8, 0, tzinfo=UTC) + timedelta(hours=0)
    assert json.loads(encode_body({"at": aware})) == {"at": "2026-01-01T08:00:00Z"}
    with pytest.raises(TypeError):
        encode_body({"at": datetime(2026, 1, 1)})


def test_401_triggers_one_refresh_and_one_retry() -> None:
    def handler(seen: Seen) -> Answer:
        if seen.path == "/api/v1/auth/login":
            return login_answer(1)
        if seen.path == "/api/v1/auth/refresh":
            assert json.loads(seen.body) == {"refresh_token": "refresh-1-xxxxxxxx"}
            return Answer(200, {"access_token": "access-2-xxxxxxxx",
                                "refresh_token": "refresh-2-xxxxxxxx", "expires_in": 900})
        if seen.headers.get("Authorization") == "Bearer access-1-xxxxxxxx":
            return Answer(401, {"title": "Unauthorized", "status": 401})
        return Answer(200, STAFF)

    tokens = store()
    with ScriptedServer(handler) as srv:
        api = ApiClient(srv.base_url, tokens)
        api.login("alice", "pw", "123456")
        assert api.me().id == "S1"
    assert [s.path for s in srv.seen] == ["/api/v1/auth/login", "/api/v1/me",
                                          "/api/v1/auth/refresh", "/api/v1/me"]
    assert tokens.refresh_token == "refresh-2-xxxxxxxx"


def test_refused_refresh_wipes_tokens_and_raises_session_expired() -> None:
    def handler(seen: Seen) -> Answer:
        if seen.path == "/api/v1/auth/login":
            return login_answer()
        return Answer(401, {"title": "Unauthorized", "status": 401})

    tokens = store()
    with ScriptedServer(handler) as srv:
        api = ApiClient(srv.base_url, tokens)
        api.login("alice", "pw", "123456")
        with pytest.raises(SessionExpired) as info:
            api.me()
    assert tokens.get() is None
    assert "sign in again" in info.value.user_message
    # exactly one refresh attempt, no loop
    assert [s.path for s in srv.seen].count("/api/v1/auth/refresh") == 1


def test_concurrent_401s_refresh_once() -> None:
    lock = threading.Lock()
    refreshes = []

    def handler(seen: Seen) -> Answer:
        if seen.path == "/api/v1/auth/login":
            return login_answer(1)
        if seen.path == "/api/v1/auth/refresh":
            with lock:
                refreshes.append(seen)
            time.sleep(0.2)
            return Answer(200, {"access_token": "access-2-xxxxxxxx",
                                "refresh_token": "refresh-2-xxxxxxxx", "expires_in": 900})
        if seen.headers.get("Authorization") == "Bearer access-1-xxxxxxxx":
            return Answer(401, {"status": 401})
        return Answer(200, STAFF)

    with ScriptedServer(handler) as srv:
        api = ApiClient(srv.base_url, store())
        api.login("alice", "pw", "123456")
        errors: list[BaseException] = []

        def call() -> None:
            try:
                api.me()
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=call) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
    assert errors == []
    assert len(refreshes) == 1


def test_step_up_challenge_is_raised_not_refreshed() -> None:
    challenge = ('Bearer error="insufficient_user_authentication", '
                 'error_description="Freezing needs a fresh code", acr_values="totp", max_age=120')

    def handler(seen: Seen) -> Answer:
        if seen.path == "/api/v1/auth/login":
            return login_answer()
        return Answer(401, {"status": 401, "title": "Unauthorized"},
                      headers={"WWW-Authenticate": challenge})

    with ScriptedServer(handler) as srv:
        api = ApiClient(srv.base_url, store())
        api.login("alice", "pw", "123456")
        with pytest.raises(StepUpRequired) as info:
            api.request("POST", "/clients/U1/freeze", json={}, idempotency_key="k")
    assert info.value.max_age == 120
    assert info.value.description == "Freezing needs a fresh code"
    assert "/api/v1/auth/refresh" not in [s.path for s in srv.seen]


def test_lockout_on_login_with_time_left() -> None:
    with ScriptedServer(lambda s: Answer(429, {"status": 429, "title": "Too many"},
                                         headers={"Retry-After": "600"})) as srv:
        api = ApiClient(srv.base_url, store())
        with pytest.raises(LockedOut) as info:
            api.login("alice", "pw", "123456")
    assert info.value.retry_after == 600
    assert "10 min 0 s" in info.value.user_message


def test_retry_after_as_http_date_and_server_error() -> None:
    server_time = datetime(2030, 5, 1, 12, 0, 0, tzinfo=UTC)

    def handler(seen: Seen) -> Answer:
        return Answer(
            503, {"status": 503}, headers={"Retry-After": "Wed, 01 May 2030 12:00:45 GMT"}
        )

    with ScriptedServer(handler) as srv:
        srv.date = lambda: server_time
        api = ApiClient(srv.base_url, store())
        with pytest.raises(ServerError) as info:
            api.login("alice", "pw", "123456")
    assert info.value.retry_after == 45


@pytest.mark.parametrize("body", [b"<html>oops</html>", b"{\"truncated\": ", b""])
def test_garbled_success_body_is_malformed(body: bytes) -> None:
    def handler(seen: Seen) -> Answer:
        if seen.path == "/api/v1/auth/login":
            return login_answer()
        return Answer(200, body, content_type="text/html")

    with ScriptedServer(handler) as srv:
        api = ApiClient(srv.base_url, store())
        api.login("alice", "pw", "123456")
        with pytest.raises(MalformedResponse):
            api.me()


def test_garbled_error_body_still_maps_by_status() -> None:
    def handler(seen: Seen) -> Answer:
        if seen.path == "/api/v1/auth/login":
            return login_answer()
        return Answer(412, b"not json", content_type="text/plain")

    with ScriptedServer(handler) as srv:
        api = ApiClient(srv.base_url, store())
        api.login("alice", "pw", "123456")
        with pytest.raises(PreconditionFailed):
            api.request("PATCH", "/clients/U1", json={"notes": "x"}, if_match=1)


def test_server_clock_follows_date_header_and_jumps() -> None:
    offset = {"value": timedelta(hours=5)}
    with ScriptedServer(lambda s: Answer(200, STAFF)) as srv:
        srv.date = lambda: datetime.now(UTC) + offset["value"]
        tokens = store()
        tokens.set("access-x-xxxxxxxx", "refresh-x-xxxxxxxx")
        api = ApiClient(srv.base_url, tokens)
        api.me()
        drift = api.server_now() - datetime.now(UTC)
        assert abs(drift - timedelta(hours=5)) < timedelta(seconds=1.6)
        offset["value"] = timedelta(hours=6)  # the sandbox clock was moved forward
        api.me()
        drift = api.server_now() - datetime.now(UTC)
        assert abs(drift - timedelta(hours=6)) < timedelta(seconds=1.6)


def test_unreachable_server_is_network_error() -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    api = ApiClient(f"http://127.0.0.1:{port}", store())
    with pytest.raises(NetworkError) as info:
        api.login("alice", "pw", "123456")
    assert info.value.kind == "unreachable"
    assert not isinstance(info.value, Cancelled)


def test_read_timeout_is_network_error_timeout() -> None:
    with ScriptedServer(lambda s: Answer(200, STAFF, delay=1.5)) as srv:
        api = ApiClient(srv.base_url, store(), timeout=(2, 0.3))
        with pytest.raises(NetworkError) as info:
            api.login("alice", "pw", "123456")
    assert info.value.kind == "timeout"


def test_https_to_a_plain_http_server_is_tls_error() -> None:
    with ScriptedServer(lambda s: Answer(200, STAFF)) as srv:
        api = ApiClient(f"https://127.0.0.1:{srv.port}", store())
        with pytest.raises(TlsError) as info:
            api.login("alice", "pw", "123456")
    assert "certificate" in info.value.user_message


def test_self_signed_server_fails_then_works_with_its_ca_bundle(tmp_path: Path) -> None:
    cert = make_self_signed(tmp_path)
    with ScriptedServer(lambda s: login_answer(), tls=cert.server_context()) as srv:
        with pytest.raises(TlsError):
            ApiClient(srv.base_url, store()).login("alice", "pw", "123456")
        trusted = ApiClient(srv.base_url, store("bob"), ca_bundle=str(cert.cert))
        assert trusted.login("alice", "pw", "123456").staff.id == "S1"


def _blocked_request(api: ApiClient, box: dict[str, object]) -> None:
    started = time.monotonic()
    try:
        api.changes("c1", wait=25)
    except BaseException as exc:
        box["error"] = exc
    box["elapsed"] = time.monotonic() - started


def test_abort_ends_a_blocked_long_poll_at_once() -> None:
    release = threading.Event()

    def handler(seen: Seen) -> Answer:
        release.wait(10)
        return Answer(200, {"changes": [], "next_cursor": "c1", "has_more": False})

    with ScriptedServer(handler) as srv:
        tokens = store()
        tokens.set("access-x-xxxxxxxx", "refresh-x-xxxxxxxx")
        api = ApiClient(srv.base_url, tokens)
        box: dict[str, object] = {}
        worker = threading.Thread(target=_blocked_request, args=(api, box))
        worker.start()
        time.sleep(0.3)
        aborted_at = time.monotonic()
        api.abort()
        worker.join(5)
        release.set()
        assert not worker.is_alive()
        assert isinstance(box["error"], Cancelled)
        assert time.monotonic() - aborted_at < 1.0
        # Sticky until resume(): a poll started after abort() does not block either.
        with pytest.raises(Cancelled):
            api.changes("c1", wait=25)
        api.resume()
        assert api.changes("c1", wait=0).next_cursor == "c1"


def test_interrupt_cancels_in_flight_only() -> None:
    release = threading.Event()

    def handler(seen: Seen) -> Answer:
        if "wait=25" in seen.path:
            release.wait(10)
        return Answer(200, {"changes": [], "next_cursor": "c1", "has_more": False})

    with ScriptedServer(handler) as srv:
        tokens = store()
        tokens.set("access-x-xxxxxxxx", "refresh-x-xxxxxxxx")
        api = ApiClient(srv.base_url, tokens)
        box: dict[str, object] = {}
        worker = threading.Thread(target=_blocked_request, args=(api, box))
        worker.start()
        time.sleep(0.3)
        api.interrupt()
        worker.join(5)
        release.set()
        assert isinstance(box["error"], Cancelled)
        assert api.changes("c1").next_cursor == "c1"


def test_abort_over_tls_too(tmp_path: Path) -> None:
    cert = make_self_signed(tmp_path)
    release = threading.Event()

    def handler(seen: Seen) -> Answer:
        release.wait(10)
        return Answer(200, {"changes": [], "next_cursor": "c1", "has_more": False})

    with ScriptedServer(handler, tls=cert.server_context()) as srv:
        tokens = store()
        tokens.set("access-x-xxxxxxxx", "refresh-x-xxxxxxxx")
        api = ApiClient(srv.base_url, tokens, ca_bundle=str(cert.cert))
        box: dict[str, object] = {}
        worker = threading.Thread(target=_blocked_request, args=(api, box))
        worker.start()
        time.sleep(0.5)
        api.abort()
        worker.join(5)
        release.set()
        assert isinstance(box["error"], Cancelled)
        assert float(box["elapsed"]) < 2.0  # type: ignore[arg-type]


def test_logout_wipes_tokens_even_when_server_is_gone() -> None:
    tokens = store()
    with ScriptedServer(lambda s: login_answer()) as srv:
        api = ApiClient(srv.base_url, tokens)
        api.login("alice", "pw", "123456")
    assert tokens.get() is not None
    api.logout()  # the server is stopped now
    assert tokens.get() is None


def test_get_page_and_iter_items_follow_cursor() -> None:
    pages = {
        None: {"items": [{"symbol": "BTC", "precision": 8, "usd_price": "1"}],
               "next_cursor": "p2", "has_more": True},
        "p2": {"items": [{"symbol": "ETH", "precision": 18, "usd_price": "2"}],
               "next_cursor": None, "has_more": False},
    }

    def handler(seen: Seen) -> Answer:
        cursor = seen.path.split("cursor=")[1] if "cursor=" in seen.path else None
        return Answer(200, pages[cursor])

    from vipclient.api.models import Asset

    with ScriptedServer(handler) as srv:
        tokens = store()
        tokens.set("access-x-xxxxxxxx", "refresh-x-xxxxxxxx")
        api = ApiClient(srv.base_url, tokens)
        assert [a.symbol for a in api.iter_items("/assets", item=Asset)] == ["BTC", "ETH"]
        raw = api.get_page("/assets")
        assert raw.items[0]["symbol"] == "BTC"


def test_a_connection_opened_during_abort_is_cut_at_once() -> None:
    import socket as socket_module

    from vipclient.api.transport import SocketRegistry

    registry = SocketRegistry()
    registry.close()
    left, right = socket_module.socketpair()
    with left, right:
        registry.add(left)  # a connect() finishing after abort()
        assert len(registry) == 0
        left.settimeout(1)
        assert left.recv(1) == b""  # shut down: a read returns at once, it never blocks
    registry.reopen()
    a, b = socket_module.socketpair()
    with a, b:
        registry.add(a)
        assert len(registry) == 1


def test_missing_ca_bundle_file_is_a_tls_error_naming_it(tmp_path: Path) -> None:
    missing = str(tmp_path / "corp-ca.pem")
    with ScriptedServer(lambda s: login_answer()) as srv:
        api = ApiClient(f"https://127.0.0.1:{srv.port}", store(), ca_bundle=missing)
        with pytest.raises(TlsError) as info:
            api.login("alice", "pw", "123456")
    assert info.value.ca_bundle == missing
    assert missing in info.value.user_message and "IT" in info.value.user_message


def test_requests_go_through_the_proxy_and_abort_still_cuts_them() -> None:
    release = threading.Event()

    def proxy(seen: Seen) -> Answer:
        if "wait=25" in seen.path:
            release.wait(10)
        if seen.path.endswith("/me"):
            return Answer(200, STAFF)
        return Answer(200, {"changes": [], "next_cursor": "c1", "has_more": False})

    with ScriptedServer(proxy) as srv:
        tokens = store()
        tokens.set("access-x-xxxxxxxx", "refresh-x-xxxxxxxx")
        # The origin does not exist: only the proxy can answer.
        api = ApiClient("http://127.0.0.1:9", tokens, proxy=srv.base_url)
        assert api.me().id == "S1"
        assert srv.seen[0].path == "http://127.0.0.1:9/api/v1/me"
        box: dict[str, object] = {}
        worker = threading.Thread(target=_blocked_request, args=(api, box))
        worker.start()
        time.sleep(0.3)
        api.abort()
        worker.join(5)
        release.set()
        assert isinstance(box["error"], Cancelled)
        assert float(box["elapsed"]) < 1.5  # type: ignore[arg-type]


def test_unreachable_proxy_is_a_proxy_network_error() -> None:
    import socket as socket_module

    with socket_module.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    api = ApiClient("http://127.0.0.1:9", store(), proxy=f"http://127.0.0.1:{port}")
    with pytest.raises(NetworkError) as info:
        api.login("alice", "pw", "123456")
    assert info.value.kind == "proxy" and "proxy" in info.value.user_message


@pytest.mark.skipif(not hasattr(__import__("socket"), "TCP_QUICKACK"), reason="Linux only")
def test_kept_alive_connection_has_no_delayed_ack_stall() -> None:
    # http.server, like a server without TCP_NODELAY, writes headers and body separately:
    # without quick-acks each answer on a reused connection stalls ~40 ms.
    with ScriptedServer(lambda s: Answer(200, STAFF)) as srv:
        tokens = store()
        tokens.set("access-x-xxxxxxxx", "refresh-x-xxxxxxxx")
        api = ApiClient(srv.base_url, tokens)
        api.me()
        rounds = []
        for _ in range(3):  # the best of three rounds: a busy machine slows one, not all
            started = time.monotonic()
            for _ in range(10):
                api.me()
            rounds.append(time.monotonic() - started)
    # a stall costs ~40 ms a request, 0.4 s a round; without it a round takes a few ms
    assert min(rounds) < 0.25, f"10 requests took {min(rounds):.2f} s at best"
