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

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from vipclient.store.models import ClientRow, TicketRow
from vipclient.store.steps import in_short_steps

if TYPE_CHECKING:
    from vipclient.store.cache import Cache

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
        # Scan the small covering index, not the rows with their JSON (migration 0004) —
        # unless a first pull is still being written: that index is built at its end.
        hint = "" if index_pending(session) else f" INDEXED BY ix_{table}_search"
        sql = (
            f"SELECT t.{key} FROM {table} AS t{hint} WHERE "
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
    """Rebuild both search indexes from the tables in one go (a repair tool: on a large cache
    this holds the write lock for seconds — the sync engine uses :func:`index_step`)."""
    session.execute(text("INSERT INTO clients_fts(clients_fts) VALUES ('rebuild')"))
    session.execute(text("INSERT INTO tickets_fts(tickets_fts) VALUES ('rebuild')"))


_INDEXED = (
    # (fts table, base table, indexed columns)
    ("clients_fts", "clients", "uid, display_name, email"),
    ("tickets_fts", "tickets", "id, subject, client_name"),
)


def index_pending(session: Session) -> bool:
    """Does the search index still lack rows written during a first pull (``bulk_load``)?"""
    return bool(session.execute(text("SELECT bulk_load FROM sync_state WHERE id = 1")).scalar())


def index_step(session: Session, rows: int) -> bool:
    """Index up to ``rows`` more rows written while indexing was paused; True when the index is
    complete (indexing is then live again, row by row).

    The sync engine calls this in its own short transactions after a first pull, so no single
    transaction holds the write lock for long (migration 0005): search results lag behind the
    cache until the last step, by a second or two on a large book. Rows are indexed in rowid
    order; ``sync_state.<fts>_upto`` records how far, and the triggers keep rows at or below it
    current meanwhile, so a row changed between steps is never indexed with stale values.
    """
    state = session.execute(text(
        "SELECT bulk_load, clients_fts_upto, tickets_fts_upto FROM sync_state WHERE id = 1"
    )).first()
    if state is None or not state[0]:
        return True
    marks = {"clients_fts": state[1] or 0, "tickets_fts": state[2] or 0}
    left = max(1, rows)
    for fts, table, cols in _INDEXED:
        if left <= 0:
            return False
        upto = marks[fts]
        end = session.execute(
            text(f"SELECT rowid FROM {table} WHERE rowid > :upto ORDER BY rowid "
                 f"LIMIT 1 OFFSET :n"),
            {"upto": upto, "n": left - 1},
        ).scalar()
        if end is None:  # the rest of this table fits in this step
            end = session.execute(text(f"SELECT max(rowid) FROM {table}")).scalar()
            if end is None or end <= upto:
                continue
        session.execute(
            text(f"INSERT INTO {fts}(rowid, {cols}) SELECT rowid, {cols} FROM {table} "
                 f"WHERE rowid > :upto AND rowid <= :end"),
            {"upto": upto, "end": end},
        )
        session.execute(text(f"UPDATE sync_state SET {fts}_upto = :end WHERE id = 1"),
                        {"end": end})
        left -= end - upto  # rowids are dense after a bulk load; an upper bound otherwise
        if left <= 0:
            return False
    # Nothing above either mark: indexing is complete; from now on every row is kept current.
    session.execute(text(
        "UPDATE sync_state SET bulk_load = 0, clients_fts_upto = NULL, tickets_fts_upto = NULL "
        "WHERE id = 1"
    ))
    return True


def build_index(cache: Cache, stop: Callable[[], bool] = lambda: False) -> bool:
    """Run :func:`index_step` in short background transactions until the index is complete
    (→ True) or ``stop()`` says so (→ False; the next call carries on)."""
    return in_short_steps(cache, index_step, stop)
