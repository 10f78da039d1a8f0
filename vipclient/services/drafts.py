"""Replies being written, kept per ticket for the whole session.

A half-written reply belongs to its ticket, not to the widget showing it: it survives opening
another ticket and coming back, a ticket opened in its own window, and the main window being
built again in another language (Settings → Language). Memory only: a draft is the person's
unsent thought, never written to disk or sent anywhere.
"""

from __future__ import annotations

import threading
from typing import NamedTuple

SERVICE_KEY = "reply_drafts"


class ReplyDraft(NamedTuple):
    text: str
    internal: bool = False


class ReplyDrafts:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._drafts: dict[str, ReplyDraft] = {}

    def get(self, ticket_id: str) -> ReplyDraft | None:
        with self._lock:
            return self._drafts.get(ticket_id)

    def keep(self, ticket_id: str, text: str, internal: bool = False) -> None:
        """Remember what is typed for ``ticket_id``; an empty text forgets it."""
        with self._lock:
            if text.strip():
                self._drafts[ticket_id] = ReplyDraft(text, internal)
            else:
                self._drafts.pop(ticket_id, None)

    def discard(self, ticket_id: str) -> None:
        with self._lock:
            self._drafts.pop(ticket_id, None)

    def ticket_ids(self) -> list[str]:
        with self._lock:
            return sorted(self._drafts)
