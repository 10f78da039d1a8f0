"""The security desk's services for its screens, made once per session from the context
(imported when first asked for: the ORM behind them loads after the window's first paint)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vipclient.gui.online import OnlineRunner
    from vipclient.services.audit import AuditService
    from vipclient.services.context import AppContext
    from vipclient.services.security import SecurityService


def security(ctx: AppContext) -> SecurityService:
    from vipclient.services.security import SecurityService

    return ctx.session_service("security", lambda: SecurityService(ctx.cache))


def audit(ctx: AppContext) -> AuditService:
    from vipclient.services.audit import AuditService

    return ctx.session_service(
        "audit", lambda: AuditService(ctx.cache, ctx.server_url, now=ctx.now))


def online(ctx: AppContext) -> OnlineRunner | None:
    """The session's online road (None in a context without one: a test of a screen)."""
    runner: OnlineRunner | None = ctx.services.get("online")
    return runner


def announce_changes(ctx: AppContext, entities: set[str]) -> None:
    """The answer of a live-only action was stored: every screen re-reads what it shows, as
    after a page of the feed."""
    signal = getattr(ctx.sync, "changesApplied", None)
    if signal is not None and entities:
        signal.emit(set(entities))
