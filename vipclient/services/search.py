"""Global search (Ctrl+K) over the cached clients and tickets.

A thin service over the store's FTS5 search (``vipclient.store.search``): it runs the query in
one read snapshot and returns plain, immutable hits the GUI can show without touching SQL.
"""

from __future__ import annotations

from dataclasses import dataclass

from vipclient.store.cache import Cache

DEFAULT_LIMIT = 8


@dataclass(frozen=True, slots=True)
class ClientHit:
    uid: str
    display_name: str
    tier: str  # "VIP7"; "" when unknown
    email: str
    status: str

    def label(self) -> str:
        parts = [self.display_name or self.uid, self.uid]
        if self.tier:
            parts.append(self.tier)
        if self.email:
            parts.append(self.email)
        return "  ·  ".join(parts)


@dataclass(frozen=True, slots=True)
class TicketHit:
    id: str
    subject: str
    client_uid: str
    client_name: str
    status: str

    def label(self) -> str:
        who = self.client_name or self.client_uid
        return f"{self.subject}  ·  {who}  ·  {self.status}  ·  {self.id}"


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    clients: tuple[ClientHit, ...]
    tickets: tuple[TicketHit, ...]

    @property
    def empty(self) -> bool:
        return not self.clients and not self.tickets


class SearchService:
    """Searches one cache. Thread-safe: each call uses its own read session."""

    def __init__(self, cache: Cache, limit: int = DEFAULT_LIMIT) -> None:
        self.cache = cache
        self.limit = limit

    def search(self, query: str) -> SearchResults:
        query = query.strip()
        if not query:
            return SearchResults(query, (), ())
        # Searching runs off the UI thread; the ORM it needs loads behind the first paint.
        from vipclient.store.search import search_clients, search_tickets

        with self.cache.read_session() as session:
            clients = tuple(
                ClientHit(
                    uid=row.uid,
                    display_name=row.display_name or "",
                    tier=f"VIP{row.tier}" if row.tier else "",
                    email=row.email or "",
                    status=row.status or "",
                )
                for row in search_clients(session, query, self.limit)
            )
            tickets = tuple(
                TicketHit(
                    id=row.id,
                    subject=row.subject or "",
                    client_uid=row.client_uid,
                    client_name=row.client_name or "",
                    status=row.status or "",
                )
                for row in search_tickets(session, query, self.limit)
            )
        return SearchResults(query, clients, tickets)
