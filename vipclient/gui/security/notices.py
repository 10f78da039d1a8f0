"""What the security desk must hear at once: a critical alert, and a freeze waiting for a second
officer (never announced to the officer who asked). Each once; the first look after start-up
only summarises, and nothing is news while the first sync fills the cache."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from vipclient.gui.notifications import Announcer
from vipclient.gui.security import services

if TYPE_CHECKING:
    from vipclient.services.context import AppContext


class SecurityNotices(QObject):
    def __init__(self, ctx: AppContext, announcer: Announcer,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.announcer = announcer
        self._seen: set[str] = set()
        self._looked = False

    def look(self, *, quiet: bool = False) -> list[str]:
        """Announce what is new since the last look; returns the targets announced.
        ``quiet``: remember without a word (the first sync is filling the cache)."""
        security = services.security(self._ctx)
        critical = security.queue_ids(statuses=("open",), severities=("critical",))
        me = self._ctx.me.id
        waiting = [rid for rid, requester in security.pending_unfreezes() if requester != me]
        keys = [f"alert:{a}" for a in critical] + [f"unfreeze:{r}" for r in waiting]
        fresh = [k for k in keys if k not in self._seen]
        self._seen.update(keys)
        if quiet:
            return []
        if not self._looked:
            self._looked = True
            if critical or waiting:
                self.announcer.announce(
                    self.tr("Security desk"),
                    " ".join(part for part in (
                        self.tr("%n critical alerts are open.", "", len(critical))
                        if critical else "",
                        self.tr("%n freezes are waiting for a second officer.", "", len(waiting))
                        if waiting else "",
                    ) if part),
                    None)
            return []
        rows = security.rows([k.split(":", 1)[1] for k in fresh if k.startswith("alert:")])
        freezes = {f.unfreeze.id: f for f in security.active_freezes() if f.unfreeze}
        for key in fresh:
            kind, ident = key.split(":", 1)
            if kind == "alert" and ident in rows:
                row = rows[ident]
                self.announcer.announce(
                    self.tr("Critical alert: {client}").format(client=row.client_name),
                    f"{row.summary} ({row.client_uid})", key)
            elif kind == "unfreeze" and ident in freezes:
                f = freezes[ident]
                assert f.unfreeze is not None
                self.announcer.announce(
                    self.tr("A freeze waits for a second officer"),
                    self.tr("{who} asks to lift the freeze of {client}: {reason}").format(
                        who=f.unfreeze.requester_name, client=f.client_name,
                        reason=f.unfreeze.reason),
                    f"freeze:{f.id}")
        return fresh
