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
    from vipclient.services.staff import StaffService
    from vipclient.services.tickets import TicketsService


def _get(ctx: AppContext, name: str, factory: Any) -> Any:
    service = ctx.services.get(name)
    if service is None:
        service = factory(ctx.cache)
        ctx.services[name] = service
    return service


def lanes(ctx: AppContext) -> LanesService:
    result: LanesService = _get(ctx, "lanes", LanesService)
    return result


# The ORM-backed services are imported when first asked for: the lanes screen paints
# before the ORM has loaded.

def tickets(ctx: AppContext) -> TicketsService:
    from vipclient.services.tickets import TicketsService

    result: TicketsService = _get(ctx, "tickets", TicketsService)
    return result


def clients(ctx: AppContext) -> ClientsService:
    from vipclient.services.clients import ClientsService

    result: ClientsService = _get(ctx, "clients", ClientsService)
    return result


def staff(ctx: AppContext) -> StaffService:
    from vipclient.services.staff import StaffService

    result: StaffService = _get(ctx, "staff", StaffService)
    return result


# --- v1.1 workspace: files and help articles ------------------------------------------------


def attachments(ctx: AppContext) -> AttachmentsService:
    from vipclient.services.attachments import AttachmentsService

    result: AttachmentsService = _get(ctx, "attachments", AttachmentsService)
    return result


def help_articles(ctx: AppContext) -> HelpService:
    from vipclient.services.help import HelpService

    result: HelpService = _get(ctx, "help", HelpService)
    return result


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
