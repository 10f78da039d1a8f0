"""The online road: actions that must reach the server now, and reads the cache does not hold.

Most actions go through the outbox and reach the server when they can. A few must not: the
emergency freeze is live-only (it is sent at once and the person waits for the server's
answer; offline it fails plainly instead of waiting in a queue behind other work), and some
screens read pages the changes feed does not carry (the audit log) or record something with
the server before they act (a transcript export). They come here. Everything runs on the
caller's (worker) thread and raises the API's plain-words errors.

A command is sent with an idempotency key made once, so a retry — after a network failure or
a 5xx, or after a step-up challenge — can never apply it twice. A step-up challenge pauses the
command: ``ask_code(challenge)`` gets a code from the person (the shared step-up dialog; it
blocks this thread until they answer, ``None`` if they cancel), the session steps up and the
same command goes again. A wrong code asks again (``retry``, with the tries this desk has seen
left before the lockout); while the server's lockout lasts the question says for how long
(``locked_for``), and the person may wait it out or cancel. ``code``: a code the person
already typed (the freeze dialog has the field): the session steps up with it first, so the
command needs one round trip.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from vipclient.sync.events import StepUpChallenge

if TYPE_CHECKING:
    from vipclient.api.client import ApiResponse


class OnlineApi(Protocol):
    """What the online road needs of ``vipclient.api.client.ApiClient``."""

    def request(self, method: str, path: str, *, params: Mapping[str, Any] | None = ...,
                json: Any = ..., idempotency_key: str | None = ...,
                if_match: int | str | None = ..., raw: bool = ...) -> ApiResponse: ...
    def step_up(self, totp: str) -> None: ...


CodeAsker = Callable[[StepUpChallenge], str | None]


def _new_key() -> str:
    import uuid

    return str(uuid.uuid4())


@dataclass(frozen=True)
class Command:
    """One action sent now. ``description`` says in words what it does (the step-up dialog
    shows it); ``key`` is made once per intended effect."""

    method: str
    path: str
    body: Any = None
    description: str = ""
    if_match: int | str | None = None
    key: str = field(default_factory=_new_key)


class StepUpCancelled(Exception):
    """The person closed the code dialog: the command was not sent (nothing happened)."""

    user_message = "No code was entered, so nothing was done."


#: How often a command is sent again after a network failure or a 5xx (same key).
RETRIES = 2


class OnlineService:
    def __init__(self, api: OnlineApi, ask_code: CodeAsker, *, retries: int = RETRIES,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._api = api
        self._ask_code = ask_code
        self._retries = retries
        self._sleep = sleep

    def send(self, command: Command, code: str | None = None) -> ApiResponse:
        """Send ``command`` until the server has answered it (raises its refusal)."""
        if code is not None:
            outcome = self._try_step_up(code)
            if outcome is not True:  # the code typed in advance was refused: ask
                self._challenge(command, None, None if outcome is False else outcome)
        key = command.key if command.method != "GET" else None
        return self._until_answered(command, lambda: self._api.request(
            command.method, command.path, json=command.body, idempotency_key=key,
            if_match=command.if_match,
        ))

    def get(self, path: str, params: Mapping[str, Any] | None = None) -> ApiResponse:
        """A read the cache cannot answer (retried, stepped up, like a command)."""
        return self._until_answered(Command("GET", path), lambda: self._api.request(
            "GET", path, params=dict(params or {}),
        ))

    def download(self, path: str) -> ApiResponse:
        """Bytes the cache does not hold (an attachment's content), retried like a read."""
        return self._until_answered(Command("GET", path), lambda: self._api.request(
            "GET", path, raw=True,
        ))

    def pages(self, path: str, params: Mapping[str, Any] | None = None,
              limit: int = 1000) -> Iterator[list[Any]]:
        """Each page's items of a paged list, first to last."""
        query: dict[str, Any] = {**(params or {}), "limit": limit}
        while True:
            page = self.get(path, query).json
            yield list(page.get("items") or [])
            cursor = page.get("next_cursor")
            if not page.get("has_more") or not cursor:
                return
            query["cursor"] = cursor

    def _until_answered(self, command: Command,
                        call: Callable[[], ApiResponse]) -> ApiResponse:
        from vipclient.api import errors as E

        failures = 0
        while True:
            try:
                return call()
            except E.StepUpRequired as exc:
                self._challenge(command, exc)
            except E.ApiError as exc:
                # The same key again after trouble on the way (the server records only a
                # completed answer, so nothing happens twice); a refusal is final.
                if not E.is_retryable(exc) or failures >= self._retries:
                    raise
                failures += 1
                backoff = 0.25 * 2 ** failures * (0.5 + random.random())
                self._sleep(min(E.retry_after(exc) or backoff, 5.0))

    # -- step-up --

    def _challenge(self, command: Command, exc: Any | None,
                   locked_for: float | None = None) -> None:
        """Ask for a code until the session steps up (or the person cancels). While the
        server's lockout lasts the dialog counts it down instead of taking a code."""
        retry = exc is None and locked_for is None  # a code typed in advance was refused
        while True:
            code = self._ask_code(StepUpChallenge(
                None, command.description, getattr(exc, "max_age", None),
                getattr(exc, "user_message", ""), retry, self._attempts_left(), locked_for,
            ))
            if code is None:
                raise StepUpCancelled()
            outcome = self._try_step_up(code)
            if outcome is True:
                return
            retry, locked_for = outcome is False, (None if outcome is False else outcome)

    def _try_step_up(self, code: str) -> bool | float:
        """True when the session stepped up; False for a wrong or used code; the seconds of
        the server's lockout (429) as a float (anything else is raised)."""
        from vipclient.api import errors as E
        from vipclient.domain.lockout import LOCKOUT_WINDOW

        try:
            self._api.step_up(code)
        except E.InvalidCredentials:
            return False
        except E.LockedOut as exc:
            return float(exc.retry_after or LOCKOUT_WINDOW.total_seconds())
        return True

    def _attempts_left(self) -> int | None:
        failures = getattr(self._api, "step_up_failures", None)
        now = getattr(self._api, "server_now", None)
        if failures is None or now is None:
            return None
        return int(failures.attempts_left(now()))


class NotConnected(Exception):
    """The session is not connected yet (the window was opened from the cache a moment ago,
    or sign-in has ended): nothing was sent."""

    user_message = (
        "VIP Desk is not connected to the platform yet, so nothing was sent. "
        "Try again in a moment."
    )
