"""What can go wrong talking to the platform, as exceptions a person can be shown.

Every exception carries ``user_message`` (plain words, translated through
``vipclient.api.messages``) and, for engineers and logs, ``str(exc)``. The hierarchy::

    ApiError
    ├── NetworkError            unreachable, dropped, timed out (retryable)
    │   └── Cancelled           abort() ended the request (never retried)
    ├── TlsError                certificate problem (not retryable: needs IT)
    ├── InsecureServerUrl       not an https URL (ApiClient refuses it at construction)
    ├── MalformedResponse       the answer did not match the contract (retryable)
    └── ProblemError            an RFC 9457 problem answer, by status:
        ├── BadRequest              400
        ├── Unauthorized            401
        │   ├── InvalidCredentials      401 on login / step-up (wrong password or code)
        │   ├── StepUpRequired          401 with an insufficient_user_authentication challenge
        │   └── SessionExpired          refresh refused: sign in again (tokens are wiped)
        ├── Forbidden               403 (``rule_id`` / ``policy_block`` for policy refusals)
        ├── NotFound                404
        ├── Conflict                409 (``in_flight`` when the same Idempotency-Key is running)
        ├── Gone                    410 (changes cursor too old: re-sync)
        ├── PreconditionFailed      412 (stale If-Match)
        ├── ValidationFailed        422 (``errors`` per field)
        ├── PreconditionRequired    428 (missing If-Match)
        ├── RateLimited             429 (``retry_after`` seconds)
        │   └── LockedOut               429 on /auth/*: sign-in locked for ``retry_after`` s
        └── ServerError             5xx (``retry_after`` when the server gave one)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from vipclient.api.messages import duration, message


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


class ApiError(Exception):
    """Base of every API failure."""

    message_key = "api_error"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.__class__.__name__)
        self.detail = detail

    @property
    def user_message(self) -> str:
        return message(self.message_key)


class NetworkError(ApiError):
    """The server could not be reached, the connection dropped, or it did not answer in time."""

    message_key = "network"

    def __init__(self, detail: str = "", *, kind: str = "unreachable") -> None:
        super().__init__(detail)
        # unreachable | timeout | dropped | proxy
        self.kind = kind

    @property
    def user_message(self) -> str:
        key = {
            "timeout": "network_timeout",
            "dropped": "network_dropped",
            "proxy": "proxy",
        }.get(self.kind, "network")
        return message(key)


class Cancelled(NetworkError):
    """``ApiClient.abort()`` ended the request (the app is quitting or signing out)."""

    message_key = "cancelled"

    def __init__(self, detail: str = "cancelled") -> None:
        super().__init__(detail, kind="cancelled")

    @property
    def user_message(self) -> str:
        return message("cancelled")


class TlsError(ApiError):
    """The TLS handshake failed: untrusted or wrong certificate, or not TLS at all; or the
    configured CA bundle file cannot be read (``ca_bundle`` names it then)."""

    message_key = "tls"

    def __init__(self, detail: str = "", *, ca_bundle: str | None = None) -> None:
        super().__init__(detail)
        self.ca_bundle = ca_bundle

    @property
    def user_message(self) -> str:
        if self.ca_bundle is not None:
            return message("tls_ca_bundle", path=self.ca_bundle)
        return message("tls")


class InsecureServerUrl(ApiError):
    """The server address is not https (plain http is allowed only to this machine)."""

    message_key = "insecure_url"

    def __init__(self, detail: str = "", *, invalid: bool = False) -> None:
        super().__init__(detail)
        self.invalid = invalid

    @property
    def user_message(self) -> str:
        return message("invalid_url" if self.invalid else "insecure_url")


class MalformedResponse(ApiError):
    """The server's answer is not what the contract promises (not JSON, wrong shape)."""

    message_key = "malformed"

    def __init__(self, detail: str = "", *, path: str = "") -> None:
        super().__init__(detail)
        # Where in the answer validation failed, e.g. "changes.3.data.tier".
        self.path = path


class ProblemError(ApiError):
    """An RFC 9457 problem answer."""

    message_key = "problem"

    def __init__(
        self,
        status: int,
        type: str = "about:blank",
        title: str = "",
        detail: str = "",
        errors: Sequence[FieldError] = (),
        *,
        extra: Mapping[str, Any] | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(detail or title or f"HTTP {status}")
        self.status = status
        self.type = type
        self.title = title
        self.detail = detail
        self.errors: list[FieldError] = list(errors)
        self.extra: dict[str, Any] = dict(extra or {})
        self.retry_after = retry_after

    def as_problem(self) -> dict[str, Any]:
        """The problem document again, as the server sent it (field errors included)."""
        return {
            **self.extra, "type": self.type, "title": self.title, "status": self.status,
            "detail": self.detail,
            "errors": [{"field": e.field, "message": e.message} for e in self.errors],
        }

    def __str__(self) -> str:
        text = f"{self.status} {self.title or self.type}"
        if self.detail:
            text += f": {self.detail}"
        return text

    @property
    def user_message(self) -> str:
        if self.detail:
            return message("problem_detail", detail=self.detail)
        return message(self.message_key)


class BadRequest(ProblemError):
    message_key = "bad_request"

    @property
    def user_message(self) -> str:
        return message("bad_request", detail=self.detail or self.title)


class Unauthorized(ProblemError):
    message_key = "unauthorized"

    def __init__(self, status: int = 401, *args: Any, **kwargs: Any) -> None:
        super().__init__(status, *args, **kwargs)

    @property
    def user_message(self) -> str:
        return message(self.message_key)


class InvalidCredentials(Unauthorized):
    """Login refused (wrong username, password or code), or a step-up code refused."""

    message_key = "invalid_credentials"

    def __init__(self, *args: Any, step_up: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.step_up = step_up

    @property
    def user_message(self) -> str:
        return message("invalid_code" if self.step_up else "invalid_credentials")


class StepUpRequired(Unauthorized):
    """The endpoint wants a fresh TOTP step-up (RFC 9470): ask for a code, step up, retry."""

    message_key = "step_up_required"

    def __init__(
        self,
        *args: Any,
        max_age: int | None = None,
        description: str = "",
        acr_values: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.max_age = max_age
        self.description = description
        self.acr_values = acr_values


class SessionExpired(Unauthorized):
    """The session cannot be renewed (refresh token expired, revoked or reused)."""

    message_key = "session_expired"


class Forbidden(ProblemError):
    """A role is missing, maker-checker refused, or a policy rule blocks the request."""

    message_key = "forbidden"

    @property
    def policy_block(self) -> bool:
        """True when a policy decided (the problem names ``rule_id``, possibly null)."""
        return "rule_id" in self.extra

    @property
    def rule_id(self) -> str | None:
        value = self.extra.get("rule_id")
        return value if isinstance(value, str) else None

    @property
    def user_message(self) -> str:
        if self.policy_block:
            if self.rule_id:
                return message("policy_block", rule_id=self.rule_id)
            return message("policy_block_no_rule")
        if self.detail:
            return message("problem_detail", detail=self.detail)
        return message("forbidden")


class NotFound(ProblemError):
    message_key = "not_found"

    @property
    def user_message(self) -> str:
        return message("not_found")


class Conflict(ProblemError):
    """409: an illegal state (frozen client, illegal transition) or a key still in flight."""

    message_key = "conflict"

    @property
    def in_flight(self) -> bool:
        """The same Idempotency-Key is still being processed: wait and send it again."""
        text = f"{self.type} {self.title} {self.detail}".lower()
        return "idempotenc" in text or "in flight" in text or "in progress" in text

    @property
    def user_message(self) -> str:
        if self.in_flight:
            return message("in_flight")
        if self.detail:
            return message("conflict", detail=self.detail)
        return message("conflict_plain")


class Gone(ProblemError):
    message_key = "gone"

    @property
    def user_message(self) -> str:
        return message("gone")


class PreconditionFailed(ProblemError):
    message_key = "precondition_failed"

    @property
    def user_message(self) -> str:
        return message("precondition_failed")


class PreconditionRequired(ProblemError):
    message_key = "precondition_required"

    @property
    def user_message(self) -> str:
        return message("precondition_required")


class ValidationFailed(ProblemError):
    message_key = "validation"

    @property
    def field_messages(self) -> dict[str, str]:
        return {e.field: e.message for e in self.errors}

    @property
    def user_message(self) -> str:
        if self.errors:
            fields = "; ".join(f"{e.field}: {e.message}" for e in self.errors)
            return message("validation", fields=fields)
        if self.detail:
            return message("problem_detail", detail=self.detail)
        return message("validation_plain")


class RateLimited(ProblemError):
    message_key = "rate_limited"

    @property
    def user_message(self) -> str:
        return message("rate_limited", wait=duration(self.retry_after))


class LockedOut(RateLimited):
    """Too many failed logins or step-ups: locked for ``retry_after`` seconds."""

    message_key = "locked_out"

    @property
    def user_message(self) -> str:
        return message("locked_out", wait=duration(self.retry_after))


class ServerError(ProblemError):
    message_key = "server_error"

    @property
    def user_message(self) -> str:
        if self.retry_after is not None:
            return message("server_error_wait", wait=duration(self.retry_after))
        return message("server_error")


def is_retryable(exc: BaseException) -> bool:
    """Would sending the same request again (same Idempotency-Key) possibly succeed?

    Yes for network trouble, garbled answers, 5xx, rate limits and a key still in flight.
    No for a cancelled request, TLS failures, lockouts and every other refusal.
    """
    if isinstance(exc, Cancelled):
        return False
    if isinstance(exc, NetworkError | MalformedResponse | ServerError):
        return True
    if isinstance(exc, LockedOut):
        return False
    if isinstance(exc, RateLimited):
        return True
    if isinstance(exc, Conflict):
        return exc.in_flight
    return False


def retry_after(exc: BaseException) -> float | None:
    """The server's ``Retry-After`` for this failure, in seconds, when it gave one."""
    return exc.retry_after if isinstance(exc, ProblemError) else None


_BY_STATUS: dict[int, type[ProblemError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    410: Gone,
    412: PreconditionFailed,
    422: ValidationFailed,
    428: PreconditionRequired,
    429: RateLimited,
}


def _field_errors(raw: object) -> list[FieldError]:
    out: list[FieldError] = []
    if not isinstance(raw, list):
        return out
    for item in raw:
        if isinstance(item, Mapping):
            out.append(FieldError(str(item.get("field", "")), str(item.get("message", ""))))
    return out


def error_for(
    status: int,
    problem: Mapping[str, Any] | None,
    *,
    endpoint: str = "api",
    www_authenticate: str | None = None,
    retry_after: float | None = None,
) -> ProblemError:
    """The exception for an error answer.

    ``endpoint`` is ``login``, ``step_up``, ``refresh``, ``auth`` (other /auth/ paths) or
    ``api``: the same status means different things there (a login 401 is a wrong password,
    a refresh 401 an ended session, a 429 under /auth/ a lockout).
    """
    # Imported here: challenge parsing is a leaf module, errors must stay importable alone.
    from vipclient.api.challenge import find_step_up

    body = dict(problem or {})
    known = {"type", "title", "status", "detail", "errors"}
    kwargs: dict[str, Any] = {
        "type": str(body.get("type") or "about:blank"),
        "title": str(body.get("title") or ""),
        "detail": str(body.get("detail") or ""),
        "errors": _field_errors(body.get("errors")),
        "extra": {k: v for k, v in body.items() if k not in known},
        "retry_after": retry_after,
    }
    if status == 401:
        challenge = find_step_up(www_authenticate)
        if challenge is not None:
            return StepUpRequired(
                status,
                max_age=challenge.max_age,
                description=challenge.description,
                acr_values=challenge.acr_values,
                **kwargs,
            )
        if endpoint == "login":
            return InvalidCredentials(status, **kwargs)
        if endpoint == "step_up":
            return InvalidCredentials(status, step_up=True, **kwargs)
        if endpoint == "refresh":
            return SessionExpired(status, **kwargs)
        return Unauthorized(status, **kwargs)
    if status == 429 and endpoint != "api":
        return LockedOut(status, **kwargs)
    if status >= 500:
        return ServerError(status, **kwargs)
    cls = _BY_STATUS.get(status, ProblemError)
    return cls(status, **kwargs)
