"""``ApiClient``: the one way VIP Desk talks to the platform's back-office API.

Threads: one ``ApiClient`` may be shared by every thread. Each thread gets its own
``requests.Session`` (``threading.local``), so the sync engine's long-poll and commands sent
from another thread never share a connection; token refreshes are serialised by the token
store's ``refresh_lock``.

Authentication: requests carry the stored access token. A 401 that is not a step-up
challenge triggers one refresh and one retry; a refresh the server refuses wipes the tokens
and raises ``SessionExpired``. A step-up challenge raises ``StepUpRequired`` for the caller to
ask for a code, call ``step_up(code)`` and resend the request with the same Idempotency-Key.

Shutting down: ``abort()`` shuts down every open connection, so a request blocked in a
long-poll raises ``Cancelled`` at once; later requests raise ``Cancelled`` until ``resume()``.
``interrupt()`` does the same for the requests in flight only.

Nothing here logs a token, password, code or request body.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar, overload
from urllib.parse import urlsplit

import orjson
import requests
from pydantic import BaseModel
from requests.structures import CaseInsensitiveDict

from vipclient.api.clock import ServerClock, parse_http_date
from vipclient.api.errors import (
    ApiError,
    Cancelled,
    InsecureServerUrl,
    InvalidCredentials,
    LockedOut,
    MalformedResponse,
    NetworkError,
    ProblemError,
    RateLimited,
    ServerError,
    SessionExpired,
    TlsError,
    Unauthorized,
    error_for,
)
from vipclient.api.feed_reader import FeedGrant
from vipclient.api.models import (
    ChangesPage,
    LoginResponse,
    Page,
    Staff,
    TokenResponse,
    parse,
)
from vipclient.api.transport import SocketRegistry, new_session
from vipclient.domain.lockout import FailureLog
from vipclient.logs import register_secret
from vipclient.security.tokens import TokenStore

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"
DEFAULT_TIMEOUT: tuple[float, float] = (5.0, 35.0)
# Refresh the access token this long before the server says it expires.
REFRESH_MARGIN_S = 60.0
# A long-poll's read timeout is its wait plus this.
LONG_POLL_SLACK_S = 10.0
# The largest body a download (``raw=True``) reads: an attachment's limit and some slack.
RAW_LIMIT = 26 * 1024 * 1024

ItemT = TypeVar("ItemT")


def new_idempotency_key() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class ApiResponse:
    status: int
    headers: Mapping[str, str] = field(repr=False)
    json: Any = field(repr=False)
    etag: str | None = None
    # The body's bytes, for a download (``raw=True``); empty otherwise.
    content: bytes = field(default=b"", repr=False)

    @property
    def version(self) -> int | None:
        """The resource version from ``ETag: "<version>"`` (weak tags accepted)."""
        if self.etag is None:
            return None
        text = self.etag.removeprefix("W/").strip('"')
        try:
            return int(text)
        except ValueError:
            return None

    @property
    def replayed(self) -> bool:
        """The server replayed a recorded answer for this Idempotency-Key."""
        return self.headers.get("Idempotent-Replayed", "").lower() == "true"


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise TypeError("naive datetime in a request body")
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def encode_body(body: object) -> bytes:
    """JSON for the wire: decimals as strings, datetimes as RFC 3339 UTC with ``Z``."""
    return json.dumps(body, default=_json_default, ensure_ascii=False).encode("utf-8")


def _if_match(value: int | str) -> str:
    if isinstance(value, int):
        return f'"{value}"'
    return value if value.startswith(('"', "W/")) else f'"{value}"'


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str) -> str:
    """The normalised server root; plain http is allowed only to this machine (sandbox)."""
    parts = urlsplit(base_url.strip())
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise InsecureServerUrl(f"not an http(s) URL: {parts.scheme!r}", invalid=True)
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise InsecureServerUrl("plain http to a remote host")
    return base_url.strip().rstrip("/")


def _endpoint(path: str) -> str:
    if path == "/auth/login":
        return "login"
    if path == "/auth/step-up":
        return "step_up"
    if path == "/auth/refresh":
        return "refresh"
    if path.startswith("/auth/"):
        return "auth"
    return "api"


class ApiClient:
    def __init__(
        self,
        base_url: str,
        tokens: TokenStore,
        *,
        ca_bundle: str | None = None,
        proxy: str | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    ) -> None:
        self.base_url = check_base_url(base_url)
        self.api_url = self.base_url + API_PREFIX
        self._tls = self.base_url.lower().startswith("https:")
        self.tokens = tokens
        self.ca_bundle = ca_bundle or None
        self.proxy = proxy or None
        self.timeout = timeout
        self.clock = ServerClock()
        self._registry = SocketRegistry()
        self._local = threading.local()
        self._sessions_lock = threading.Lock()
        self._sessions: list[requests.Session] = []
        self._aborted = threading.Event()
        self._generation = 0
        # Server time at which the access token expires, when the server said (login/refresh).
        self._access_expires: datetime | None = None
        # This person's refused step-up codes and the server's lockout, as seen here (the
        # step-up dialog says how many tries are left).
        self.step_up_failures = FailureLog()

    # --- session and identity --------------------------------------------------------------

    def login(self, username: str, password: str, totp: str) -> LoginResponse:
        """Sign in; stores the tokens. ``InvalidCredentials``, ``LockedOut``, network errors."""
        register_secret(password)
        response = self._send(
            "POST",
            "/auth/login",
            body={"username": username, "password": password, "totp": totp},
            auth=False,
        )
        login = parse(LoginResponse, response.json, where="login")
        self.tokens.set(login.access_token, login.refresh_token)
        self._note_expiry(login.expires_in)
        log.info("signed in as %s", login.staff.username)
        return login

    def refresh(self) -> None:
        """Trade the refresh token for a new pair. ``SessionExpired`` wipes the tokens."""
        with self.tokens.refresh_lock:
            self._refresh_locked()

    def step_up(self, totp: str) -> None:
        """Prove a fresh TOTP code; the new access token carries ``acr=totp``.

        A wrong or replayed code → ``InvalidCredentials`` (``step_up=True``); too many →
        ``LockedOut``.
        """
        token = self._current_token()
        try:
            try:
                response = self._send("POST", "/auth/step-up", body={"totp": totp})
            except InvalidCredentials:
                # A plain 401 here means a wrong code *or* a dead access token (the token is
                # checked first, so then the code was never looked at). Tell them apart: /me
                # refreshes a dead token, or fails with SessionExpired when the session is gone.
                self.me()
                if self.tokens.access_token == token:
                    self.step_up_failures.failed(self.server_now())
                    raise  # the token is fine: the code was wrong
                log.info("step-up refused a stale access token; trying again after refresh")
                response = self._send("POST", "/auth/step-up", body={"totp": totp})
        except LockedOut as exc:
            self.step_up_failures.locked(exc.retry_after or 0.0, self.server_now())
            raise
        self.step_up_failures.succeeded()
        answer = parse(TokenResponse, response.json, where="step-up")
        self.tokens.set(answer.access_token, answer.refresh_token)
        self._note_expiry(answer.expires_in)
        log.info("step-up accepted")

    def logout(self) -> None:
        """Revoke the session on the server, then wipe the tokens whatever happened."""
        try:
            if self.tokens.access_token is not None:
                # A 401 here refreshes and tries once more, so the session is revoked on the
                # server whenever it still exists.
                self._send(
                    "POST",
                    "/auth/logout",
                    timeout=(self.timeout[0], min(self.timeout[1], 10.0)),
                )
        except ApiError as exc:
            log.warning("server-side sign-out failed (%s); wiping local tokens", type(exc).__name__)
        finally:
            self.tokens.clear()
            self._access_expires = None
            log.info("signed out")

    def me(self) -> Staff:
        return parse(Staff, self._send("GET", "/me").json, where="me")

    # --- data ------------------------------------------------------------------------------

    def changes(self, cursor: str | None, limit: int = 1000, wait: float = 0) -> ChangesPage:
        """One page of the changes feed; ``wait`` > 0 long-polls. ``Gone`` → re-sync."""
        params: dict[str, Any] = {"limit": limit, "wait": int(wait)}
        if cursor is not None:
            params["cursor"] = cursor
        timeout = (self.timeout[0], max(self.timeout[1], wait + LONG_POLL_SLACK_S))
        response = self._send("GET", "/changes", params=params, timeout=timeout)
        return parse(ChangesPage, response.json, where="changes")

    @overload
    def get_page(
        self, path: str, params: Mapping[str, Any] | None = None, *, item: type[ItemT]
    ) -> Page[ItemT]: ...

    @overload
    def get_page(
        self, path: str, params: Mapping[str, Any] | None = None
    ) -> Page[dict[str, Any]]: ...

    def get_page(
        self,
        path: str,
        params: Mapping[str, Any] | None = None,
        *,
        item: type[Any] | None = None,
    ) -> Page[Any]:
        """One page of a list endpoint, its items validated as ``item`` (raw dicts if None)."""
        response = self._send("GET", path, params=dict(params or {}))
        model: Any = Page[item] if item is not None else Page[dict[str, Any]]  # type: ignore[valid-type]
        page: Page[Any] = parse(model, response.json, where=path)
        return page

    def iter_items(
        self, path: str, params: Mapping[str, Any] | None = None, *, item: type[ItemT]
    ) -> Iterator[ItemT]:
        """Every item of a list endpoint, following ``next_cursor``."""
        query = dict(params or {})
        while True:
            page = self.get_page(path, query, item=item)
            yield from page.items
            if not page.has_more or not page.next_cursor:
                return
            query["cursor"] = page.next_cursor

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        idempotency_key: str | None = None,
        if_match: int | str | None = None,
        timeout: tuple[float, float] | None = None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        raw: bool = False,
    ) -> ApiResponse:
        """Any API call (``path`` under /api/v1). Error statuses raise ``ProblemError``s.

        ``files``: a ``multipart/form-data`` body instead of JSON, each part ``name →
        (filename, bytes, content type)`` (an upload; the server hashes the parts, not the
        boundary, so a retry with the same key replays). ``raw``: the answer is bytes
        (``content``, at most :data:`RAW_LIMIT`), not JSON (a download)."""
        return self._send(
            method,
            path,
            params=dict(params) if params is not None else None,
            body=json,
            idempotency_key=idempotency_key,
            if_match=if_match,
            timeout=timeout,
            files=files,
            raw=raw,
        )

    @property
    def _verify(self) -> bool | str:
        """``verify`` for each request. Per request, not only on the session: requests lets
        REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE override a session-level bundle
        (psf/requests#3829). Plain HTTP (loopback only) has nothing to verify: False spares
        requests looking the environment's bundle up on disk for every request."""
        return (self.ca_bundle or True) if self._tls else False

    def feed_grant(self, limit: int) -> FeedGrant:
        """What a child process needs to read the changes feed as this session, now (the
        token may be refreshed first; a child that meets its expiry stops, see feed_reader)."""
        return FeedGrant(
            url=self._url("/changes"),
            authorization=f"Bearer {self._current_token()}",
            ca_bundle=self.ca_bundle,
            proxy=self.proxy,
            verify=self._verify,
            timeout=self.timeout,
            limit=limit,
        )

    # --- clock and shutdown ----------------------------------------------------------------

    def server_now(self) -> datetime:
        """The server's current time (from its ``Date`` headers), aware UTC."""
        return self.clock.now()

    def abort(self) -> None:
        """Cancel every request in flight and refuse new ones (until ``resume()``)."""
        self._aborted.set()
        self._generation += 1
        # Closed, not just emptied: a connection another thread is opening right now is cut
        # as soon as it is up, so no request slips past the abort and blocks.
        self._registry.close()
        log.debug("aborted every connection")
        with self._sessions_lock:
            sessions = list(self._sessions)
        for session in sessions:
            session.close()

    def interrupt(self) -> None:
        """Cancel the requests in flight (they raise ``Cancelled``); new ones go ahead."""
        self._generation += 1
        count = self._registry.shutdown_all()
        log.debug("interrupted %d connection(s)", count)

    def resume(self) -> None:
        """Accept requests again after ``abort()``."""
        self._registry.reopen()
        self._aborted.clear()

    @property
    def aborted(self) -> bool:
        return self._aborted.is_set()

    def close(self) -> None:
        """Release every connection (the client stays usable; sessions are re-created)."""
        self.abort()
        with self._sessions_lock:
            self._sessions.clear()
        self._local = threading.local()
        self.resume()

    # --- internals -------------------------------------------------------------------------

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = new_session(self._registry, ca_bundle=self.ca_bundle, proxy=self.proxy)
            self._local.session = session
            with self._sessions_lock:
                self._sessions.append(session)
        return session

    def _url(self, path: str) -> str:
        if not path.startswith("/"):
            path = "/" + path
        if path.startswith(API_PREFIX + "/"):
            path = path[len(API_PREFIX) :]
        return self.api_url + path

    def _note_expiry(self, expires_in: int | None) -> None:
        self._access_expires = (
            self.server_now() + timedelta(seconds=expires_in) if expires_in else None
        )

    def _current_token(self) -> str:
        token = self.tokens.access_token
        if token is None:
            raise SessionExpired(detail="not signed in")
        expires = self._access_expires
        if expires is not None and self.server_now() >= expires - timedelta(
            seconds=REFRESH_MARGIN_S
        ):
            # Refresh ahead of expiry rather than wasting a round trip on a 401; a step-up
            # with an expired token would look like a wrong code.
            with self.tokens.refresh_lock:
                if self.tokens.access_token == token:
                    self._refresh_locked()
            token = self.tokens.access_token
            if token is None:
                raise SessionExpired(detail="not signed in")
        return token

    def _refresh_locked(self) -> None:
        refresh_token = self.tokens.refresh_token
        if refresh_token is None:
            self.tokens.clear()
            raise SessionExpired(detail="no refresh token")
        try:
            response = self._send(
                "POST", "/auth/refresh", body={"refresh_token": refresh_token}, auth=False
            )
        except SessionExpired:
            self.tokens.clear()
            self._access_expires = None
            log.warning("session expired: the server refused the refresh token")
            raise
        except ProblemError as exc:
            if isinstance(exc, RateLimited | ServerError):
                raise
            # 400/403/422 on refresh: the token is not usable either.
            self.tokens.clear()
            self._access_expires = None
            log.warning("session expired: refresh refused with %s", exc.status)
            raise SessionExpired(exc.status, detail=exc.detail, title=exc.title) from exc
        answer = parse(TokenResponse, response.json, where="refresh")
        self.tokens.set(answer.access_token, answer.refresh_token)
        self._note_expiry(answer.expires_in)
        log.info("access token refreshed")

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        body: Any = None,
        idempotency_key: str | None = None,
        if_match: int | str | None = None,
        auth: bool = True,
        retry_auth: bool = True,
        timeout: tuple[float, float] | None = None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        raw: bool = False,
    ) -> ApiResponse:
        headers = {"Accept": "*/*" if raw else "application/json, application/problem+json"}
        if idempotency_key is not None:
            headers["Idempotency-Key"] = idempotency_key
        if if_match is not None:
            headers["If-Match"] = _if_match(if_match)
        data: bytes | None = None
        if body is not None:
            data = encode_body(body)
            headers["Content-Type"] = "application/json"
        token: str | None = None
        if auth:
            token = self._current_token()
            headers["Authorization"] = f"Bearer {token}"
        endpoint = _endpoint(path)
        response = self._exchange(method, path, params, data, headers, timeout, files, raw)
        if response.status_code >= 400:
            error = self._error(response, endpoint)
            if (
                isinstance(error, Unauthorized)
                and type(error) is Unauthorized
                and auth
                and endpoint in {"api", "auth"}
            ):
                if not retry_auth:
                    if path == "/auth/logout":
                        raise error
                    # A token refreshed a moment ago was refused: the session is gone.
                    self.tokens.clear()
                    raise SessionExpired(
                        error.status, detail=error.detail, title=error.title
                    ) from error
                with self.tokens.refresh_lock:
                    # Another thread may have refreshed while this request was out.
                    if self.tokens.access_token == token:
                        self._refresh_locked()
                return self._send(
                    method,
                    path,
                    params=params,
                    body=body,
                    idempotency_key=idempotency_key,
                    if_match=if_match,
                    auth=auth,
                    retry_auth=False,
                    timeout=timeout,
                    files=files,
                    raw=raw,
                )
            raise error
        if raw:
            return self._raw_success(response, path)
        return self._success(response, path)

    def _exchange(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None,
        data: bytes | None,
        headers: dict[str, str],
        timeout: tuple[float, float] | None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        stream: bool = False,
    ) -> requests.Response:
        if self._aborted.is_set():
            raise Cancelled()
        generation = self._generation
        started = time.monotonic()
        try:
            response = self._session().request(
                method,
                self._url(path),
                params=params,
                data=data,
                headers=headers,
                timeout=timeout or self.timeout,
                allow_redirects=False,
                verify=self._verify,
                # requests writes the multipart body (and its boundary) itself.
                files=dict(files) if files else None,
                stream=stream,
            )
        except OSError as exc:
            if isinstance(exc, requests.exceptions.RequestException):
                raise self._request_failed(exc, method, path, generation) from None
            # requests raises a bare OSError when the CA bundle file is missing.
            if self.ca_bundle is not None:
                log.warning("CA bundle %s cannot be read", self.ca_bundle)
                raise TlsError(f"CA bundle unreadable: {exc}", ca_bundle=self.ca_bundle) from None
            raise NetworkError(type(exc).__name__) from None
        received = time.time()
        self.clock.observe(response.headers.get("Date"), received)
        log.debug(
            "%s %s -> %d in %.0f ms",
            method,
            path,
            response.status_code,
            (time.monotonic() - started) * 1000,
        )
        return response

    def _request_failed(
        self,
        exc: requests.exceptions.RequestException,
        method: str,
        path: str,
        generation: int,
    ) -> ApiError:
        if self._aborted.is_set() or generation != self._generation:
            return Cancelled()
        error = _network_error(exc)
        kind = error.kind if isinstance(error, NetworkError) else type(error).__name__
        log.info("%s %s failed: %s", method, path, kind)
        return error

    def _success(self, response: requests.Response, path: str) -> ApiResponse:
        payload: Any = None
        if response.status_code != 204 and response.content:
            try:
                # orjson: a first pull decodes 300 MB of pages; it is twice as fast as json.
                payload = orjson.loads(response.content)
            except ValueError:  # orjson.JSONDecodeError is one
                log.warning(
                    "%s answered %d with a body that is not JSON", path, response.status_code
                )
                raise MalformedResponse(f"{path}: not JSON", path=path) from None
        elif 200 <= response.status_code < 300 and response.status_code != 204:
            # The contract promises a JSON body for every 2xx but 204.
            raise MalformedResponse(f"{path}: empty answer", path=path)
        return ApiResponse(
            status=response.status_code,
            # Case-insensitive, like HTTP: the sandbox sends lower-case names.
            headers=CaseInsensitiveDict(response.headers),
            json=payload,
            etag=response.headers.get("ETag"),
        )

    def _raw_success(self, response: requests.Response, path: str) -> ApiResponse:
        """A download's answer: its bytes, read in chunks and never more than RAW_LIMIT (a
        body larger than any attachment is an answer this client does not take)."""
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_content(1 << 16):
                size += len(chunk)
                if size > RAW_LIMIT:
                    raise MalformedResponse(f"{path}: larger than {RAW_LIMIT} bytes", path=path)
                chunks.append(chunk)
        except requests.exceptions.RequestException as exc:
            raise _network_error(exc) from None
        finally:
            response.close()
        return ApiResponse(
            status=response.status_code,
            headers=CaseInsensitiveDict(response.headers),
            json=None,
            etag=response.headers.get("ETag"),
            content=b"".join(chunks),
        )

    def _error(self, response: requests.Response, endpoint: str) -> ProblemError:
        problem: dict[str, Any] | None = None
        try:
            decoded = json.loads(response.content) if response.content else None
            if isinstance(decoded, dict):
                problem = decoded
        except ValueError:
            problem = None  # a proxy's HTML page, a garbled answer: the status still tells
        error = error_for(
            response.status_code,
            problem,
            endpoint=endpoint,
            www_authenticate=response.headers.get("WWW-Authenticate"),
            retry_after=_retry_after(response),
        )
        log.info(
            "%s %s -> %d %s",
            response.request.method,
            urlsplit(response.url).path,
            response.status_code,
            type(error).__name__,
        )
        return error


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    when = parse_http_date(value)
    if when is None:
        return None
    now = parse_http_date(response.headers.get("Date")) or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())


def _network_error(exc: requests.exceptions.RequestException) -> ApiError:
    text = type(exc).__name__
    if isinstance(exc, requests.exceptions.SSLError):
        return TlsError(_tls_detail(exc))
    if isinstance(exc, requests.exceptions.ProxyError):
        return NetworkError(text, kind="proxy")
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return NetworkError(text, kind="timeout")
    if isinstance(exc, requests.exceptions.Timeout):
        return NetworkError(text, kind="timeout")
    if isinstance(exc, requests.exceptions.ChunkedEncodingError):
        return NetworkError(text, kind="dropped")
    if isinstance(exc, requests.exceptions.ConnectionError):
        reason = str(exc)
        dropped = any(
            marker in reason
            for marker in (
                "RemoteDisconnected",
                "Connection aborted",
                "ProtocolError",
                "IncompleteRead",
                "Connection reset",
            )
        )
        return NetworkError(text, kind="dropped" if dropped else "unreachable")
    return NetworkError(text)


def _tls_detail(exc: requests.exceptions.SSLError) -> str:
    reason = str(exc)
    for marker in (
        "CERTIFICATE_VERIFY_FAILED",
        "WRONG_VERSION_NUMBER",
        "hostname mismatch",
        "certificate verify failed",
        "wrong version number",
        "EOF occurred",
    ):
        if marker in reason:
            return f"TLS: {marker}"
    return "TLS handshake failed"
