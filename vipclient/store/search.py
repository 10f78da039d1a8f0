"""Search the cached clients and tickets, in any script.

The query is split on whitespace into terms that must all match (in any indexed column). A term
of three characters or more goes through the FTS5 trigram index (``clients_fts``/``tickets_fts``,
substring match, case-insensitive for Latin letters). A term of one or two characters — common
in Chinese, Japanese and Korean names (王, 王小) — cannot be a trigram, so it is matched with
``LIKE '%term%'`` on the base columns instead (case-insensitive for Latin letters, like the
index; no copy of each value is made, unlike ``instr(lower(…))``). Mixed queries
(``Wang 王``) combine both.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from vipclient.store.models import ClientRow, TicketRow

_Row = TypeVar("_Row", ClientRow, TicketRow)

_CLIENT_COLS = ("uid", "display_name", "email")
_TICKET_COLS = ("id", "subject", "client_name")


def _terms(query: str) -> list[str]:
    return [t for t in query.casefold().split() if t]


def _like_escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _search(
    session: Session,
    model: type[_Row],
    fts: str,
    cols: tuple[str, ...],
    order: str,
    query: str,
    limit: int,
) -> list[_Row]:
    terms = _terms(query)
    if not terms:
        return []
    table = model.__tablename__
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    key = "uid" if model is ClientRow else "id"
    params: dict[str, Any] = {"limit": max(1, int(limit))}
    where: list[str] = []
    for n, term in enumerate(short_terms):
        params[f"s{n}"] = "%" + _like_escape(term) + "%"
        where.append("(" + " OR ".join(f"t.{c} LIKE :s{n} ESCAPE '\\'" for c in cols) + ")")
    if long_terms:
        params["match"] = " AND ".join(_fts_phrase(t) for t in long_terms)
        sql = (
            f"SELECT t.{key} FROM {fts} JOIN {table} AS t ON t.rowid = {fts}.rowid "
            f"WHERE {fts} MATCH :match"
            + "".join(f" AND {w}" for w in where)
            + f" ORDER BY {fts}.rank, {order} LIMIT :limit"
        )
    else:
        # Scan the small covering index, not the rows with their JSON (migration 0004).
        sql = (
            f"SELECT t.{key} FROM {table} AS t INDEXED BY ix_{table}_search WHERE "
            + " AND ".join(where) + f" ORDER BY {order} LIMIT :limit"
        )
    keys = [r[0] for r in session.execute(text(sql), params)]
    if not keys:
        return []
    pk = model.uid if model is ClientRow else model.id  # type: ignore[attr-defined]
    found = {getattr(r, pk.key): r for r in session.scalars(select(model).where(pk.in_(keys)))}
    return [found[k] for k in keys if k in found]


def search_clients(session: Session, query: str, limit: int = 50) -> list[ClientRow]:
    """Clients whose uid, name or e-mail contain every term; best matches, then higher tiers."""
    return _search(session, ClientRow, "clients_fts", _CLIENT_COLS,
                   "t.tier DESC, t.display_name", query, limit)


def search_tickets(session: Session, query: str, limit: int = 50) -> list[TicketRow]:
    """Tickets whose id, subject or client name contain every term; best, then newest."""
    return _search(session, TicketRow, "tickets_fts", _TICKET_COLS,
                   "t.updated_at DESC", query, limit)


def rebuild_index(session: Session) -> None:
    """Rebuild both search indexes from the tables (after a first full pull, whose rows were
    written with index maintenance paused — see migration ``0003_bulk_search``)."""
    session.execute(text("INSERT INTO clients_fts(clients_fts) VALUES ('rebuild')"))
    session.execute(text("INSERT INTO tickets_fts(tickets_fts) VALUES ('rebuild')"))
