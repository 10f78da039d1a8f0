"""Requests for the screens: the three tabs' lists, one request, the rules it is read against,
and the commands (make, approve, reject, cancel) as outbox rows.

Reads go through the cache's plain ``sqlite3`` reader (``store.request_queries``), so the
Requests section can be built before the ORM loads; commands import the outbox (and with it
the ORM) when they run. One command builder serves all three kinds.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from vipclient.domain.enums import RequestStatus
from vipclient.domain.policy import PolicyError, PolicyRule, RequestFacts, evaluate, rules_from_json
from vipclient.domain.policy_lint import Finding, StaffMember, lint
from vipclient.domain.request_drafts import ClientFacts, Draft
from vipclient.store import request_queries as q
from vipclient.store.request_queries import (
    ClientChoice,
    RequestDetail,
    RequestFilter,
    RequestIndex,
    RequestRow,
    StaffEntry,
    WatchEntry,
    key_of,
    split_key,
)
from vipclient.store.timefmt import db_now

if TYPE_CHECKING:
    from vipclient.store.outbox import Command
    from vipclient.store.reader import CacheReader

log = logging.getLogger(__name__)

__all__ = [
    "ClientChoice", "PolicySet", "Preview", "RequestDetail", "RequestFilter", "RequestIndex",
    "RequestRow", "RequestsService", "StaffEntry", "WatchEntry", "key_of", "split_key",
]

#: Feed entity → the contract's path of that kind of request.
PATHS: dict[str, str] = {
    "fee_request": "/fee-requests",
    "withdrawal_request": "/withdrawal-requests",
    "api_access_request": "/api-access-requests",
}
CREATE, APPROVE, REJECT, CANCEL = "create", "approve", "reject", "cancel"


class CacheSource(Protocol):
    @property
    def reader(self) -> CacheReader: ...

    def session(self) -> Any: ...

    def read_session(self) -> Any: ...


@dataclass(frozen=True)
class PolicySet:
    """The rules the server serves, in its order (``rules`` None when they cannot be read:
    ``problem`` says why); ``order_known``: the order is the one ``GET /policies`` gave."""

    raw: list[dict[str, Any]]
    rules: list[PolicyRule] | None
    problem: str | None
    order_known: bool

    def rule(self, rule_id: str | None) -> PolicyRule | None:
        return next((r for r in self.rules or () if r.id == rule_id), None)


class Preview(NamedTuple):
    """What this desk predicted for a request it sent: the deciding rule and its action."""

    rule_id: str | None
    action: str


class Disagreement(NamedTuple):
    """The server decided otherwise than the preview said (its answer wins)."""

    key: str
    preview: Preview
    server_rule_id: str | None
    server_status: str


def request_command(entity: str, action: str, *, request_id: str | None = None,
                    body: Mapping[str, Any] | None = None, description: str = "",
                    verify_match: Mapping[str, Any] | None = None) -> Command:
    """The outbox row of any action on any kind of request (one builder for all three)."""
    from vipclient.store import outbox

    base = PATHS[entity]
    path = base if action == CREATE else f"{base}/{request_id}/{action}"
    verify = None
    if verify_match is not None:
        verify = outbox.Verify(base, verify_match, {k: verify_match[k] for k in (
            "client_uid", "requester_id") if k in verify_match})
    return outbox.Command(
        kind=f"{entity}.{action}", method="POST", path=path, description=description,
        body=dict(body or {}), entity=entity, entity_id=request_id, result_entity=entity,
        verify=verify,
    )


def is_request_creation(kind: str) -> bool:
    entity, _, action = kind.rpartition(".")
    return entity in PATHS and action == CREATE


class RequestsService:
    """Bound to one cache (``ctx.services['requests']``)."""

    def __init__(self, cache: CacheSource) -> None:
        self._cache = cache
        self._reader = cache.reader
        #: outbox id → what the preview said, until the server's answer is compared with it.
        self._previews: dict[int, Preview] = {}

    # -- reads ---------------------------------------------------------------------------------

    def index(self, me_id: str, roles: Iterable[str], filt: RequestFilter) -> RequestIndex:
        with self._reader.read() as conn:
            return q.request_index(conn, me_id, roles, filt)

    def rows(self, keys: Iterable[str]) -> dict[str, RequestRow]:
        with self._reader.read() as conn:
            return q.request_rows(conn, keys)

    def detail(self, key: str) -> RequestDetail | None:
        with self._reader.read() as conn:
            return q.request_detail(conn, key)

    def of_client(self, uid: str) -> list[str]:
        with self._reader.read() as conn:
            return q.requests_of_client(conn, uid)

    def watch_list(self, me_id: str, roles: Iterable[str], soon: str) -> list[WatchEntry]:
        with self._reader.read() as conn:
            return q.watch_list(conn, me_id, roles, soon)

    def policies(self) -> PolicySet:
        with self._reader.read() as conn:
            raw = q.policy_json(conn)
            known = q.policy_order_known(conn)
        try:
            return PolicySet(raw, rules_from_json(raw), None, known)
        except PolicyError as exc:
            # A rule this desk cannot judge: no preview rather than a wrong one.
            log.warning("the served policies cannot be evaluated here: %s", exc)
            return PolicySet(raw, None, str(exc), known)

    def staff(self) -> list[StaffEntry]:
        with self._reader.read() as conn:
            return q.staff(conn)

    def findings(self, policies: PolicySet) -> list[Finding]:
        staff = [StaffMember.of(s.id, s.roles) for s in self.staff()]
        return lint(policies.rules or [], staff)

    def client(self, uid: str) -> ClientFacts | None:
        with self._reader.read() as conn:
            data = q.client_json(conn, uid)
        if data is None:
            return None
        try:
            return ClientFacts.from_json(data)
        except ValueError:
            return None

    def client_choices(self, text: str, manager_id: str | None) -> list[ClientChoice]:
        with self._reader.read() as conn:
            return q.client_choices(conn, text, manager_id)

    # -- commands ------------------------------------------------------------------------------

    def submit(self, draft: Draft, me_id: str, description: str,
               preview: Preview | None = None, replaces: int | None = None) -> int:
        """Queue the request; it shows at once as this person's, being sent. ``replaces``: a
        refused row of the same request, given up in the same transaction (its form was
        opened again and sent corrected)."""
        from vipclient.store import outbox
        from vipclient.store.effects import Insert

        if not draft.ok:
            raise ValueError("a draft with problems is not sent")
        entity = draft.kind.value
        key = outbox.new_key()
        local_id = f"local-{key}"
        # A row whose key may have expired is looked for on the server before it is resent.
        seen = {"client_uid": draft.client_uid, "requester_id": me_id,
                "reason": draft.body.get("reason")}
        command = request_command(entity, CREATE, request_id=local_id, body=draft.body,
                                  description=description, verify_match=seen)
        # The request as it shows until the server's own arrives.
        local = {**draft.body, "id": local_id, "requester_id": me_id, "approvals": [],
                 "status": RequestStatus.PENDING_APPROVAL.value, "created_at": db_now(),
                 "updated_at": db_now()}
        with self._cache.session() as s:
            if replaces is not None:
                outbox.discard(s, replaces)
            outbox_id = outbox.enqueue(s, command, [Insert(entity, local_id, local)], key=key).id
        if preview is not None:
            self._previews[outbox_id] = preview
        return outbox_id

    def decide(self, key: str, verdict: str, comment: str, description: str) -> int:
        if verdict not in (APPROVE, REJECT):
            raise ValueError(verdict)
        from vipclient.store import outbox

        entity, request_id = split_key(key)
        command = request_command(entity, verdict, request_id=request_id,
                                  body={"comment": comment.strip()}, description=description)
        with self._cache.session() as s:
            return outbox.enqueue(s, command).id

    def cancel(self, key: str, description: str) -> int:
        from vipclient.store import outbox
        from vipclient.store.effects import Patch

        entity, request_id = split_key(key)
        command = request_command(entity, CANCEL, request_id=request_id, description=description)
        effect = [Patch(entity, request_id, {"status": RequestStatus.CANCELLED.value})]
        with self._cache.session() as s:
            return outbox.enqueue(s, command, effect).id

    def set_policy_order(self, ids: Sequence[str]) -> None:
        with self._cache.session() as s:
            q.set_policy_order(s.connection().exec_driver_sql, ids)

    # -- the server's answer against the preview ----------------------------------------------

    def settled_previews(self) -> list[Disagreement]:
        """Compare each preview whose request the server has answered; returns those where
        the server decided otherwise (logged). Previews of refused rows are dropped."""
        if not self._previews:
            return []
        out: list[Disagreement] = []
        with self._reader.read() as conn:
            for outbox_id, preview in list(self._previews.items()):
                found = conn.execute(
                    "SELECT state, result_entity, result_id FROM outbox WHERE id = ?",
                    (outbox_id,)).fetchone()
                if found is None or found[0] in ("failed", "conflict"):
                    self._previews.pop(outbox_id, None)
                    continue
                state, entity, result_id = found
                if state != "done" or not result_id:
                    continue
                # Two refreshes may settle at once (each on a worker thread): one reports.
                if self._previews.pop(outbox_id, None) is None:
                    continue
                key = key_of(entity, result_id)
                row = q.request_rows(conn, [key]).get(key)
                if row is None or row.rule_id == preview.rule_id:
                    continue
                log.warning("policy preview disagreed with the server for %s: preview %s, "
                            "server %s (%s)", row.key, preview.rule_id, row.rule_id, row.status)
                out.append(Disagreement(row.key, preview, row.rule_id, row.status))
        return out

    def failed_creation(self, outbox_id: int) -> tuple[str, dict[str, Any], dict[str, str]] | None:
        """A refused request: its kind, the body sent and the server's message per field."""
        from vipclient.store import outbox

        with self._cache.read_session() as s:
            row = outbox.get(s, outbox_id)
            if row is None or not is_request_creation(row.kind):
                return None
            fields = outbox.field_errors(outbox.problem_of(row))
            return row.kind.rpartition(".")[0], dict(outbox.body_of(row) or {}), fields


def preview_of(policies: PolicySet, facts: RequestFacts | None) -> Preview | None:
    if policies.rules is None or facts is None:
        return None
    decision = evaluate(policies.rules, facts)
    return Preview(decision.rule_id, decision.action.value)
