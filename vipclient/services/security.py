"""The security desk's service: the alert queue and its triage (outbox), freezes and their
dual-control lifting (the online road), and the server's answers written to the cache at once.

Acknowledging and dismissing an alert are ordinary actions: outbox rows with ``If-Match`` and
an optimistic status, sent when the desk can. A freeze, and each step of lifting one, is
live-only: :meth:`SecurityService.freeze` and friends run on a worker with the online road
(``services.online.OnlineService``: one idempotency key, step-up, retries) and, once the
server has answered, store its answer — the freeze, the client's new status, the alerts it
actioned — as the sync would, so every screen shows it without waiting for the feed. Nothing
is written before the server confirms. The follow-up reads are best effort: the freeze has
happened whatever they meet, and the feed brings the same versions later.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from vipclient.domain import alerts as alert_rules
from vipclient.domain import freezes as freeze_rules
from vipclient.domain.enums import AlertStatus, FreezeReason
from vipclient.services.online import Command
from vipclient.store import alert_queries as aq
from vipclient.store import freeze_queries as fq
from vipclient.store import outbox
from vipclient.store.apply import upsert_if_newer
from vipclient.store.effects import Patch

if TYPE_CHECKING:
    from vipclient.services.tickets import SessionSource

log = logging.getLogger(__name__)


class Online(Protocol):
    """What these commands need of ``OnlineService``."""

    def send(self, command: Command, code: str | None = ...) -> Any: ...
    def get(self, path: str, params: Mapping[str, Any] | None = ...) -> Any: ...


class NotAllowed(ValueError):
    """The action cannot be taken on this item now (the reason in words)."""


@dataclass(frozen=True)
class Confirmed:
    """The server's word on a live-only action: what it answered and when it took effect."""

    data: dict[str, Any]
    at: str
    replayed: bool = False
    stored: frozenset[str] = field(default_factory=frozenset)  # entities written to the cache


def _driver(session: Any) -> Any:
    """The write session's own sqlite3 connection (reads inside its transaction)."""
    return session.connection().connection.driver_connection


class SecurityService:
    def __init__(self, cache: SessionSource) -> None:
        self._cache = cache

    # --- reads ---------------------------------------------------------------------------------

    def queue_ids(self, statuses: Sequence[str] = aq.QUEUE_STATUSES,
                  severities: Sequence[str] = ()) -> list[str]:
        with self._cache.reader.read() as s:
            return aq.queue_ids(s, statuses, severities)

    def rows(self, ids: Iterable[str]) -> dict[str, aq.AlertRow]:
        with self._cache.reader.read() as s:
            return aq.alert_rows(s, ids)

    def detail(self, alert_id: str) -> aq.AlertDetail | None:
        with self._cache.reader.read() as s:
            return aq.alert_detail(s, alert_id)

    def alerts_of_client(self, uid: str) -> list[aq.AlertRow]:
        with self._cache.reader.read() as s:
            return aq.alerts_of_client(s, uid)

    def recent_tickets(self, uid: str) -> list[aq.TicketLine]:
        with self._cache.reader.read() as s:
            return aq.recent_tickets(s, uid)

    def open_alerts_of(self, uid: str) -> list[str]:
        with self._cache.reader.read() as s:
            return aq.open_alerts_of(s, uid)

    def active_freezes(self, client_uid: str | None = None) -> list[fq.ActiveFreezeItem]:
        with self._cache.reader.read() as s:
            return fq.active_freezes(s, client_uid)

    def pending_unfreezes(self) -> list[tuple[str, str]]:
        with self._cache.reader.read() as s:
            return fq.pending_unfreeze_ids(s)

    # --- alert triage (outbox) -----------------------------------------------------------------

    def acknowledge(self, alert_id: str, note: str, description: str) -> int:
        return self._triage(alert_id, AlertStatus.ACKNOWLEDGED, "acknowledge", note,
                            description, required=False)

    def dismiss(self, alert_id: str, note: str, description: str) -> int:
        return self._triage(alert_id, AlertStatus.DISMISSED, "dismiss", note, description,
                            required=True)

    def _triage(self, alert_id: str, target: AlertStatus, verb: str, note: str,
                description: str, *, required: bool) -> int:
        problem = alert_rules.note_problem(note, required=required)
        if problem is not None:
            raise NotAllowed(problem)
        with self._cache.session() as s:
            row = aq.alert_rows(_driver(s), [alert_id]).get(alert_id)
            if row is None:
                raise KeyError(alert_id)
            if not alert_rules.can_move(row.status, target):
                raise NotAllowed(f"A {row.status} alert cannot be {target.value}.")
            text = note.strip()
            cmd = outbox.Command(
                kind=f"risk_alert.{verb}", method="POST", path=f"/risk-alerts/{alert_id}/{verb}",
                description=description, body={"note": text} if text else {},
                if_match=row.version, entity="risk_alert", entity_id=alert_id,
                result_entity="risk_alert",
            )
            effect = [Patch("risk_alert", alert_id, {"status": target.value,
                                                     **({"note": text} if text else {})})]
            return outbox.enqueue(s, cmd, effect).id

    # --- live-only commands (built on the UI thread, sent on a worker) -------------------------

    @staticmethod
    def freeze_command(uid: str, scopes: Iterable[str], reason: FreezeReason | str, note: str,
                       alert_ids: Sequence[str], description: str) -> Command:
        problem = freeze_rules.note_problem(reason, note)
        if problem is not None:
            raise NotAllowed(problem)
        ordered = freeze_rules.in_order(scopes)
        if not ordered:
            raise NotAllowed("Choose at least one thing to freeze.")
        body: dict[str, Any] = {"scopes": ordered, "reason_code": FreezeReason(reason).value,
                                "note": note.strip()}
        if alert_ids:
            body["alert_ids"] = list(dict.fromkeys(alert_ids))
        return Command("POST", f"/clients/{uid}/freeze", body, description)

    @staticmethod
    def unfreeze_request_command(freeze_id: str, reason: str, description: str) -> Command:
        problem = freeze_rules.unfreeze_reason_problem(reason)
        if problem is not None:
            raise NotAllowed(problem)
        return Command("POST", f"/freezes/{freeze_id}/unfreeze-requests",
                       {"reason": reason.strip()}, description)

    @staticmethod
    def decision_command(request_id: str, verdict: str, comment: str,
                         description: str) -> Command:
        if verdict not in ("approve", "reject"):
            raise ValueError(verdict)
        return Command("POST", f"/unfreeze-requests/{request_id}/{verdict}",
                       {"comment": comment.strip()}, description)

    # --- sending (on a worker) -----------------------------------------------------------------

    def freeze(self, online: Online, command: Command, code: str | None = None) -> Confirmed:
        """Send the freeze; once confirmed, store it with the client's new status and the
        alerts it actioned."""
        answer = online.send(command, code)
        data: dict[str, Any] = dict(answer.json)
        uid = str(data.get("client_uid") or "")
        alert_ids = list((command.body or {}).get("alert_ids") or [])
        found: list[tuple[str, Any]] = [("freeze", data)]
        found += self._read_back(online, [("client", f"/clients/{uid}")]
                                 + [("risk_alert", f"/risk-alerts/{a}") for a in alert_ids])
        return Confirmed(data, str(data.get("updated_at") or data.get("created_at") or ""),
                         bool(getattr(answer, "replayed", False)), self._store(found))

    def request_unfreeze(self, online: Online, command: Command,
                         code: str | None = None) -> Confirmed:
        answer = online.send(command, code)
        data = dict(answer.json)
        return Confirmed(data, str(data.get("created_at") or ""),
                         bool(getattr(answer, "replayed", False)),
                         self._store([("unfreeze_request", data)]))

    def decide_unfreeze(self, online: Online, command: Command,
                        code: str | None = None) -> Confirmed:
        """Approve (the freeze is lifted: read it and the client back) or reject."""
        answer = online.send(command, code)
        data = dict(answer.json)
        found: list[tuple[str, Any]] = [("unfreeze_request", data)]
        if data.get("status") == "approved":
            found += self._read_back(online, [
                ("freeze", f"/freezes/{data.get('freeze_id')}"),
                ("client", f"/clients/{data.get('client_uid')}"),
            ])
        return Confirmed(data, str(data.get("decided_at") or data.get("updated_at") or ""),
                         bool(getattr(answer, "replayed", False)), self._store(found))

    def _read_back(self, online: Online, wanted: list[tuple[str, str]]) -> list[tuple[str, Any]]:
        from vipclient.api.errors import ApiError

        out: list[tuple[str, Any]] = []
        for entity, path in wanted:
            try:
                out.append((entity, online.get(path).json))
            except ApiError as exc:
                log.info("reading back %s after a confirmed action failed (%s); the feed "
                         "brings it", path, type(exc).__name__)
        return out

    def _store(self, found: list[tuple[str, Any]]) -> frozenset[str]:
        written: set[str] = set()
        with self._cache.session() as s:
            for entity, data in found:
                if isinstance(data, dict) and upsert_if_newer(s, entity, data):
                    written.add(entity)
        return frozenset(written)
