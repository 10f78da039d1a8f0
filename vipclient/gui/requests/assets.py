"""The assets a withdrawal request may name, read once per session through the online road.

``GET /assets`` is not in the changes feed, so the cache does not hold it: the first form that
needs it asks the server (off the UI thread), and the answer is kept in memory for the rest of
the session. When it cannot be read (offline, not connected yet) the book says so plainly; a
limit increase, stated in USD, needs nothing from it. A failed read is tried again the next
time a form asks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from vipclient.domain.request_drafts import USD, USD_ASSET, AssetInfo, assets_from_json

if TYPE_CHECKING:
    from vipclient.services.context import AppContext


class AssetBook(QObject):
    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._assets: dict[str, AssetInfo] | None = None
        self._loading = False
        self.error: str | None = None

    @property
    def loaded(self) -> bool:
        return self._assets is not None

    @property
    def loading(self) -> bool:
        return self._loading

    def load(self) -> None:
        """Read ``/assets`` unless it was read already (or is being read)."""
        if self._assets is not None or self._loading:
            return
        online = self._ctx.services.get("online")
        if online is None:
            self._failed(RuntimeError(self.tr("VIP Desk is not connected to the platform.")))
            return
        self._loading = True

        def read(service: Any) -> list[Any]:
            return [item for page in service.pages("/assets") for item in page]

        online.call(read, self._loaded, self._failed, owner=self)

    def _loaded(self, items: list[Any]) -> None:
        if not shiboken6.isValid(self):
            return
        self._loading = False
        self._assets = assets_from_json(items)
        self.error = None
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._loading = False
        self.error = str(getattr(exc, "user_message", None) or exc)
        self.changed.emit()

    def symbols(self) -> list[str]:
        """USD first (always known), then what the server listed."""
        others = sorted(s for s in (self._assets or {}) if s != USD)
        return [USD, *others]

    def asset(self, symbol: str) -> AssetInfo | None:
        """An asset's precision and price; USD is known without the server."""
        found = (self._assets or {}).get(symbol)
        if found is None and symbol == USD:
            return USD_ASSET
        return found
