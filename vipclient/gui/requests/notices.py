"""Tell people about requests: an approver when one awaits them and when one is close to its
deadline; a requester when theirs is applied, rejected or expired.

Shown through the app's notifier (a tray balloon, or the notice bar where there is no tray).
Each request is told once per kind of news; the first look after start-up only remembers what
is there (nothing already waiting is news), as the lanes' notices do.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject

from vipclient.gui.notifications import MAX_NAMED, Notifier
from vipclient.gui.requests import wording
from vipclient.services.requests import WatchEntry, split_key

#: How long before its deadline a waiting request is "close to its deadline" (seconds).
DEADLINE_SOON_S = 2 * 3600


def _title(entry: WatchEntry) -> str:
    return {
        "awaiting": QCoreApplication.translate("Requests", "Awaiting your approval: {client}"),
        "deadline": QCoreApplication.translate("Requests", "Close to its deadline: {client}"),
        "applied": QCoreApplication.translate("Requests", "Your request was applied: {client}"),
        "rejected": QCoreApplication.translate("Requests", "Your request was rejected: {client}"),
        "expired": QCoreApplication.translate("Requests", "Your request expired: {client}"),
    }.get(entry.kind, "{client}").format(client=entry.client_name)


class RequestNotices(QObject):
    def __init__(self, notifier: Notifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notifier = notifier
        self._seen: set[tuple[str, str]] = set()
        self._primed = False

    def prime(self, entries: Iterable[WatchEntry]) -> None:
        self._seen.update((e.key, e.kind) for e in entries)
        self._primed = True

    def consider(self, entries: Iterable[WatchEntry]) -> list[WatchEntry]:
        current = list(entries)
        fresh = [e for e in current if (e.key, e.kind) not in self._seen]
        self._seen.update((e.key, e.kind) for e in current)
        if not self._primed:
            self._primed = True
            return []
        for entry in fresh[:MAX_NAMED]:
            request_id = split_key(entry.key)[1]
            self.notifier.announce(_title(entry), QCoreApplication.translate(
                "Requests", "{kind} request {id}").format(
                    kind=wording.kind_name(entry.entity), id=request_id), entry.key)
        if len(fresh) > MAX_NAMED:
            # Its own statement: after a QCoreApplication.translate( in the same expression,
            # lupdate would file self.tr under the context "QCoreApplication.self".
            more = self.tr("%n more requests changed.", "", len(fresh) - MAX_NAMED)
            self.notifier.announce(
                QCoreApplication.translate("Requests", "More requests need you"), more, None)
        return fresh
