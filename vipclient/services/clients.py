"""Clients for the screens: the filtered, sorted list (ids only), list rows, a profile with its
freezes and activity, and the notes/tags edit with its conflict resolution.

Every query runs in its own short read session of the cache; nothing here keeps Python objects
for the whole book. Text search: terms of three characters or more use the FTS5 trigram index
``clients_fts``; shorter ones (a one- or two-character Chinese name such as 王) use ``instr``
on the columns, as in :mod:`vipclient.store.search`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import Table, func, literal, literal_column, or_, select, text, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from vipclient.services.tickets import SessionSource
from vipclient.store import outbox
from vipclient.store.effects import Patch
from vipclient.store.models import (
    ApiAccessRequestRow,
    ClientRow,
    FeeRequestRow,
    FreezeRow,
    OutboxRow,
    StaffRow,
    TicketRow,
    WithdrawalRequestRow,
)

_C: Table = ClientRow.__table__  # type: ignore[assignment]
_S: Table = StaffRow.__table__  # type: ignore[assignment]

#: The list's columns in display order: key → what it sorts by.
SORT_KEYS: dict[str, ColumnElement[Any]] = {
    "uid": _C.c.uid,
    "display_name": _C.c.display_name,
    "tier": _C.c.tier,
    "status": _C.c.status,
    "manager": func.coalesce(_S.c.display_name, _C.c.manager_id),
    "languages": _C.c.languages,
    "kyc_level": _C.c.kyc_level,
    "volume_30d_usd": _C.c.volume_30d_usd,
    "assets_usd": _C.c.assets_usd,
    "preferred_channel": _C.c.preferred_channel,
    "email": _C.c.email,
}


@dataclass(frozen=True)
class ClientFilter:
    """``book_of``: a manager's id ("my book") or None for every client."""

    book_of: str | None = None
    tiers: frozenset[int] = frozenset()
    language: str | None = None
    status: str | None = None
    tag: str | None = None
    text: str = ""


def _list_has(column: ColumnElement[Any], value: str) -> ColumnElement[bool]:
    # List columns are stored as ",a,b," so one exact value is ",value,".
    return column.like(f"%,{value.replace('%', '').replace('_', '')},%")


def _text_match(query: str) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    terms = [t for t in query.casefold().split() if t]
    long_terms = [t for t in terms if len(t) >= 3]
    if long_terms:
        match = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
        fts = text("SELECT rowid FROM clients_fts WHERE clients_fts MATCH :match").bindparams(
            match=match
        )
        where.append(literal_column("clients.rowid").in_(fts))
    for term in (t for t in terms if len(t) < 3):
        where.append(
            or_(
                *[
                    func.instr(func.lower(func.coalesce(col, "")), term) > 0
                    for col in (_C.c.uid, _C.c.display_name, _C.c.email)
                ]
            )
        )
    return where


def _where(filt: ClientFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if filt.book_of:
        where.append(_C.c.manager_id == filt.book_of)
    if filt.tiers:
        where.append(_C.c.tier.in_(sorted(filt.tiers)))
    if filt.language:
        where.append(_list_has(_C.c.languages, filt.language))
    if filt.status:
        where.append(_C.c.status == filt.status)
    if filt.tag:
        where.append(_list_has(_C.c.tags, filt.tag))
    if filt.text.strip():
        where.extend(_text_match(filt.text))
    return where


def client_ids(
    session: Session, filt: ClientFilter, sort_key: str = "tier", descending: bool = True
) -> list[str]:
    """The uids matching ``filt`` in the asked order (ties: name, then uid)."""
    key = SORT_KEYS.get(sort_key, _C.c.tier)
    primary = key.desc() if descending else key.asc()
    stmt = select(_C.c.uid).where(*_where(filt)).order_by(
        key.is_(None), primary, _C.c.display_name, _C.c.uid
    )
    if sort_key == "manager":
        stmt = stmt.select_from(_C.outerjoin(_S, _S.c.id == _C.c.manager_id))
    return list(session.scalars(stmt))


class ClientListRow(NamedTuple):
    uid: str
    display_name: str
    email: str
    tier: int
    status: str
    manager_id: str | None
    manager_name: str
    languages: tuple[str, ...]
    tags: tuple[str, ...]
    kyc_level: int | None
    volume_30d_usd: float | None
    assets_usd: float | None
    preferred_channel: str | None


def _split(listed: str | None) -> tuple[str, ...]:
    return tuple(x for x in (listed or "").split(",") if x)


def client_rows(session: Session, uids: Iterable[str]) -> dict[str, ClientListRow]:
    wanted = list(uids)
    if not wanted:
        return {}
    stmt = (
        select(
            _C.c.uid, _C.c.display_name, _C.c.email, _C.c.tier, _C.c.status, _C.c.manager_id,
            func.coalesce(_S.c.display_name, _C.c.manager_id, ""), _C.c.languages, _C.c.tags,
            _C.c.kyc_level, _C.c.volume_30d_usd, _C.c.assets_usd, _C.c.preferred_channel,
        )
        .select_from(_C.outerjoin(_S, _S.c.id == _C.c.manager_id))
        .where(_C.c.uid.in_(wanted))
    )
    out: dict[str, ClientListRow] = {}
    for r in session.execute(stmt):
        out[r[0]] = ClientListRow(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], _split(r[7]), _split(r[8]), r[9], r[10],
            r[11], r[12],
        )
    return out


@dataclass(frozen=True)
class FilterChoices:
    languages: list[str]
    tags: list[str]
    managers: list[tuple[str, str]]  # (id, display name)


def filter_choices(session: Session) -> FilterChoices:
    """Values the filter menus offer, from what the cache holds."""
    langs: set[str] = set()
    tags: set[str] = set()
    for languages, tag_list in session.execute(select(_C.c.languages, _C.c.tags).distinct()):
        langs.update(_split(languages))
        tags.update(_split(tag_list))
    managers = session.execute(
        select(_C.c.manager_id, func.coalesce(_S.c.display_name, _C.c.manager_id))
        .select_from(_C.outerjoin(_S, _S.c.id == _C.c.manager_id))
        .where(_C.c.manager_id.is_not(None))
        .distinct()
    ).all()
    return FilterChoices(
        sorted(langs), sorted(tags), sorted(((str(a), str(b)) for a, b in managers),
                                           key=lambda m: m[1].casefold())
    )


# --- the profile ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ActiveFreeze:
    id: str
    scopes: tuple[str, ...]
    since: str | None
    reason_code: str | None
    note: str


@dataclass(frozen=True)
class ClientProfile:
    uid: str
    version: int
    data: dict[str, Any]
    manager_name: str
    freezes: list[ActiveFreeze] = field(default_factory=list)
    #: An edit of notes/tags is on its way (pending/sending outbox rows).
    unsent_edits: int = 0

    def get(self, name: str, default: Any = None) -> Any:
        return self.data.get(name, default)


def profile(session: Session, uid: str) -> ClientProfile | None:
    row = session.get(ClientRow, uid)
    if row is None:
        return None
    manager = session.get(StaffRow, row.manager_id) if row.manager_id else None
    freezes = [
        ActiveFreeze(
            f.id,
            _split(f.scopes),
            f.created_at,
            f.reason_code,
            str(json.loads(f.data or "{}").get("note") or ""),
        )
        for f in session.scalars(
            select(FreezeRow)
            .where(FreezeRow.client_uid == uid, FreezeRow.status == "active")
            .order_by(FreezeRow.created_at.desc())
        )
    ]
    return ClientProfile(
        uid=uid,
        version=row.version,
        data=json.loads(row.data or "{}"),
        manager_name=(manager.display_name if manager else (row.manager_id or "")),
        freezes=freezes,
        unsent_edits=len(outbox.unsent_for(session, "client", uid)),
    )


class TimelineItem(NamedTuple):
    at: str
    kind: str  # ticket | fee_request | withdrawal_request | api_access_request | freeze
    id: str
    status: str
    title: str


def timeline(session: Session, uid: str, limit: int = 200) -> list[TimelineItem]:
    """Tickets, the three kinds of request and freezes of one client, newest first."""
    t: Table = TicketRow.__table__  # type: ignore[assignment]
    f: Table = FeeRequestRow.__table__  # type: ignore[assignment]
    w: Table = WithdrawalRequestRow.__table__  # type: ignore[assignment]
    z: Table = FreezeRow.__table__  # type: ignore[assignment]
    a: Table = ApiAccessRequestRow.__table__  # type: ignore[assignment]
    empty = literal("")
    parts = [
        select(t.c.created_at.label("at"), literal("ticket").label("kind"), t.c.id,
               t.c.status, t.c.subject.label("title")).where(t.c.client_uid == uid),
        select(f.c.created_at, literal("fee_request"), f.c.id, f.c.status,
               func.coalesce(f.c.maker_bps, empty) + literal(" / ")
               + func.coalesce(f.c.taker_bps, empty) + literal(" bps"))
        .where(f.c.client_uid == uid),
        select(w.c.created_at, literal("withdrawal_request"), w.c.id, w.c.status,
               func.coalesce(w.c.kind, empty) + literal(" ") + func.coalesce(w.c.amount, empty)
               + literal(" ") + func.coalesce(w.c.asset, empty))
        .where(w.c.client_uid == uid),
        select(z.c.created_at, literal("freeze"), z.c.id, z.c.status,
               func.coalesce(z.c.reason_code, empty)).where(z.c.client_uid == uid),
        select(a.c.created_at, literal("api_access_request"), a.c.id, a.c.status,
               func.coalesce(a.c.rate_limit_tier, empty)).where(a.c.client_uid == uid),
    ]
    u = union_all(*parts).subquery()
    stmt = select(u).order_by(u.c.at.desc(), u.c.id.desc()).limit(limit)
    return [
        TimelineItem(str(r[0] or ""), r[1], r[2], r[3], r[4] or "") for r in session.execute(stmt)
    ]


# --- notes and tags: edit, conflict -----------------------------------------------------------


def normalise_tags(tags: Sequence[str]) -> list[str]:
    """Trimmed, without empties or repeats, in the order given (commas would break storage)."""
    out: list[str] = []
    for tag in tags:
        clean = tag.strip().replace(",", " ")
        if clean and clean not in out:
            out.append(clean)
    return out


def enqueue_notes_tags(session: Session, uid: str, notes: str, tags: Sequence[str],
                       base_version: int | None = None) -> int:
    """Queue ``PATCH /clients/{uid}`` with ``If-Match`` = the version the person's edit started
    from (``base_version``; the cached version when not given). The profile shows the new text
    at once (optimistic patch); if anyone changed the client since, the server answers 412 and
    the row comes back as a ``conflict`` — an edit is never laid over a version its author did
    not see."""
    row = session.get(ClientRow, uid)
    if row is None:
        raise KeyError(uid)
    clean_tags = normalise_tags(tags)
    body = {"notes": notes, "tags": clean_tags}
    cmd = outbox.Command(
        kind="client.update",
        method="PATCH",
        path=f"/clients/{uid}",
        description=f"Update notes and tags of {row.display_name} ({uid})",
        body=body,
        if_match=row.version if base_version is None else base_version,
        entity="client",
        entity_id=uid,
        result_entity="client",
    )
    queued = outbox.enqueue(session, cmd, [Patch("client", uid, body)])
    return queued.id


@dataclass(frozen=True)
class NotesConflict:
    """Someone else changed the client first: the person's edit beside the server's state."""

    outbox_id: int
    uid: str
    mine_notes: str
    mine_tags: list[str]
    server_notes: str
    server_tags: list[str]
    server_version: int


def conflicts_for(session: Session, uid: str) -> list[NotesConflict]:
    rows = session.scalars(
        select(OutboxRow)
        .where(
            OutboxRow.entity == "client",
            OutboxRow.entity_id == uid,
            OutboxRow.state == outbox.CONFLICT,
            OutboxRow.kind == "client.update",
        )
        .order_by(OutboxRow.id)
    ).all()
    if not rows:
        return []
    client = session.get(ClientRow, uid)
    server: dict[str, Any] = {} if client is None else json.loads(
        client.server_data or client.data or "{}"
    )
    out = []
    for r in rows:
        mine = outbox.body_of(r) or {}
        out.append(
            NotesConflict(
                r.id, uid, str(mine.get("notes") or ""), list(mine.get("tags") or []),
                str(server.get("notes") or ""), list(server.get("tags") or []),
                client.version if client else 0,
            )
        )
    return out


def keep_mine(session: Session, outbox_id: int) -> bool:
    """Send the person's edit again, deliberately over the server's current version (the
    outbox sets ``If-Match`` to the version cached now and gives the request a fresh key)."""
    return outbox.resend(session, outbox_id)


def take_theirs(session: Session, outbox_id: int) -> bool:
    """Drop the person's edit; the server's text stays."""
    return outbox.discard(session, outbox_id)


# --- the service the screens hold ---------------------------------------------------------------


class ClientsService:
    """Session-per-call wrapper the GUI uses (screens never see SQL sessions)."""

    def __init__(self, cache: SessionSource) -> None:
        self._cache = cache

    def ids(self, filt: ClientFilter, sort_key: str = "tier", descending: bool = True) -> list[str]:
        with self._cache.read_session() as s:
            return client_ids(s, filt, sort_key, descending)

    def rows(self, uids: Iterable[str]) -> dict[str, ClientListRow]:
        with self._cache.read_session() as s:
            return client_rows(s, uids)

    def choices(self) -> FilterChoices:
        with self._cache.read_session() as s:
            return filter_choices(s)

    def profile(self, uid: str) -> ClientProfile | None:
        with self._cache.read_session() as s:
            return profile(s, uid)

    def timeline(self, uid: str) -> list[TimelineItem]:
        with self._cache.read_session() as s:
            return timeline(s, uid)

    def save_notes_tags(self, uid: str, notes: str, tags: Sequence[str],
                        base_version: int | None = None) -> int:
        with self._cache.session() as s:
            return enqueue_notes_tags(s, uid, notes, tags, base_version)

    def conflicts(self, uid: str) -> list[NotesConflict]:
        with self._cache.read_session() as s:
            return conflicts_for(s, uid)

    def keep_mine(self, outbox_id: int) -> bool:
        with self._cache.session() as s:
            return keep_mine(s, outbox_id)

    def take_theirs(self, outbox_id: int) -> bool:
        with self._cache.session() as s:
            return take_theirs(s, outbox_id)


__all__ = [
    "SORT_KEYS",
    "ActiveFreeze",
    "ClientFilter",
    "ClientListRow",
    "ClientProfile",
    "ClientsService",
    "FilterChoices",
    "NotesConflict",
    "TimelineItem",
]
