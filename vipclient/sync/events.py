"""What the sync engine reports, and what it needs of the API client: plain values and
protocols, importable by the GUI before the engine itself (and its HTTP and ORM) is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from vipclient.api.feed_reader import FeedGrant


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """A full pull under way: pages and changes received so far (the feed gives no total)."""

    pages: int = 0
    received: int = 0
    by_entity: Mapping[str, int] = field(default_factory=dict)
    resync: bool = False
    total: int | None = None
    fraction: float | None = None


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """``state``: ``live`` | ``syncing`` | ``offline``; ``since``: when it began (UTC)."""

    state: str
    since: datetime
    reason: str | None = None
    progress: SyncProgress | None = None


@dataclass(frozen=True, slots=True)
class StepUpChallenge:
    """An action waiting for a fresh TOTP code; ``retry`` is True after a refused code.
    ``outbox_id`` is None for an action of the online road (it is not in the outbox).
    ``attempts_left``: wrong codes this desk has seen room for before the server's lockout
    (None: not known); ``locked_for``: the server refused even to look (429), for so many
    seconds from when this was made."""

    outbox_id: int | None
    description: str
    max_age: int | None
    message: str
    retry: bool = False
    attempts_left: int | None = None
    locked_for: float | None = None


class SyncListener(Protocol):
    """What the engine reports; called on the engine's threads (keep them quick)."""

    def status_changed(self, status: SyncStatus) -> None: ...
    def changes_applied(self, entities: set[str]) -> None: ...
    def outbox_changed(self, unsent: int, problems: int) -> None: ...
    def step_up_required(self, challenge: StepUpChallenge) -> None: ...
    def signed_out(self, reason: str) -> None: ...


class NullListener:
    def status_changed(self, status: SyncStatus) -> None:
        pass

    def changes_applied(self, entities: set[str]) -> None:
        pass

    def outbox_changed(self, unsent: int, problems: int) -> None:
        pass

    def step_up_required(self, challenge: StepUpChallenge) -> None:
        pass

    def signed_out(self, reason: str) -> None:
        pass


class Api(Protocol):
    """The part of :class:`vipclient.api.client.ApiClient` the engine uses."""

    def changes(self, cursor: str | None, limit: int = ..., wait: float = ...) -> Any: ...
    def request(self, method: str, path: str, *, params: Mapping[str, Any] | None = ...,
                json: Any = ..., idempotency_key: str | None = ...,
                if_match: int | str | None = ...,
                files: Mapping[str, tuple[str, bytes, str]] | None = ...) -> Any: ...
    def step_up(self, totp: str) -> None: ...
    def server_now(self) -> datetime: ...
    def abort(self) -> None: ...
    def resume(self) -> None: ...
    def feed_grant(self, limit: int) -> FeedGrant: ...
