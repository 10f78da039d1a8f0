"""The one object every screen receives: who is signed in, the cache, the sync engine, the clock.

Screens are built by ``factory(ctx, parent)`` (see ``vipclient.gui.sections``); everything they
need from the rest of the application comes through this context, so a screen can be created in
a test with a real cache and a real sync controller and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from vipclient.settings import Settings
    from vipclient.store.cache import Cache
    from vipclient.sync.controller import SyncController

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Me:
    """The signed-in staff member, as ``/auth/login`` and ``/me`` describe them."""

    id: str
    username: str
    display_name: str
    roles: frozenset[str]
    languages: tuple[str, ...] = ()

    def has_role(self, role: str) -> bool:
        return str(role) in self.roles

    @classmethod
    def from_staff(cls, staff: Mapping[str, Any] | Any) -> Me:
        """Build from the contract's ``staff`` object: a JSON mapping or a pydantic model."""
        get: Callable[[str], Any]
        if isinstance(staff, Mapping):
            get = staff.get
        else:
            def get(name: str) -> Any:
                return getattr(staff, name, None)
        roles: Iterable[Any] = get("roles") or ()
        languages: Iterable[Any] = get("languages") or ()
        return cls(
            id=str(get("id")),
            username=str(get("username")),
            display_name=str(get("display_name") or get("username")),
            roles=frozenset(str(r) for r in roles),
            languages=tuple(str(lang) for lang in languages),
        )


class BackgroundRunner(Protocol):
    """Runs ``fn`` off the UI thread; ``on_success``/``on_failure`` are called on the UI thread.

    The GUI's implementation is ``vipclient.gui.workers.run_in_background``; a non-GUI caller
    (a test, a script) may pass any callable with this shape. ``owner`` is the QObject that
    asked: when it is deleted before the answer arrives, the callbacks are skipped.
    """

    def __call__(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        owner: Any = None,
    ) -> None: ...


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class AppContext:
    """What a signed-in session gives its screens.

    ``now()`` is the *server's* clock (estimated by the API client from the ``Date`` header),
    so SLA countdowns agree with the platform, including the sandbox's moved clock.
    ``services`` holds the service objects the composition root built, by name (``"outbox"``,
    ``"sync_problems"``, ``"search"``…), so adding one does not change this class.
    """

    settings: Settings
    cache: Cache
    sync: SyncController
    me: Me
    server_url: str
    run_in_background: BackgroundRunner
    now: Callable[[], datetime] = _utc_now
    services: dict[str, Any] = field(default_factory=dict)
    demo: bool = False

    def session_service(self, name: str, make: Callable[[], T]) -> T:
        """The session's one ``name``: the one registered, else ``make()``'s, registered now
        (screens build their services on first use, behind the window's first paint)."""
        service = self.services.get(name)
        if service is None:
            service = self.services[name] = make()
        return service  # type: ignore[no-any-return]

    def service(self, name: str) -> Any:
        """The service registered under ``name``; ``KeyError`` names what is missing."""
        try:
            return self.services[name]
        except KeyError:
            raise KeyError(f"no service {name!r} in this AppContext") from None
