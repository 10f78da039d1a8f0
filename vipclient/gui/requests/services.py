"""The Requests screens' services, one per session (``ctx.services``), made on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vipclient.services.requests import RequestsService

if TYPE_CHECKING:
    from vipclient.gui.requests.assets import AssetBook
    from vipclient.services.context import AppContext


def requests(ctx: AppContext) -> RequestsService:
    service = ctx.session_service("requests", lambda: RequestsService(ctx.cache))
    assert isinstance(service, RequestsService)
    return service


def assets(ctx: AppContext) -> AssetBook:
    from vipclient.gui.requests.assets import AssetBook

    book = ctx.session_service("requests.assets", lambda: AssetBook(ctx))
    assert isinstance(book, AssetBook)
    return book
