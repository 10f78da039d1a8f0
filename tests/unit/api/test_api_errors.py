"""Problem answers map to the right exception, each with a plain message, and retryability
follows what resending the same request could achieve."""

from __future__ import annotations

from typing import Any

import pytest

from vipclient import i18n
from vipclient.api import messages
from vipclient.api.challenge import find_step_up, parse_www_authenticate
from vipclient.api.errors import (
    BadRequest,
    Cancelled,
    Conflict,
    FieldError,
    Forbidden,
    Gone,
    InvalidCredentials,
    LockedOut,
    MalformedResponse,
    NetworkError,
    NotFound,
    PreconditionFailed,
    PreconditionRequired,
    ProblemError,
    RateLimited,
    ServerError,
    SessionExpired,
    StepUpRequired,
    TlsError,
    Unauthorized,
    ValidationFailed,
    error_for,
    is_retryable,
)

STEP_UP = (
    'Bearer error="insufficient_user_authentication", '
    'error_description="A fresh TOTP code is needed, \\"now\\"", acr_values="totp", max_age=120'
)


def problem(status: int, **extra: Any) -> dict[str, Any]:
    body = {"type": f"https://vipdesk.example/problems/{status}", "title": "T", "status": status,
            "detail": extra.pop("detail", "")}
    body.update(extra)
    return body


@pytest.mark.parametrize(
    ("status", "endpoint", "cls"),
    [
        (400, "api", BadRequest),
        (401, "api", Unauthorized),
        (401, "login", InvalidCredentials),
        (401, "step_up", InvalidCredentials),
        (401, "refresh", SessionExpired),
        (403, "api", Forbidden),
        (404, "api", NotFound),
        (409, "api", Conflict),
        (410, "api", Gone),
        (412, "api", PreconditionFailed),
        (422, "api", ValidationFailed),
        (428, "api", PreconditionRequired),
        (429, "api", RateLimited),
        (429, "login", LockedOut),
        (429, "step_up", LockedOut),
        (500, "api", ServerError),
        (503, "api", ServerError),
        (418, "api", ProblemError),
    ],
)
def test_status_maps_to_exception(status: int, endpoint: str, cls: type[ProblemError]) -> None:
    error = error_for(status, problem(status), endpoint=endpoint)
    assert type(error) is cls
    assert error.status == status
    assert error.user_message and "{" not in error.user_message


def test_step_up_challenge_wins_over_plain_401_everywhere() -> None:
    for endpoint in ("api", "auth", "login"):
        error = error_for(401, problem(401), endpoint=endpoint, www_authenticate=STEP_UP)
        assert isinstance(error, StepUpRequired)
        assert error.max_age == 120
        assert error.acr_values == "totp"
        assert error.description == 'A fresh TOTP code is needed, "now"'
        assert "code" in error.user_message


def test_a_401_with_another_challenge_is_not_step_up() -> None:
    error = error_for(401, None, www_authenticate='Bearer error="invalid_token"')
    assert type(error) is Unauthorized


def test_lockout_message_says_time_left() -> None:
    error = error_for(429, problem(429), endpoint="login", retry_after=845)
    assert isinstance(error, LockedOut)
    assert error.retry_after == 845
    assert "14 min 5 s" in error.user_message
    short = error_for(429, problem(429), endpoint="login", retry_after=9)
    assert "9 s" in short.user_message


def test_rate_limited_and_server_error_carry_retry_after() -> None:
    limited = error_for(429, problem(429), retry_after=30)
    assert isinstance(limited, RateLimited) and not isinstance(limited, LockedOut)
    assert "30 s" in limited.user_message
    busy = error_for(503, problem(503), retry_after=5)
    assert isinstance(busy, ServerError) and busy.retry_after == 5
    assert "5 s" in busy.user_message


def test_validation_errors_per_field() -> None:
    error = error_for(422, problem(422, errors=[
        {"field": "maker_bps", "message": "at most 2 decimals"},
        {"field": "reason", "message": "10–2000 characters"},
    ]))
    assert isinstance(error, ValidationFailed)
    assert error.errors == [FieldError("maker_bps", "at most 2 decimals"),
                            FieldError("reason", "10–2000 characters")]
    assert error.field_messages["reason"] == "10–2000 characters"
    assert "maker_bps: at most 2 decimals" in error.user_message


def test_policy_block_names_rule_even_when_null() -> None:
    blocked = error_for(403, problem(403, rule_id="fee-floor", detail="blocked"))
    assert isinstance(blocked, Forbidden)
    assert blocked.policy_block and blocked.rule_id == "fee-floor"
    assert "fee-floor" in blocked.user_message
    unmatched = error_for(403, problem(403, rule_id=None))
    assert isinstance(unmatched, Forbidden)
    assert unmatched.policy_block and unmatched.rule_id is None
    role = error_for(403, problem(403, detail="Only supervisors may do this."))
    assert isinstance(role, Forbidden)
    assert not role.policy_block
    assert "Only supervisors may do this." in role.user_message


def test_conflict_in_flight_versus_illegal_state() -> None:
    in_flight = error_for(409, {"type": "https://vipdesk.example/problems/idempotency-in-flight",
                                "title": "Conflict", "status": 409,
                                "detail": "A request with this Idempotency-Key is still being "
                                          "handled."})
    assert isinstance(in_flight, Conflict) and in_flight.in_flight
    assert is_retryable(in_flight)
    illegal = error_for(409, problem(409, detail="Allowed: open, solved"))
    assert isinstance(illegal, Conflict) and not illegal.in_flight
    assert not is_retryable(illegal)
    assert "Allowed: open, solved" in illegal.user_message


def test_error_without_a_problem_body_still_maps_by_status() -> None:
    error = error_for(502, None)
    assert isinstance(error, ServerError)
    assert error.title == "" and error.errors == []


@pytest.mark.parametrize(
    ("exc", "retry"),
    [
        (NetworkError("x"), True),
        (NetworkError("x", kind="timeout"), True),
        (Cancelled(), False),
        (TlsError("x"), False),
        (MalformedResponse("x"), True),
        (ServerError(503), True),
        (RateLimited(429), True),
        (LockedOut(429), False),
        (StepUpRequired(401), False),
        (SessionExpired(), False),
        (ValidationFailed(422), False),
        (PreconditionFailed(412), False),
        (Forbidden(403), False),
        (NotFound(404), False),
        (Gone(410), False),
        (ValueError("not ours"), False),
    ],
)
def test_is_retryable(exc: BaseException, retry: bool) -> None:
    assert is_retryable(exc) is retry


def test_network_messages_are_plain_and_distinct() -> None:
    kinds = {k: NetworkError("x", kind=k).user_message
             for k in ("unreachable", "timeout", "dropped", "proxy")}
    assert len(set(kinds.values())) == 4
    assert "cannot be reached" in kinds["unreachable"]
    assert "IT" in TlsError("x").user_message and "CA bundle" in TlsError("x").user_message


def test_translator_is_applied_to_every_message() -> None:
    seen: list[tuple[str, str]] = []

    def fake(context: str, text: str) -> str:
        seen.append((context, text))
        return "«" + text + "»"

    i18n.set_translator(fake)
    try:
        text = LockedOut(429, retry_after=61).user_message
    finally:
        i18n.set_translator(None)
    assert text.startswith("«Too many failed attempts") and "1 min 1 s" in text
    assert all(ctx == messages.CONTEXT for ctx, _ in seen)


def test_every_message_key_formats_without_missing_fields() -> None:
    fields = {"detail": "d", "rule_id": "r", "fields": "f", "wait": "w", "seconds": 1, "path": "p",
              "minutes": 2}
    for key, text in messages.MESSAGES.items():
        assert text.format(**fields), key


# --- WWW-Authenticate ------------------------------------------------------------------------


def test_parse_several_challenges_with_commas_inside_quotes() -> None:
    challenges = parse_www_authenticate(
        'Basic realm="a, b", Bearer realm="api", error="insufficient_user_authentication", '
        'max_age=60, Negotiate abc123=='
    )
    assert [c.scheme for c in challenges] == ["Basic", "Bearer", "Negotiate"]
    assert challenges[0].params == {"realm": "a, b"}
    assert challenges[1].param("ERROR") == "insufficient_user_authentication"
    assert challenges[1].param("max_age") == "60"
    assert challenges[2].token68 == "abc123=="


@pytest.mark.parametrize(
    "header",
    [
        'bearer ERROR="insufficient_user_authentication"',
        'Bearer error = "insufficient_user_authentication" , max_age = 30',
        'Bearer error=insufficient_user_authentication,max_age=30',
    ],
)
def test_step_up_found_despite_spacing_and_case(header: str) -> None:
    found = find_step_up(header)
    assert found is not None


def test_step_up_header_edge_cases() -> None:
    assert find_step_up(None) is None
    assert find_step_up("") is None
    assert find_step_up('Bearer error="invalid_token"') is None
    assert find_step_up('Basic error="insufficient_user_authentication"') is None
    no_age = find_step_up('Bearer error="insufficient_user_authentication"')
    assert no_age is not None and no_age.max_age is None
    bad_age = find_step_up('Bearer error="insufficient_user_authentication", max_age=soon')
    assert bad_age is not None and bad_age.max_age is None
    # Unterminated quote and junk never raise.
    assert parse_www_authenticate('Bearer error="unterminated, ,,, =x') is not None
    assert parse_www_authenticate(",,,") == []


def test_qt_translation_is_used_once_qt_is_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    from vipclient.security import roles, totp

    class FakeApp:
        @staticmethod
        def translate(context: str, text: str, disambiguation: str | None = None,
                      n: int = -1) -> str:  # QCoreApplication.translate's own signature
            return f"<{context}>{text}"

    fake = types.SimpleNamespace(QCoreApplication=FakeApp)
    monkeypatch.setitem(sys.modules, "PySide6.QtCore", fake)
    assert NotFound(404).user_message.startswith("<ApiErrors>")
    assert roles.can_view_audit({"roles": []}).reason.startswith("<Permissions>")
    problem = totp.code_problem("12")
    assert problem is not None and problem.startswith("<TotpCode>")
    monkeypatch.delitem(sys.modules, "PySide6.QtCore")
    assert not NotFound(404).user_message.startswith("<")
