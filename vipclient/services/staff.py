"""Staff members from the cache: names for assignee columns and the "assign to" menu."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import select

from vipclient.services.tickets import SessionSource
from vipclient.store.models import StaffRow


class StaffMember(NamedTuple):
    id: str
    display_name: str
    roles: tuple[str, ...]
    languages: tuple[str, ...]


def _split(listed: str | None) -> tuple[str, ...]:
    return tuple(x for x in (listed or "").split(",") if x)


class StaffService:
    def __init__(self, cache: SessionSource) -> None:
        self._cache = cache

    def all(self) -> list[StaffMember]:
        """Everyone, by display name."""
        with self._cache.read_session() as s:
            rows = s.scalars(select(StaffRow).order_by(StaffRow.display_name)).all()
            return [
                StaffMember(r.id, r.display_name or r.username or r.id, _split(r.roles),
                            _split(r.languages))
                for r in rows
            ]

    def assignable(self) -> list[StaffMember]:
        """Who a ticket may be handed to: account managers and supervisors."""
        return [
            m for m in self.all() if {"account_manager", "supervisor"} & set(m.roles)
        ]

    def name_of(self, staff_id: str | None) -> str:
        if not staff_id:
            return ""
        with self._cache.read_session() as s:
            row = s.get(StaffRow, staff_id)
            return row.display_name if row is not None else staff_id
