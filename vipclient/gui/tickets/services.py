"""The screens' services, built once per session from the context's cache."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from vipclient.services.lanes import LanesService

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QObject

    from vipclient.services.attachments import AttachmentsService, OnlineDownloader
    from vipclient.services.clients import ClientsService
    from vipclient.services.context import AppContext
    from vipclient.services.help import HelpService
    from vipclient.services.search import SearchService
    from vipclient.services.staff import StaffService
    from vipclient.services.tickets import TicketsService


def lanes(ctx: AppContext) -> LanesService:
    return ctx.session_service("lanes", lambda: LanesService(ctx.cache))


# The ORM-backed services are imported when first asked for: the lanes screen paints
# before the ORM has loaded.

def tickets(ctx: AppContext) -> TicketsService:
    from vipclient.services.tickets import TicketsService

    return ctx.session_service("tickets", lambda: TicketsService(ctx.cache))


def clients(ctx: AppContext) -> ClientsService:
    from vipclient.services.clients import ClientsService

    return ctx.session_service("clients", lambda: ClientsService(ctx.cache))


def staff(ctx: AppContext) -> StaffService:
    from vipclient.services.staff import StaffService

    return ctx.session_service("staff", lambda: StaffService(ctx.cache))


# --- v1.1 workspace: files and help articles ------------------------------------------------


def attachments(ctx: AppContext) -> AttachmentsService:
    from vipclient.services.attachments import AttachmentsService

    return ctx.session_service("attachments", lambda: AttachmentsService(ctx.cache))


def search(ctx: AppContext) -> SearchService:
    """Ctrl+K's search and the freeze dialog's."""
    from vipclient.services.search import SearchService

    return ctx.session_service("search", lambda: SearchService(ctx.cache))


def help_articles(ctx: AppContext) -> HelpService:
    from vipclient.services.help import HelpService

    return ctx.session_service("help", lambda: HelpService(ctx.cache))


def with_online(ctx: AppContext, work: Callable[[OnlineDownloader | None], Any],
                on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None],
                owner: Any = None) -> None:
    """``work(online)`` off the UI thread with the online road (``None`` while the session
    is not connected: work that has what it needs locally goes ahead without it)."""
    runner = ctx.services.get("online")
    if runner is not None and runner.connected:
        runner.call(work, on_done, on_failed, owner=owner)
    else:
        ctx.run_in_background(lambda: work(None), on_done, on_failed, owner)


def nudge(ctx: AppContext) -> None:
    """Tell the sync engine an action is waiting (it pushes the outbox at once)."""
    sync = getattr(ctx, "sync", None)
    if sync is not None and hasattr(sync, "nudge"):
        sync.nudge()


def connect_changes(ctx: AppContext, slot: Any, owner: QObject | None = None) -> None:
    """``slot(set_of_entity_names)`` after each applied page of changes (see
    :func:`connect_outbox` for ``owner``)."""
    _connect(getattr(ctx.sync, "changesApplied", None), slot, owner)


def connect_outbox(ctx: AppContext, slot: Any, owner: QObject | None = None) -> None:
    """``slot(unsent, problems)`` when the outbox changes (a reply sent, refused…).

    A slot that is not a method of a QObject (a lambda) names the widget it serves as
    ``owner``: the connection ends with that widget. The session outlives its screens (a
    window built again in another language), and a lambda left connected would reach into
    a deleted widget."""
    _connect(getattr(ctx.sync, "outboxChanged", None), slot, owner)


def _connect(signal: Any, slot: Any, owner: QObject | None) -> None:
    if signal is None:
        return
    signal.connect(slot)
    if owner is not None:
        owner.destroyed.connect(lambda *_: _disconnect(signal, slot))


def _disconnect(signal: Any, slot: Any) -> None:
    # RuntimeError: the session ended first, and its signals with it.
    with contextlib.suppress(RuntimeError, TypeError):
        signal.disconnect(slot)
