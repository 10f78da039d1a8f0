"""Replies being written, kept per ticket for the whole session.

A half-written reply belongs to its ticket, not to the widget showing it: it survives opening
another ticket and coming back, a ticket opened in its own window, and the main window being
built again in another language (Settings → Language). Memory only: a draft is the person's
unsent thought, never written to disk or sent anywhere (files attached to it are the staged
copies the attachment tray made, kept where it keeps them).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any, NamedTuple

SERVICE_KEY = "reply_drafts"


class ReplyDraft(NamedTuple):
    text: str
    internal: bool = False
    # Files attached to it, already checked and staged (``store.uploads.StagedFile``): their
    # copies stay in the cache's staging folder until the reply is sent.
    files: tuple[Any, ...] = ()


class ReplyDrafts:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._drafts: dict[str, ReplyDraft] = {}

    def get(self, ticket_id: str) -> ReplyDraft | None:
        with self._lock:
            return self._drafts.get(ticket_id)

    def keep(self, ticket_id: str, text: str, internal: bool = False,
             files: Sequence[Any] = ()) -> None:
        """Remember what is typed and attached for ``ticket_id``; nothing at all forgets it."""
        with self._lock:
            if text.strip() or files:
                self._drafts[ticket_id] = ReplyDraft(text, internal, tuple(files))
            else:
                self._drafts.pop(ticket_id, None)

    def discard(self, ticket_id: str) -> None:
        with self._lock:
            self._drafts.pop(ticket_id, None)

    def ticket_ids(self) -> list[str]:
        with self._lock:
            return sorted(self._drafts)
